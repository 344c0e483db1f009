package dev.cvpress.cli;

import dev.cvpress.api.CvPress;
import dev.cvpress.api.InputFile;
import dev.cvpress.api.Reading;
import dev.cvpress.api.RenderOptions;
import dev.cvpress.api.Renderer;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.export.ExporterProvider;
import dev.cvpress.export.Exporters;
import dev.cvpress.style.StyleException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    private LookOptions look;

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
            RenderOptions options = look.applyTo(RenderOptions.of(styles.get(0), formatId.get()))
                    .withAttachedJson(attachJson);
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
            try {
                report(renderer.render(reading, target).output());
            } catch (IOException e) {
                err.println("cvpress: cannot write " + target + ": " + InputFile.reason(e));
                return ExitCodes.BAD_INPUT;
            }
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

    /** Lets picocli list the format ids in --help. */
    static final class FormatIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Exporters.ids().iterator();
        }
    }
}
