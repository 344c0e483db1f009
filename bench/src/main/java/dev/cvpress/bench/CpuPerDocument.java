package dev.cvpress.bench;

import dev.cvpress.api.CvPress;
import dev.cvpress.api.Reading;
import dev.cvpress.api.RenderOptions;
import dev.cvpress.api.Renderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * CPU time and allocation per document of a warm render (read, normalize, compose, lay out, export
 * to memory), on one thread, over a JSON Lines file from {@link GenerateResumes}. CPU time is the
 * figure a busy, shared machine disturbs least (wall time counts the other processes too), so it is
 * the one to compare before and after a change; documents per second on N idle cores is at most N
 * times documents per CPU-second (collector and compiler threads take some of the rest). Run from
 * the repository folder, with the batch's JVM settings:
 * {@code java -XX:+UseParallelGC -Xmx256m -cp target/cvpress.jar bench/src/main/java/dev/cvpress/bench/CpuPerDocument.java FILE.jsonl [FORMAT] [STYLE] [WARM] [MEASURED]}
 * (defaults: pdf, classic, 3,000 documents to warm up, the next 3,000 measured).
 */
public final class CpuPerDocument {
    private CpuPerDocument() {}

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        String format = args.length > 1 ? args[1] : "pdf";
        String style = args.length > 2 ? args[2] : "classic";
        int warm = args.length > 3 ? Integer.parseInt(args[3]) : 3000;
        int measured = args.length > 4 ? Integer.parseInt(args[4]) : 3000;

        CvPress cvpress = CvPress.builder().build();
        Renderer renderer = cvpress.renderer(RenderOptions.of(style, format));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long[] cpu = new long[measured];
        long[] allocated = new long[measured];
        long bytes = 0;
        for (int i = 0; i < warm + measured; i++) {
            byte[] input = lines.get(i % lines.size()).getBytes(StandardCharsets.UTF_8);
            long cpu0 = threads.getCurrentThreadCpuTime();
            long alloc0 = threads.getThreadAllocatedBytes(thread);
            bytes += render(cvpress, renderer, input);
            if (i >= warm) {
                cpu[i - warm] = threads.getCurrentThreadCpuTime() - cpu0;
                allocated[i - warm] = threads.getThreadAllocatedBytes(thread) - alloc0;
            }
        }
        Arrays.sort(cpu);
        double total = Arrays.stream(cpu).sum() / 1e6;
        System.out.printf("%s %s: %d documents measured after %d to warm up (%d KB output on average)%n",
                format, style, measured, warm, bytes / (warm + measured) / 1024);
        System.out.printf("  CPU per document: median %.2f ms, mean %.2f ms, 90th percentile %.2f ms%n",
                cpu[measured / 2] / 1e6, total / measured, cpu[measured * 9 / 10] / 1e6);
        System.out.printf("  %.0f documents per CPU-second on this thread; allocated %.2f MB per document (mean)%n",
                measured / total * 1000, Arrays.stream(allocated).average().orElse(0) / 1e6);
    }

    private static int render(CvPress cvpress, Renderer renderer, byte[] input) throws IOException {
        Reading reading = cvpress.read(input, "resume.json");
        if (!reading.renderable()) {
            return 0;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        renderer.render(reading, out);
        return out.size();
    }
}
