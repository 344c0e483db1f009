package dev.cvpress.api;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.json.SourceParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reading an input file, with the failure turned into a diagnostic a person can act on. At most one
 * byte more than a résumé may have is read, so a huge file (or {@code /dev/zero}) costs no memory.
 */
public record InputFile(Optional<byte[]> bytes, Optional<Diagnostic> problem) {

    public static InputFile read(Path path) {
        try {
            if (Files.isDirectory(path)) {
                return failed(Diagnostic.error("READ", "is a folder, not a file"));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(SourceParser.MAX_BYTES + 1);
            }
            if (bytes.length > SourceParser.MAX_BYTES) {
                return failed(SourceParser.tooLarge("file", Files.isRegularFile(path) ? OptionalLong.of(Files.size(path)) : OptionalLong.empty()));
            }
            return new InputFile(Optional.of(bytes), Optional.empty());
        } catch (IOException e) {
            return failed(Diagnostic.error("READ", reason(e)));
        }
    }

    /** What went wrong with a file, in a few words: "no such file", "permission denied", "file name too long". */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists, and is not a folder";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            String reason = fs.getReason();
            return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        }
        return String.valueOf(e.getMessage());
    }

    private static InputFile failed(Diagnostic problem) {
        return new InputFile(Optional.empty(), Optional.of(problem));
    }
}
