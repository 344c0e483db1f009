package dev.cvpress.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.cvpress.api.CvPress;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cvpress validate FILE...}: every problem in each file, located, and an exit code for scripts. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks résumé files (JSON Resume 1.x or 0.x, FRESH; JSON or YAML) and reports every problem.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors", "1:errors (or warnings with --strict)", "2:usage error"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check.")
    private List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text (FILE:LINE:COL: severity code pointer: message) or json.")
    private String format;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    private boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "Also list the informational notes (migrations, tidied values).")
    private boolean verbose;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            spec.commandLine().getErr().println("cvpress: --format must be text or json, not \"" + format + "\"");
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        ArrayNode json = new ObjectMapper().createArrayNode();
        CvPress cvpress = Main.cvpress();
        boolean failed = false;
        for (Path file : files) {
            List<Diagnostic> diagnostics = cvpress.read(file).diagnostics();
            failed |= diagnostics.stream().anyMatch(this::fails);
            for (Diagnostic d : diagnostics) {
                if (d.severity() != Severity.INFO || verbose) {
                    if (format.equals("json")) {
                        json.add(DiagnosticJson.of(file.toString(), d));
                    } else {
                        out.println(d.formatDetailed(file.toString()));
                    }
                }
            }
        }
        if (format.equals("json")) {
            out.println(json.toPrettyString());
        }
        return failed ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private boolean fails(Diagnostic d) {
        return d.severity() == Severity.ERROR || (strict && d.severity() == Severity.WARNING);
    }
}
