package dev.cvpress.cli;

import dev.cvpress.api.InputFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * A batch under way: the workers, the counts, the report and the progress display. It ends once,
 * either when every input is done ({@link #finish}) or when the process is told to stop (Ctrl-C,
 * {@code kill}: {@link #interrupt}, from a shutdown hook). An interrupted run hands out nothing more,
 * lets the résumés being written finish (so each output is whole or absent), and still closes the
 * report as a whole JSON array and prints the summary.
 */
final class BatchRun {
    /** How far the reading thread may run ahead of the workers, per worker. */
    private static final int QUEUED_PER_WORKER = 4;

    private final Work job;
    private final BatchReport records;
    private final BatchProgress progress;
    private final PrintWriter summary;
    private final Path outDir;
    private final ExecutorService workers;
    private final Semaphore room;
    private final long start = System.nanoTime();
    private final LongAdder ok = new LongAdder();
    private final LongAdder warnings = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final LongAdder files = new LongAdder();
    private volatile boolean stopping;
    private boolean closed;
    private boolean reportLost;

    /**
     * {@code records} may be null (no report); {@code summary} gets the closing line, null for none
     * ({@code --quiet}).
     */
    BatchRun(Work job, int jobs, BatchReport records, BatchProgress progress, PrintWriter summary, Path outDir) {
        this.job = job;
        this.records = records;
        this.progress = progress;
        this.summary = summary;
        this.outDir = outDir;
        this.workers = Executors.newFixedThreadPool(jobs);
        this.room = new Semaphore(jobs * QUEUED_PER_WORKER);
    }

    /**
     * Queues one input, waiting while the workers are far enough behind.
     *
     * @throws CancellationException once the run is interrupted, to end the reading of inputs
     */
    void submit(BatchInput input, List<Path> targets) {
        if (stopping) {
            throw new CancellationException("interrupted");
        }
        room.acquireUninterruptibly();
        try {
            workers.execute(() -> {
                try {
                    if (!stopping) {
                        add(outcome(input, targets));
                    }
                } catch (UncheckedIOException e) {
                    progress.message("cvpress: " + e.getMessage() + ": " + InputFile.reason(e.getCause()));
                } finally {
                    room.release();
                }
            });
        } catch (RejectedExecutionException e) {
            room.release();
            throw new CancellationException("interrupted");
        }
    }

    /** The job's outcome; whatever escapes it (an error, which a job does not catch) fails this input alone. */
    private BatchJob.Outcome outcome(BatchInput input, List<Path> targets) {
        try {
            return job.run(input, targets, progress::message);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return BatchJob.crashed(input, e, progress::message);
        }
    }

    private void add(BatchJob.Outcome outcome) {
        switch (outcome.status()) {
            case OK -> ok.increment();
            case WARNINGS -> warnings.increment();
            case FAILED -> failed.increment();
            case SKIPPED -> skipped.increment();
        }
        files.add(outcome.written());
        if (records != null) {
            records.add(outcome.record());
        }
        progress.done(outcome.status() == BatchJob.Status.FAILED);
    }

    /**
     * Waits for every queued input, then closes the report and prints the summary; true when any
     * input failed or the report could not be written.
     */
    boolean finish() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        close();
        return failed.sum() > 0 || reportLost;
    }

    /**
     * Stops handing out inputs, waits up to {@code grace} for those being rendered, then closes the
     * report and prints the summary. Outputs still being written after that are left as hidden
     * temporary files, which the next run removes.
     */
    void interrupt(Duration grace) {
        stopping = true;
        workers.shutdown();
        try {
            workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
            close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        progress.close();
        try {
            if (records != null) {
                records.close();
            }
        } catch (IOException e) {
            reportLost = true;
            progress.message("cvpress: cannot write the report " + records.target() + ": " + InputFile.reason(e));
        } finally {
            if (summary != null) {
                summary.println(summaryLine());
                summary.flush();
            }
        }
    }

    /** {@code 1000 résumés in 8.3 s (120.5/s): 990 ok, 8 with warnings, 2 failed, 0 skipped; 1996 files written to out}. */
    private String summaryLine() {
        long inputs = ok.sum() + warnings.sum() + failed.sum() + skipped.sum();
        double seconds = (System.nanoTime() - start) / 1e9;
        String line = String.format(Locale.ROOT,
                "%s in %.1f s (%.1f/s): %d ok, %d with warnings, %d failed, %d skipped; %s written to %s",
                count(inputs, "résumé", "résumés"), seconds, inputs / Math.max(seconds, 1e-9), ok.sum(), warnings.sum(),
                failed.sum(), skipped.sum(), count(files.sum(), "file", "files"), outDir);
        return stopping ? "interrupted: " + line + "; run it again with --skip-existing to finish" : line;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** What is done with each input: {@link BatchJob#run}. */
    interface Work {
        BatchJob.Outcome run(BatchInput input, List<Path> targets, Consumer<String> problems);
    }
}
