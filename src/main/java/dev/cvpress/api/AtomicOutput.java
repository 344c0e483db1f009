package dev.cvpress.api;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file through a temporary sibling and renames it into place, so a failure (or a kill)
 * never leaves a partial file under the real name.
 */
public final class AtomicOutput {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BUFFER_BYTES = 64 * 1024;

    private AtomicOutput() {}

    /** Writes the whole file to the stream it is given and returns what it has to say. */
    public interface Writer<T> {
        T write(OutputStream out) throws IOException;
    }

    public static <T> T write(Path target, Writer<T> writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
        try {
            T result;
            // Not Files.createTempFile: its file is private (0600), and the rename would keep that.
            // Buffered: the PDF writer hands over a few bytes at a time, a system call each unbuffered.
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), BUFFER_BYTES)) {
                result = writer.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
