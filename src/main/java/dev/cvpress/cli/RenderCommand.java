package dev.cvpress.cli;

import dev.cvpress.compose.Composer;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.doc.Document;
import dev.cvpress.export.ExporterProvider;
import dev.cvpress.export.Exporters;
import dev.cvpress.normalize.Normalizer;
import dev.cvpress.style.Page;
import dev.cvpress.style.Style;
import dev.cvpress.style.StyleException;
import dev.cvpress.style.StyleLoader;
import dev.cvpress.style.StyleOverrides;
import dev.cvpress.units.Length;
import dev.cvpress.units.PageSize;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cvpress render INPUT -o OUTPUT}: one résumé to one file. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Renders a résumé (JSON Resume 1.x or 0.x, FRESH; JSON or YAML) to PDF or DOCX.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:bad input; nothing was written", "2:usage error"})
final class RenderCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "The résumé file.")
    private Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTPUT",
            description = "The file to write; its extension picks the format unless --format is given.")
    private Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "ID", description = "Output format: ${COMPLETION-CANDIDATES}.",
            completionCandidates = FormatIds.class)
    private String format;

    @Option(names = {"-s", "--style"}, paramLabel = "NAME", defaultValue = "classic",
            description = "Style from layouts/ (default: ${DEFAULT-VALUE}); see `cvpress styles`.")
    private String styleName;

    @Option(names = "--page-size", paramLabel = "A4|Letter", converter = PageSizes.class,
            description = "Paper size (default: Letter for a résumé located in the US or Canada, else the style's).")
    private PageSize pageSize;

    @Option(names = "--margins", paramLabel = "LENGTHS", converter = Margins.class,
            description = "Page margins: one length for every side, or 2 or 4 (top right bottom left) as in CSS; "
                    + "units mm, cm, in, pt. E.g. 20mm or \"18mm 15mm\".")
    private Page.Margins margins;

    @Option(names = "--accent", paramLabel = "COLOR", converter = Accent.class,
            description = "Accent colour (headings, rules): #RRGGBB or the name of a colour in the style's palette.")
    private String accent;

    @Option(names = "--font-size", paramLabel = "PT", converter = BodySize.class,
            description = "Body text size in points; the other text sizes scale with it.")
    private Length fontSize;

    @Option(names = "--lang", paramLabel = "TAG",
            description = "Language of the résumé's text as a BCP 47 tag (en, de, fr-CA); default: the style's.")
    private String language;

    @Option(names = "--attach-json",
            description = "Embed the normalized résumé as JSON in the PDF, which makes it PDF/A-3u: the file carries its own data.")
    private boolean attachJson;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (language != null && !language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            err.println("cvpress: --lang wants a language tag such as en, de or pt-BR, not \""
                    + language + "\"");
            return ExitCodes.USAGE;
        }
        Optional<ExporterProvider> exporter = exporter();
        if (exporter.isEmpty()) {
            err.println("cvpress: unknown output format \"" + (format != null ? format : extension(output))
                    + "\"; known formats: " + String.join(", ", Exporters.ids()) + " (use --format or a known extension)");
            return ExitCodes.USAGE;
        }
        if (attachJson && !exporter.get().mediaType().equals("application/pdf")) {
            err.println("cvpress: --attach-json embeds the résumé in a PDF; " + exporter.get().id() + " output cannot carry it");
            return ExitCodes.USAGE;
        }
        Style style;
        try {
            style = new StyleLoader().load(styleName, new StyleOverrides(Optional.ofNullable(margins),
                    Optional.ofNullable(accent), Optional.ofNullable(fontSize)));
        } catch (StyleException e) {
            err.println("cvpress: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        InputFile file = InputFile.read(input);
        if (file.bytes().isEmpty()) {
            report(List.of(file.problem().orElseThrow()));
            return ExitCodes.BAD_INPUT;
        }
        Normalizer.Outcome read = new Normalizer().normalize(file.bytes().get(), input.toString());
        report(read.diagnostics());
        if (read.resume().isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Composer.Options options = new Composer.Options(sourceDateEpoch(), Optional.ofNullable(language),
                Optional.ofNullable(pageSize));
        Document composed = new Composer(options).compose(read.resume().get(), style);
        Document document = attachJson ? composed.withAttachment(new Document.Attachment("resume.json",
                "application/json", "The résumé as normalized JSON Resume 1.x",
                read.json().orElseThrow().getBytes(StandardCharsets.UTF_8))) : composed;
        List<Diagnostic> warnings = AtomicOutput.write(output, out -> exporter.get().create().write(document, out));
        report(warnings);
        spec.commandLine().getOut().println("wrote " + output);
        return ExitCodes.OK;
    }

    /** The reproducible-builds convention for dating output: seconds since 1970 in SOURCE_DATE_EPOCH. */
    private static Optional<Instant> sourceDateEpoch() {
        String value = System.getenv("SOURCE_DATE_EPOCH");
        return value != null && value.matches("\\d{1,12}") ? Optional.of(Instant.ofEpochSecond(Long.parseLong(value)))
                : Optional.empty();
    }

    private Optional<ExporterProvider> exporter() {
        return format != null ? Exporters.byId(format) : Exporters.byExtension(extension(output));
    }

    private void report(List<Diagnostic> diagnostics) {
        PrintWriter err = spec.commandLine().getErr();
        diagnostics.stream()
                .filter(d -> d.severity() != Severity.INFO)
                .forEach(d -> err.println(d.format(input.toString())));
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** Reads A4 or Letter in any case, with the known sizes in the error. */
    static final class PageSizes implements picocli.CommandLine.ITypeConverter<PageSize> {
        @Override
        public PageSize convert(String value) {
            return parsed(PageSize::parse, value);
        }
    }

    /** A value's parser, its complaint shown as picocli's usage error. */
    private static <T> T parsed(Function<String, T> parse, String value) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.TypeConversionException(e.getMessage());
        }
    }

    static final class Margins implements picocli.CommandLine.ITypeConverter<Page.Margins> {
        @Override
        public Page.Margins convert(String value) {
            return parsed(StyleOverrides::parseMargins, value);
        }
    }

    static final class Accent implements picocli.CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return parsed(StyleOverrides::parseAccent, value);
        }
    }

    static final class BodySize implements picocli.CommandLine.ITypeConverter<Length> {
        @Override
        public Length convert(String value) {
            return parsed(StyleOverrides::parseBodySize, value);
        }
    }

    /** Lets picocli list the format ids in --help. */
    static final class FormatIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Exporters.ids().iterator();
        }
    }
}
