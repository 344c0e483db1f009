package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunTest {
    private final StringWriter problems = new StringWriter();
    private final StringWriter summary = new StringWriter();
    private final BatchProgress progress = BatchProgress.of(true, false, OptionalLong.empty(), new PrintWriter(problems),
            Duration.ofSeconds(5));

    @TempDir
    Path dir;

    /** An error that escapes a job (a stack or the heap run out) used to kill its thread with a stack trace, uncounted. */
    @Test
    void anInputWhoseJobBreaksOffFailsAloneAndIsCounted() throws Exception {
        Path report = dir.resolve("report.json");
        BatchRun run = new BatchRun((input, targets, printed) -> {
            if (input.file().equals("deep.json")) {
                throw new StackOverflowError();
            }
            return ok(input);
        }, 2, BatchReport.open(report), progress, new PrintWriter(summary), Path.of("out"));

        for (String name : List.of("a.json", "deep.json", "b.json")) {
            run.submit(new BatchInput.Unreadable(name, "not read in this test"), List.of());
        }

        assertTrue(run.finish(), "a failure is an exit code of 1");
        assertTrue(summary.toString().startsWith("3 résumés in "), summary.toString());
        assertTrue(summary.toString().contains("2 ok, 0 with warnings, 1 failed"), summary.toString());
        assertTrue(problems.toString().contains("deep.json: error: internal error: java.lang.StackOverflowError"),
                problems.toString());
        JsonNode records = new ObjectMapper().readTree(report.toFile());
        assertEquals(3, records.size());
        for (JsonNode record : records) {
            assertEquals(record.get("input").asText().equals("deep.json") ? "failed" : "ok", record.get("status").asText());
        }
    }

    @Test
    void anInterruptedRunTakesNoMoreAndClosesItsReport() throws Exception {
        Path report = dir.resolve("report.json");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BatchRun run = new BatchRun((input, targets, printed) -> {
            started.countDown();
            await(release);
            return ok(input);
        }, 1, BatchReport.open(report), progress, new PrintWriter(summary), Path.of("out"));
        run.submit(new BatchInput.Unreadable("under-way.json", "-"), List.of());
        run.submit(new BatchInput.Unreadable("queued.json", "-"), List.of());
        started.await();

        Thread interrupt = new Thread(() -> run.interrupt(Duration.ofSeconds(30)));
        interrupt.start();
        while (interrupt.getState() != Thread.State.TIMED_WAITING) {
            Thread.onSpinWait();
        }
        assertThrows(CancellationException.class, () -> run.submit(new BatchInput.Unreadable("late.json", "-"), List.of()));
        release.countDown();
        interrupt.join();

        JsonNode records = new ObjectMapper().readTree(report.toFile());
        assertEquals(1, records.size(), "the résumé under way finished; the queued one was never started");
        assertEquals("under-way.json", records.get(0).get("input").asText());
        assertTrue(summary.toString().startsWith("interrupted: 1 résumé in "), summary.toString());
        assertTrue(summary.toString().contains("run it again with --skip-existing"), summary.toString());
        assertTrue(!run.finish(), "finishing after an interrupt changes nothing");
        assertEquals(1, summary.toString().lines().count(), summary.toString());
    }

    /** A report that cannot be put in place at the end used to end the run with an internal error. */
    @Test
    void aReportThatCannotBeWrittenIsSaidAndFailsTheRun() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("reports"));
        Path report = folder.resolve("report.json");
        BatchRun run = new BatchRun((input, targets, printed) -> ok(input), 1, BatchReport.open(report), progress,
                new PrintWriter(summary), Path.of("out"));
        run.submit(new BatchInput.Unreadable("a.json", "-"), List.of());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);

        assertTrue(run.finish(), "the run failed: its report is lost");
        assertTrue(problems.toString().contains("cvpress: cannot write the report " + report + ": no such file"),
                problems.toString());
        assertTrue(summary.toString().startsWith("1 résumé in "), summary.toString());
    }

    private static BatchJob.Outcome ok(BatchInput input) {
        ObjectNode record = JsonNodeFactory.instance.objectNode().put("input", input.name()).put("status", "ok");
        return new BatchJob.Outcome(BatchJob.Status.OK, 0, record);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
