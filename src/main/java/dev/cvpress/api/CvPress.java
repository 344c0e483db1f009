package dev.cvpress.api;

import dev.cvpress.compose.Composer;
import dev.cvpress.export.ExporterProvider;
import dev.cvpress.export.Exporters;
import dev.cvpress.normalize.Normalizer;
import dev.cvpress.normalize.validate.SchemaCheck;
import dev.cvpress.style.Style;
import dev.cvpress.style.StyleException;
import dev.cvpress.style.StyleLoader;
import dev.cvpress.style.StyleOverrides;
import dev.cvpress.style.Wording;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * cvpress as a library: read a résumé, render it in a style and a format. One instance serves any
 * number of threads; each style is loaded and checked once and then shared, and so are the fonts'
 * metrics (the bundled {@link dev.cvpress.fonts.FontCatalog} parses each face once per process).
 *
 * <pre>{@code
 * CvPress cvpress = CvPress.builder().build();
 * RenderResult result = cvpress.render(Path.of("resume.json"), "classic", "pdf", Path.of("resume.pdf"));
 * result.diagnostics().forEach(d -> System.err.println(d.format("resume.json")));
 * }</pre>
 *
 * For many résumés or several outputs each, resolve the {@link Renderer}s once and read each input once:
 * {@code cvpress.renderer(RenderOptions.of("modern", "docx")).render(cvpress.read(file), out)}.
 */
public final class CvPress {
    /** Overrides are per call, so distinct styles are unbounded in principle; past this many, load without keeping. */
    private static final int MAX_CACHED_STYLES = 64;

    private final StyleLoader loader;
    private final Clock clock;
    private final Optional<Instant> defaultDate;
    private final Map<StyleKey, Style> styles = new ConcurrentHashMap<>();

    private CvPress(Builder builder) {
        this.loader = builder.layouts.map(StyleLoader::new).orElseGet(StyleLoader::new);
        this.clock = builder.clock;
        this.defaultDate = builder.defaultDate;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The ids of the styles this instance finds: its own layouts folder's, then the bundled ones. */
    public List<String> styles() {
        return loader.available();
    }

    /** The ids of the output formats: {@code docx}, {@code pdf}, {@code pdf-openpdf}. */
    public static List<String> formats() {
        return Exporters.ids();
    }

    /**
     * Starts, on a background thread, the slow part of a process's first {@link #read}: compiling the
     * JSON Resume schema. A short-lived program that loads a style before it reads (as
     * {@code cvpress render} does) overlaps the two; a read waits for the compile if need be.
     */
    public static void prepareReading() {
        SchemaCheck.compileInBackground();
    }

    /** Reads and normalizes {@code bytes}; {@code name} (a file name) locates diagnostics and tells YAML from JSON. */
    public Reading read(byte[] bytes, String name) {
        Normalizer.Outcome outcome = new Normalizer(clock).normalize(bytes, name);
        return new Reading(name, Optional.of(outcome), outcome.diagnostics());
    }

    /** Reads a file; one that cannot be read gives a reading with that error. */
    public Reading read(Path file) {
        InputFile input = InputFile.read(file);
        return input.bytes().map(bytes -> read(bytes, file.toString()))
                .orElseGet(() -> Reading.unreadable(file.toString(), input.problem().orElseThrow()));
    }

    /**
     * A style in a format, ready to render any number of résumés from any thread.
     *
     * @throws StyleException           when the style is unknown or not valid (the message lists every problem)
     * @throws IllegalArgumentException when the format is unknown, or JSON is to be attached to a non-PDF
     */
    public Renderer renderer(RenderOptions options) throws StyleException {
        ExporterProvider exporter = Exporters.byId(options.format()).orElseThrow(() -> new IllegalArgumentException(
                "unknown output format \"" + options.format() + "\"; known formats: " + String.join(", ", formats())));
        if (options.attachJson() && !exporter.mediaType().equals("application/pdf")) {
            throw new IllegalArgumentException("--attach-json embeds the résumé in a PDF; " + exporter.id()
                    + " output cannot carry it");
        }
        return new Renderer(style(new StyleKey(options.style(), options.overrides(), options.language())), exporter,
                new Composer.Options(defaultDate, options.language(), options.pageSize()), options.attachJson());
    }

    /** Reads {@code input} and renders it in one style and format to {@code output}, written atomically. */
    public RenderResult render(Path input, String style, String format, Path output) throws IOException, StyleException {
        return renderer(RenderOptions.of(style, format)).render(read(input), output);
    }

    /** Reads {@code input} (called {@code name} in diagnostics) and renders it to {@code out}. */
    public RenderResult render(byte[] input, String name, String style, String format, OutputStream out)
            throws IOException, StyleException {
        return renderer(RenderOptions.of(style, format)).render(read(input, name), out);
    }

    /**
     * The style with the overrides applied and, where cvpress has the language's words, its headings
     * and dates in that language; made once per distinct key.
     */
    private Style style(StyleKey key) throws StyleException {
        Style cached = styles.get(key);
        if (cached != null) {
            return cached;
        }
        Style loaded;
        synchronized (loader) {
            loaded = loader.load(key.id(), key.overrides());
        }
        Style worded = key.language().flatMap(Wording::of).map(words -> words.applyTo(loaded)).orElse(loaded);
        if (styles.size() < MAX_CACHED_STYLES) {
            styles.putIfAbsent(key, worded);
        }
        return worded;
    }

    private record StyleKey(String id, StyleOverrides overrides, Optional<String> language) {}

    /** Settings for a {@link CvPress}; every one has a default. */
    public static final class Builder {
        private Optional<Path> layouts = Optional.empty();
        private Clock clock = Clock.systemUTC();
        private Optional<Instant> defaultDate = Optional.empty();

        private Builder() {}

        /** A folder of styles (one subfolder each, as in {@code layouts/}) looked in before the bundled ones. */
        public Builder layouts(Path folder) {
            this.layouts = Optional.of(folder);
            return this;
        }

        /** The clock that decides what "a start date in the future" is (default: the system's, UTC). */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /**
         * The date written into documents whose résumé has no {@code meta.lastModified} (the command
         * line passes {@code SOURCE_DATE_EPOCH}); with it, the same input gives the same bytes.
         */
        public Builder defaultDate(Instant date) {
            this.defaultDate = Optional.of(date);
            return this;
        }

        public CvPress build() {
            return new CvPress(this);
        }
    }
}
