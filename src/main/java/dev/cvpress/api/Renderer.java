package dev.cvpress.api;

import dev.cvpress.compose.Composer;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.doc.Document;
import dev.cvpress.export.ExporterProvider;
import dev.cvpress.style.Style;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One style in one format, resolved and checked once ({@link CvPress#renderer}), then used for any
 * number of résumés by any number of threads: it holds only immutable values.
 */
public final class Renderer {
    private final Style style;
    private final ExporterProvider exporter;
    private final Composer.Options composing;
    private final boolean attachJson;

    Renderer(Style style, ExporterProvider exporter, Composer.Options composing, boolean attachJson) {
        this.style = style;
        this.exporter = exporter;
        this.composing = composing;
        this.attachJson = attachJson;
    }

    public String style() {
        return style.id();
    }

    public String format() {
        return exporter.id();
    }

    /** The usual file extension of the format, without the dot. */
    public String extension() {
        return exporter.extension();
    }

    /**
     * Composes, lays out and writes the résumé to {@code out}. Nothing is written when the reading
     * has errors; the result says so and carries them.
     */
    public RenderResult render(Reading reading, OutputStream out) throws IOException {
        if (!reading.renderable()) {
            return new RenderResult(false, reading.diagnostics(), List.of());
        }
        List<Diagnostic> warnings = exporter.create().write(document(reading), out);
        return new RenderResult(true, reading.diagnostics(), warnings);
    }

    /**
     * As {@link #render(Reading, OutputStream)}, into {@code target} through a temporary file renamed
     * into place: a failure leaves no file, and a reading with errors touches nothing.
     */
    public RenderResult render(Reading reading, Path target) throws IOException {
        if (!reading.renderable()) {
            return new RenderResult(false, reading.diagnostics(), List.of());
        }
        return AtomicOutput.write(target, out -> render(reading, out));
    }

    private Document document(Reading reading) {
        Document composed = new Composer(composing).compose(reading.resume().orElseThrow(), style);
        return attachJson ? composed.withAttachment(new Document.Attachment("resume.json", "application/json",
                "The résumé as normalized JSON Resume 1.x",
                reading.json().orElseThrow().getBytes(StandardCharsets.UTF_8))) : composed;
    }
}
