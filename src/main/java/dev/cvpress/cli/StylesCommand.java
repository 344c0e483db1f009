package dev.cvpress.cli;

import dev.cvpress.style.StyleException;
import dev.cvpress.style.StyleLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cvpress styles}: the bundled styles, one line each. */
@Command(name = "styles", mixinStandardHelpOptions = true, description = "Lists the bundled styles.")
final class StylesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        StyleLoader loader = new StyleLoader();
        for (String id : loader.available()) {
            try {
                spec.commandLine().getOut().printf("%-12s %s%n", id, loader.load(id).description());
            } catch (StyleException e) {
                spec.commandLine().getErr().println("cvpress: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        return ExitCodes.OK;
    }
}
