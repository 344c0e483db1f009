package dev.cvpress.api;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file through a temporary sibling and renames it into place, so a failure (or a kill)
 * never leaves a partial file under the real name. The temporary name is hidden and carries the
 * writing process's id ({@code .cv.pdf.4242-9f3c….part}), so what a killed process left behind can be
 * told from what a running one is writing and {@linkplain #removeAbandoned removed}.
 */
public final class AtomicOutput {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final long PID = ProcessHandle.current().pid();
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(\\d{1,19})-[0-9a-f]{1,16}\\.part");

    private AtomicOutput() {}

    /** Writes the whole file to the stream it is given and returns what it has to say. */
    public interface Writer<T> {
        T write(OutputStream out) throws IOException;
    }

    public static <T> T write(Path target, Writer<T> writer) throws IOException {
        try (Pending pending = open(target)) {
            T result = writer.write(pending.stream());
            pending.commit();
            return result;
        }
    }

    /**
     * A file to write bit by bit (a report that grows as a run goes), which appears under its name
     * only on {@link Pending#commit}; closed without it, it leaves nothing.
     */
    public static Pending open(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            // The rename would put the file in place of an empty folder.
            throw new FileSystemException(target.toString(), null, "is a folder");
        }
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new FileSystemException(target.toString(), null, e.getFile() + " is a file, not a folder");
        }
        Path temp = dir.resolve("." + target.getFileName() + "." + PID + "-" + Long.toHexString(RANDOM.nextLong()) + ".part");
        // Not Files.createTempFile: its file is private (0600), and the rename would keep that.
        // Buffered: the PDF writer hands over a few bytes at a time, a system call each unbuffered.
        OutputStream out = new BufferedOutputStream(
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), BUFFER_BYTES);
        return new Pending(target, temp, out);
    }

    /**
     * Deletes the temporary files in {@code dir} (not below it) that processes no longer running left
     * there (killed before they could clean up); returns how many. A missing folder has none.
     */
    public static int removeAbandoned(Path dir) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.part")) {
            for (Path entry : entries) {
                Matcher m = TEMPORARY.matcher(entry.getFileName().toString());
                if (m.matches() && isGone(m.group(1)) && Files.isRegularFile(entry) && Files.deleteIfExists(entry)) {
                    removed++;
                }
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            return 0;
        }
        return removed;
    }

    private static boolean isGone(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id != PID && ProcessHandle.of(id).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A file being written under a temporary name. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final OutputStream out;
        private boolean open = true;

        private Pending(Path target, Path temp, OutputStream out) {
            this.target = target;
            this.temp = temp;
            this.out = out;
        }

        /** Where to write the file's bytes. */
        public OutputStream stream() {
            return out;
        }

        /** Flushes and closes the file and renames it into place, replacing any file of that name. */
        public void commit() throws IOException {
            open = false;
            out.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        /** Without a {@link #commit} first, throws the file away. */
        @Override
        public void close() throws IOException {
            try {
                if (open) {
                    open = false;
                    out.close();
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
