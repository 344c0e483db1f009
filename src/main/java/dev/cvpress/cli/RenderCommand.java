package dev.cvpress.cli;

import dev.cvpress.api.CvPress;
import dev.cvpress.api.Reading;
import dev.cvpress.api.RenderOptions;
import dev.cvpress.api.Renderer;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.export.ExporterProvider;
import dev.cvpress.export.Exporters;
import dev.cvpress.style.Page;
import dev.cvpress.style.StyleException;
import dev.cvpress.style.StyleOverrides;
import dev.cvpress.units.Length;
import dev.cvpress.units.PageSize;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cvpress render INPUT -o OUTPUT}: one résumé to one file, or one file per style. */
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

    @Option(names = {"-s", "--style"}, paramLabel = "NAME[,NAME...]", split = ",", defaultValue = "classic",
            description = "Style from layouts/ (default: ${DEFAULT-VALUE}); see `cvpress styles`. Several, apart by "
                    + "commas, render one file each, named with -STYLE before the extension (cv.pdf gives cv-modern.pdf).")
    private List<String> styles;

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
        Optional<String> formatId = format != null ? Optional.of(format)
                : Exporters.byExtension(extension(output)).map(ExporterProvider::id);
        if (formatId.isEmpty()) {
            err.println("cvpress: unknown output format \"" + extension(output) + "\"; known formats: "
                    + String.join(", ", CvPress.formats()) + " (use --format or a known extension)");
            return ExitCodes.USAGE;
        }
        CvPress.prepareReading(); // while the styles load
        CvPress cvpress = Main.cvpress();
        List<Renderer> renderers = new ArrayList<>();
        try {
            RenderOptions options = RenderOptions.of(styles.get(0), formatId.get())
                    .withOverrides(new StyleOverrides(Optional.ofNullable(margins), Optional.ofNullable(accent),
                            Optional.ofNullable(fontSize)))
                    .withAttachedJson(attachJson);
            options = pageSize == null ? options : options.withPageSize(pageSize);
            options = language == null ? options : options.withLanguage(language);
            for (String style : styles) {
                renderers.add(cvpress.renderer(options.withStyle(style)));
            }
        } catch (StyleException | IllegalArgumentException e) {
            err.println("cvpress: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Reading reading = cvpress.read(input);
        report(reading.diagnostics());
        if (!reading.renderable()) {
            return ExitCodes.BAD_INPUT;
        }
        for (Renderer renderer : renderers) {
            Path target = renderers.size() == 1 ? output : withStyle(output, renderer.style());
            report(renderer.render(reading, target).output());
            spec.commandLine().getOut().println("wrote " + target);
        }
        return ExitCodes.OK;
    }

    /** {@code cv.pdf} in style modern is {@code cv-modern.pdf}. */
    private static Path withStyle(Path output, String style) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String styled = dot <= 0 ? name + "-" + style : name.substring(0, dot) + "-" + style + name.substring(dot);
        return output.resolveSibling(styled);
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
