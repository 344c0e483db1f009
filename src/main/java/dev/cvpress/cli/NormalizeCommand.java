package dev.cvpress.cli;

import dev.cvpress.api.AtomicOutput;
import dev.cvpress.api.Reading;
import dev.cvpress.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cvpress normalize FILE}: the cleaned JSON Resume 1.x document; running it again changes nothing. */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = "Writes the file as clean JSON Resume 1.x: migrated, dates and lists tidied, empties dropped.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the file has errors; nothing was written", "2:usage error"})
final class NormalizeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A résumé file (JSON or YAML).")
    private Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write (default: standard output).")
    private Path output;

    @Override
    public Integer call() throws IOException {
        Reading reading = Main.cvpress().read(input);
        reading.diagnostics().stream().filter(d -> d.severity() != Severity.INFO)
                .forEach(d -> spec.commandLine().getErr().println(d.format(input.toString())));
        if (!reading.renderable()) {
            return ExitCodes.BAD_INPUT;
        }
        String json = reading.json().orElseThrow();
        if (output == null) {
            spec.commandLine().getOut().print(json);
        } else {
            AtomicOutput.write(output, out -> {
                out.write(json.getBytes(StandardCharsets.UTF_8));
                return null;
            });
        }
        return ExitCodes.OK;
    }
}
