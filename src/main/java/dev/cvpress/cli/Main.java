package dev.cvpress.cli;

import dev.cvpress.api.CvPress;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cvpress} command. {@link #run} does the work and returns the exit code; only {@code main} exits. */
@Command(name = "cvpress", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns JSON Resume documents into print-ready PDF and editable Word files.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad input (the message says which file, where, and what was expected)",
                "2:usage error (unknown option, style or format)"})
public final class Main implements Runnable {
    /**
     * The subcommands, in the order help lists them. Picocli reads a command's annotations when it
     * is added, a few tens of milliseconds each in a fresh process, so a run that names one gets
     * only that one; any other run (help, a mistyped name) gets them all.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        // help needs them all, to list them or to describe the one it is asked about
        Supplier<Object> named = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(args[0], named.get());
        } else {
            COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        // Set after the subcommands are added: picocli hands these settings only to those it has.
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("cvpress: internal error: " + e
                    + " (please report this with the input file)");
            return ExitCodes.BAD_INPUT;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("render", RenderCommand::new);
        commands.put("batch", BatchCommand::new);
        commands.put("validate", ValidateCommand::new);
        commands.put("normalize", NormalizeCommand::new);
        commands.put("styles", StylesCommand::new);
        commands.put("formats", FormatsCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    /**
     * The library as every command uses it, dating output from {@code SOURCE_DATE_EPOCH} (seconds
     * since 1970, the reproducible-builds convention) when the résumé has no {@code meta.lastModified}.
     */
    static CvPress cvpress() {
        CvPress.Builder builder = CvPress.builder();
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            builder.defaultDate(Instant.ofEpochSecond(Long.parseLong(epoch)));
        }
        return builder.build();
    }

    /**
     * POI logs through Log4j's API; with no backend it complains on every start. Its simple logger
     * at ERROR keeps real failures visible and the routine chatter out. PDFBox logs through Commons
     * Logging, which would hand over to Log4j's API too; its own simple logger, also at ERROR, spares
     * a PDF render the tens of milliseconds Log4j takes to start.
     */
    private static void quietLibraryLogging() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "ERROR");
        System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.SimpleLog");
        System.setProperty("org.apache.commons.logging.simplelog.defaultlog", "error");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. cvpress render resume.json -o resume.pdf");
    }
}
