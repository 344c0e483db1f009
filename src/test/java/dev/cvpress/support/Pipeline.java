package dev.cvpress.support;

import dev.cvpress.compose.Composer;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.doc.Document;
import dev.cvpress.export.Exporters;
import dev.cvpress.model.Resume;
import dev.cvpress.normalize.Normalizer;
import dev.cvpress.style.StyleException;
import dev.cvpress.style.StyleLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The render pipeline as tests drive it: file → résumé → document → bytes in a format. */
public final class Pipeline {
    private Pipeline() {}

    /** The file normalized as {@code cvpress render} does it; fails the test when it has errors. */
    public static Resume read(Path file) {
        try {
            Normalizer.Outcome outcome = new Normalizer().normalize(Files.readAllBytes(file), file.toString());
            return outcome.resume().orElseThrow(() -> new AssertionError(file + " did not normalize: "
                    + outcome.diagnostics()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document compose(Resume resume, String style) {
        try {
            return new Composer().compose(resume, new StyleLoader().load(style));
        } catch (StyleException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The rendered bytes and the exporter's warnings. */
    public record Output(byte[] bytes, List<Diagnostic> warnings) {}

    public static Output render(Resume resume, String style, String format) {
        return render(compose(resume, style), format);
    }

    public static Output render(Document document, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            List<Diagnostic> warnings = Exporters.byId(format).orElseThrow().create().write(document, out);
            return new Output(out.toByteArray(), warnings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path example() {
        return Path.of("examples/resume.json");
    }

    public static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures", name);
    }
}
