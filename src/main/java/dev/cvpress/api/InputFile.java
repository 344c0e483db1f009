package dev.cvpress.api;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reading an input file, with the failure turned into a diagnostic a person can act on. */
public record InputFile(Optional<byte[]> bytes, Optional<Diagnostic> problem) {

    public static InputFile read(Path path) {
        try {
            if (Files.isDirectory(path)) {
                return failed("is a folder, not a file");
            }
            return new InputFile(Optional.of(Files.readAllBytes(path)), Optional.empty());
        } catch (NoSuchFileException e) {
            return failed("no such file");
        } catch (AccessDeniedException e) {
            return failed("permission denied");
        } catch (IOException e) {
            return failed("cannot read: " + e.getMessage());
        }
    }

    private static InputFile failed(String message) {
        return new InputFile(Optional.empty(), Optional.of(new Diagnostic(Severity.ERROR, "READ", "", 0, 0, message)));
    }
}
