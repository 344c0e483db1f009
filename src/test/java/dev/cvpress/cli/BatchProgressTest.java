package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BatchProgressTest {
    private final StringWriter err = new StringWriter();

    @Test
    void plainLinesCountFailuresAndTimeLeftWhenTheTotalIsKnown() {
        try (BatchProgress progress = BatchProgress.of(false, false, OptionalLong.of(4), new PrintWriter(err),
                Duration.ZERO)) {
            progress.done(false);
            progress.done(true);
            progress.message("a.json:1:2: error: something");
        }
        List<String> lines = err.toString().lines().toList();
        assertEquals(3, lines.size(), err.toString());
        assertTrue(lines.get(0).matches("batch: 1 of 4 \\(25%\\), [0-9.]+/s, about \\d+ s left"), lines.get(0));
        assertTrue(lines.get(1).matches("batch: 2 of 4 \\(50%\\), [0-9.]+/s, 1 failed, about \\d+ s left"), lines.get(1));
        assertEquals("a.json:1:2: error: something", lines.get(2));
    }

    @Test
    void withoutATotalTheLineSaysOnlyHowManyAndHowFast() {
        try (BatchProgress progress = BatchProgress.of(false, false, OptionalLong.empty(), new PrintWriter(err),
                Duration.ZERO)) {
            progress.done(false);
        }
        assertTrue(err.toString().strip().matches("batch: 1, [0-9.]+/s"), err.toString());
    }

    @Test
    void quietKeepsOnlyMessages() {
        try (BatchProgress progress = BatchProgress.of(true, true, OptionalLong.of(2), new PrintWriter(err),
                Duration.ZERO)) {
            progress.done(false);
            progress.message("b.json:3:4: error: broken");
        }
        assertEquals("b.json:3:4: error: broken", err.toString().strip());
    }
}
