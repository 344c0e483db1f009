package dev.cvpress.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.api.CvPress;
import dev.cvpress.api.InputFile;
import dev.cvpress.api.Reading;
import dev.cvpress.api.Renderer;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One input of a batch, start to end: read it once, write each of its outputs (atomically, through
 * the renderer), and tell what happened as a report record. Whatever goes wrong with this input
 * (bad input, a full disk, a bug) is caught here and recorded, so the batch goes on.
 */
final class BatchJob {
    enum Status { OK, WARNINGS, FAILED, SKIPPED }

    /** What a job did: its status, the files it wrote, and its report record. */
    record Outcome(Status status, int written, ObjectNode record) {}

    private final CvPress cvpress;
    private final List<Renderer> renderers;
    private final boolean skipExisting;
    private final boolean printWarnings;

    /** {@code skipExisting}: leave outputs that exist alone; {@code printWarnings}: print warnings, not only errors. */
    BatchJob(CvPress cvpress, List<Renderer> renderers, boolean skipExisting, boolean printWarnings) {
        this.cvpress = cvpress;
        this.renderers = List.copyOf(renderers);
        this.skipExisting = skipExisting;
        this.printWarnings = printWarnings;
    }

    /**
     * Renders {@code input} into {@code targets} (one per renderer, in order); each problem to print
     * is handed to {@code problems} as {@code FILE:LINE:COL: severity: ...}.
     */
    Outcome run(BatchInput input, List<Path> targets, Consumer<String> problems) {
        ObjectNode record = record(input);
        ArrayNode outputs = record.putArray("outputs");
        List<Diagnostic> diagnostics = new ArrayList<>();
        boolean outputFailed = false;
        int written = 0;
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (skipExisting && Files.exists(targets.get(i))) {
                output(outputs, targets.get(i), renderers.get(i), "skipped");
            } else {
                todo.add(i);
            }
        }
        if (!todo.isEmpty()) {
            Reading reading = null;
            try {
                reading = input.read(cvpress);
                diagnostics.addAll(reading.diagnostics());
            } catch (RuntimeException e) {
                diagnostics.add(internal(e));
            }
            List<Integer> toWrite = reading != null && reading.renderable() ? todo : List.of();
            for (int i : toWrite) {
                Path target = targets.get(i);
                try {
                    diagnostics.addAll(renderers.get(i).render(reading, target).output());
                    output(outputs, target, renderers.get(i), "written");
                    written++;
                } catch (IOException e) {
                    diagnostics.add(Diagnostic.error("WRITE", "cannot write " + target + ": " + InputFile.reason(e)));
                    output(outputs, target, renderers.get(i), "failed");
                    outputFailed = true;
                } catch (RuntimeException e) {
                    diagnostics.add(internal(e));
                    output(outputs, target, renderers.get(i), "failed");
                    outputFailed = true;
                }
            }
        }
        return outcome(input, record, status(diagnostics, outputFailed, todo.isEmpty()), written, diagnostics,
                printWarnings, problems);
    }

    /**
     * What is left to say of an input whose job broke off with {@code e} (a bug, a stack or the
     * heap run out): it failed, with an internal error; the batch goes on.
     */
    static Outcome crashed(BatchInput input, Throwable e, Consumer<String> problems) {
        ObjectNode record = record(input);
        record.putArray("outputs");
        return outcome(input, record, Status.FAILED, 0, List.of(internal(e)), false, problems);
    }

    private static ObjectNode record(BatchInput input) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("input", input.name());
        if (input instanceof BatchInput.JsonLine line) {
            record.put("line", line.line());
        }
        return record;
    }

    /** Completes the record with the status and the diagnostics, and hands on those to print. */
    private static Outcome outcome(BatchInput input, ObjectNode record, Status status, int written,
            List<Diagnostic> diagnostics, boolean printWarnings, Consumer<String> problems) {
        record.put("status", status.name().toLowerCase(Locale.ROOT));
        ArrayNode reported = record.putArray("diagnostics");
        for (Diagnostic d : diagnostics.stream().map(input::located).toList()) {
            if (d.severity() != Severity.INFO) {
                reported.add(DiagnosticJson.of(input.file(), d));
                if (d.severity() == Severity.ERROR || printWarnings) {
                    problems.accept(Printable.of(d.format(input.file())));
                }
            }
        }
        return new Outcome(status, written, record);
    }

    private static Status status(List<Diagnostic> diagnostics, boolean outputFailed, boolean nothingToDo) {
        if (outputFailed || diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return Status.FAILED;
        }
        if (nothingToDo) {
            return Status.SKIPPED;
        }
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.WARNING) ? Status.WARNINGS : Status.OK;
    }

    private static void output(ArrayNode outputs, Path target, Renderer renderer, String status) {
        ObjectNode node = outputs.addObject();
        node.put("file", target.toString());
        node.put("style", renderer.style());
        node.put("format", renderer.format());
        node.put("status", status);
    }

    private static Diagnostic internal(Throwable e) {
        return Diagnostic.error("INTERNAL", "internal error: " + e + " (please report this with the input)");
    }
}
