package dev.cvpress.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.json.SourceParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFileTest {
    @TempDir
    Path dir;

    /** An endless input (a pipe, /dev/zero) is read only up to the limit, not into memory until it runs out. */
    @Test
    void readsNoFurtherThanTheLimit() throws Exception {
        Path pipe = dir.resolve("endless.json");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        long offered = 64L * 1024 * 1024;
        AtomicLong taken = new AtomicLong();
        Thread writer = new Thread(() -> {
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = Files.newOutputStream(pipe)) {
                while (taken.get() < offered) {
                    out.write(chunk);
                    taken.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                // the reader stopped: what this test wants
            }
        });
        writer.start();

        InputFile input = InputFile.read(pipe);
        writer.join();

        Diagnostic problem = input.problem().orElseThrow();
        assertEquals("TOO_LARGE", problem.code());
        assertEquals("the file goes on past 5 MiB; a résumé larger than that is not read", problem.message());
        assertTrue(taken.get() < SourceParser.MAX_BYTES + 2 * 1024 * 1024, taken.get() + " bytes taken");
    }

    @Test
    void aFileAtTheLimitIsReadWhole() throws Exception {
        Path file = Files.write(dir.resolve("big.json"), new byte[SourceParser.MAX_BYTES]);
        assertEquals(SourceParser.MAX_BYTES, InputFile.read(file).bytes().orElseThrow().length);
        Files.write(file, new byte[SourceParser.MAX_BYTES + 1]);
        assertEquals("the file is 5120 KiB; a résumé larger than 5 MiB is not read",
                InputFile.read(file).problem().orElseThrow().message());
    }
}
