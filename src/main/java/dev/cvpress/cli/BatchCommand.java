package dev.cvpress.cli;

import dev.cvpress.api.AtomicOutput;
import dev.cvpress.api.CvPress;
import dev.cvpress.api.InputFile;
import dev.cvpress.api.RenderOptions;
import dev.cvpress.api.Renderer;
import dev.cvpress.style.StyleException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cvpress batch INPUT... --out-dir DIR}: many résumés, each in every style and format asked
 * for, on several threads. Inputs are named and handed out by one thread, in order, at most a few per
 * worker ahead of the workers, so memory stays flat however many there are; each input's outcome is
 * printed, counted and streamed to the report, then dropped.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Renders many résumés: files, folders (searched recursively for .json, .yaml and .yml), "
                + "glob patterns such as 'cvs/**/*.json', - for a list of paths on standard input, and JSON Lines "
                + "files (.jsonl, one résumé per line).",
            "A bad input is reported (FILE:LINE:COL: ...) and the others go on; every file is written through a "
                + "temporary file and renamed into place."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was rendered (perhaps with warnings) or skipped", "1:at least one input failed",
                "2:usage error"})
final class BatchCommand implements Callable<Integer> {
    /**
     * The heap a résumé being rendered may take, its queued successors included, with room to spare:
     * 64 jobs in the launcher's 256 MB crawled, 300 ran out of memory and lost résumés.
     */
    private static final long MEMORY_PER_JOB = 8L * 1024 * 1024;

    /** How many output folders a run remembers having tidied. */
    private static final int RECENT_FOLDERS = 256;

