package dev.cvpress.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary sibling and renames it into place, so a failure (or a kill)
 * never leaves a partial file under the real name.
 */
public final class AtomicOutput {
    private AtomicOutput() {}

    /** Writes the whole file to the stream it is given and returns what it has to say. */
    public interface Writer<T> {
        T write(OutputStream out) throws IOException;
    }

    public static <T> T write(Path target, Writer<T> writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(temp)) {
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
