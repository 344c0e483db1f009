package dev.cvpress.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How a batch shows that it is moving: a progress bar on a terminal, a line every few seconds when
 * the output goes to a file or a pipe, nothing with {@code --quiet}. Messages (problems found) are
 * printed through it so they do not tear the bar. Called from the worker threads.
 */
interface BatchProgress extends AutoCloseable {

    /** One input done; {@code failed} when it failed. */
    void done(boolean failed);

    /** A line for the person running the batch. */
    void message(String line);

    @Override
    void close();

    static BatchProgress of(boolean quiet, boolean terminal, OptionalLong total, PrintWriter err, Duration every) {
        if (quiet) {
            return new Quiet(err);
        }
        return terminal ? new Bar(total, System.err) : new Periodic(total, err, every);
    }

    /** Only the messages, which {@code --quiet} keeps for failures. */
    final class Quiet implements BatchProgress {
        private final PrintWriter err;

        Quiet(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void done(boolean failed) {}

        @Override
        public synchronized void message(String line) {
            err.println(line);
        }

        @Override
        public void close() {
            err.flush();
        }
    }

    /** {@code me.tongfei:progressbar}: count, percentage, rate and time left, redrawn in place. */
    final class Bar implements BatchProgress {
        private final ProgressBar bar;
        private final PrintStream err;

        Bar(OptionalLong total, PrintStream err) {
            this.err = err;
            this.bar = new ProgressBarBuilder().setTaskName("cvpress batch")
                    .setInitialMax(total.orElse(-1))
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setConsumer(new ConsoleProgressBarConsumer(err))
                    .setUnit(" résumés", 1)
                    .setUpdateIntervalMillis(250)
                    .showSpeed(new DecimalFormat("0.0"))
                    .build();
        }

        @Override
        public void done(boolean failed) {
            bar.step();
        }

        /** Clears the bar's line, prints, and lets the bar redraw itself below on its next tick. */
        @Override
        public void message(String line) {
            synchronized (err) {
                err.print("\r\033[2K");
                err.println(line);
            }
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** A line such as {@code batch: 1200 of 10000 (12%), 150.3/s, 2 failed, about 59 s left} every few seconds. */
    final class Periodic implements BatchProgress {
        private final OptionalLong total;
        private final PrintWriter err;
        private final long everyNanos;
        private final long start = System.nanoTime();
        private final AtomicLong count = new AtomicLong();
        private final AtomicLong failures = new AtomicLong();
        private long lastLine = start;

        Periodic(OptionalLong total, PrintWriter err, Duration every) {
            this.total = total;
            this.err = err;
            this.everyNanos = every.toNanos();
        }

        @Override
        public void done(boolean failed) {
            long n = count.incrementAndGet();
            long f = failed ? failures.incrementAndGet() : failures.get();
            long now = System.nanoTime();
            synchronized (this) {
                if (now - lastLine < everyNanos) {
                    return;
                }
                lastLine = now;
            }
            message(line(n, f, now));
        }

        private String line(long n, long failed, long now) {
            double seconds = (now - start) / 1e9;
            double rate = n / Math.max(seconds, 1e-9);
            StringBuilder text = new StringBuilder("batch: ").append(n);
            total.ifPresent(t -> text.append(" of ").append(t)
                    .append(String.format(Locale.ROOT, " (%d%%)", t == 0 ? 100 : n * 100 / t)));
            text.append(String.format(Locale.ROOT, ", %.1f/s", rate));
            if (failed > 0) {
                text.append(", ").append(failed).append(" failed");
            }
            total.ifPresent(t -> text.append(String.format(Locale.ROOT, ", about %d s left", Math.round((t - n) / rate))));
            return text.toString();
        }

        @Override
        public synchronized void message(String line) {
            err.println(line);
            err.flush();
        }

        @Override
        public void close() {
            err.flush();
        }
    }
}