    /** How long an interrupted run waits for the résumés being written before it exits. */
    private static final Duration INTERRUPT_GRACE = Duration.ofSeconds(10);

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Résumé files, folders, glob patterns (quote them), - (paths on standard input), .jsonl files.")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--jsonl", paramLabel = "FILE", description = "A JSON Lines file, whatever its name: one résumé per line.")
    private List<Path> jsonLines = new ArrayList<>();

    @Option(names = {"-o", "--out-dir"}, paramLabel = "DIR", defaultValue = ".",
            description = "Where the files go (default: the current folder); created if needed.")
    private Path outDir;

    @Option(names = "--name", paramLabel = "TEMPLATE", defaultValue = OutputNames.DEFAULT_TEMPLATE,
            description = "Output file names (default: ${DEFAULT-VALUE}); fields {stem} (the input's file name without "
                    + "extension, or basics.name for a JSON line), {style}, {format}, {ext}. Names are made safe, stay "
                    + "inside --out-dir, and an input whose name is taken gets -2, -3, ...")
    private String template;

    @Option(names = {"-s", "--style"}, paramLabel = "NAME[,NAME...]", split = ",", defaultValue = "classic",
            description = "Styles (default: ${DEFAULT-VALUE}); see `cvpress styles`.")
    private List<String> styles;

    @Option(names = {"-f", "--format"}, paramLabel = "ID[,ID...]", split = ",", defaultValue = "pdf",
            description = "Formats (default: ${DEFAULT-VALUE}): ${COMPLETION-CANDIDATES}.",
            completionCandidates = RenderCommand.FormatIds.class)
    private List<String> formats;

    @Mixin
    private LookOptions look;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Résumés rendered at once (default: the number of cores).")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--skip-existing", description = "Leave outputs that already exist alone (to resume an interrupted run).")
    private boolean skipExisting;

    @Option(names = "--report", paramLabel = "FILE.json",
            description = "Write a JSON array with one record per input: input, outputs, status, diagnostics.")
    private Path report;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors: no progress, warnings or summary.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.isEmpty() && jsonLines.isEmpty()) {
            err.println("cvpress: batch needs inputs: files, folders, patterns, - or --jsonl FILE");
            return ExitCodes.USAGE;
        }
        if (jobs < 1) {
            err.println("cvpress: --jobs must be at least 1, not " + jobs);
            return ExitCodes.USAGE;
        }
        int workers = affordable(jobs, err);
        CvPress cvpress = Main.cvpress();
        List<Renderer> renderers = new ArrayList<>();
        OutputNames names;
        try {
            // Each named once however often it is given ("--format pdf,PDF" is one PDF, not two outputs of one name).
            Set<String> formatIds = new LinkedHashSet<>();
            formats.forEach(format -> formatIds.add(format.toLowerCase(Locale.ROOT)));
            for (String style : new LinkedHashSet<>(styles)) {
                for (String format : formatIds) {
                    renderers.add(cvpress.renderer(look.applyTo(RenderOptions.of(style, format))));
                }
            }
            names = new OutputNames(outDir, template, renderers);
            Files.createDirectories(outDir);
        } catch (StyleException | IllegalArgumentException e) {
            err.println("cvpress: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("cvpress: cannot make the output folder " + outDir + ": " + InputFile.reason(e));
            return ExitCodes.USAGE;
        }
        BatchInputs sources = new BatchInputs(inputs, jsonLines, Optional.ofNullable(report), System.in);
        Set<Path> tidied = recentlySeen();
        BatchReport records;
        try {
            if (report != null) {
                removeAbandoned(report.toAbsolutePath().getParent(), tidied, err::println);
            }
            records = report == null ? null : BatchReport.open(report);
        } catch (IOException e) {
            err.println("cvpress: cannot write the report " + report + ": " + InputFile.reason(e));
            return ExitCodes.USAGE;
        }
        OptionalLong total = quiet || !sources.repeatable() ? OptionalLong.empty() : OptionalLong.of(count(sources));
        BatchProgress progress = BatchProgress.of(quiet, isTerminal(), total, err, Duration.ofSeconds(5));
        BatchRun run = new BatchRun(new BatchJob(cvpress, renderers, skipExisting, !quiet)::run, workers, records, progress,
                quiet ? null : spec.commandLine().getOut(), outDir);
        Thread interrupt = new Thread(() -> run.interrupt(INTERRUPT_GRACE), "cvpress-batch-interrupt");
        Runtime.getRuntime().addShutdownHook(interrupt);
        boolean anyFailed;
        try {
            sources.forEach(input -> {
                List<Path> targets = names.claim(input);
                for (Path target : targets) {
                    removeAbandoned(target.toAbsolutePath().getParent(), tidied, progress::message);
                }
                run.submit(input, targets);
            });
        } catch (CancellationException e) {
            // interrupted: the shutdown hook finishes the run
        } finally {
            anyFailed = run.finish();
            try {
                Runtime.getRuntime().removeShutdownHook(interrupt);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is finishing the run
            }
        }
        return anyFailed ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /** {@code jobs}, or fewer if the heap cannot hold that many résumés at once (said on {@code err}). */
    private static int affordable(int jobs, PrintWriter err) {
        long heap = Runtime.getRuntime().maxMemory();
        int most = (int) Math.max(1, Math.min(Integer.MAX_VALUE, heap / MEMORY_PER_JOB));
        if (jobs <= most) {
            return jobs;
        }
        err.printf(Locale.ROOT, "cvpress: --jobs %d is more than %d MB of memory holds; using %d (give it more with "
                + "CVPRESS_JAVA_OPTS=-Xmx1g)%n", jobs, heap / (1024 * 1024), most);
        return most;
    }

    /**
     * The first time a run meets a folder it writes to, it removes the temporary files that a killed
     * run left there, so they do not pile up across interrupted runs.
     */
    private static void removeAbandoned(Path folder, Set<Path> seen, Consumer<String> problems) {
        if (seen.add(folder)) {
            try {
                AtomicOutput.removeAbandoned(folder);
            } catch (IOException e) {
                problems.accept("cvpress: cannot tidy " + folder + ": " + InputFile.reason(e));
            }
        }
    }

    /**
     * The folders met lately: with {@code --name {stem}/{style}.{ext}} each input has a folder of its
     * own, and remembering them all would grow with the batch. One forgotten and met again is only
     * tidied again.
     */
    private static Set<Path> recentlySeen() {
        return Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Path, Boolean> eldest) {
                return size() > RECENT_FOLDERS;
            }
        });
    }

    private static long count(BatchInputs sources) {
        AtomicLong n = new AtomicLong();
        sources.forEach(input -> n.incrementAndGet());
        return n.get();
    }

    /**
     * A terminal gets the redrawn bar; a file or a pipe gets plain lines. It is standard error that
     * matters (the bar is drawn there), which {@link System#console} does not tell: it asks about
     * standard input and output. Where {@code /proc} does not say, the console is the best guess.
     */
    private static boolean isTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Whether an open file is a terminal: {@code /dev/pts/3}, {@code /dev/tty1}, not {@code /dev/null} or a pipe. */
    static boolean isTerminalDevice(Path file) {
        String name = file.toString();
        return name.startsWith("/dev/pts/") || name.startsWith("/dev/tty");
    }
}
