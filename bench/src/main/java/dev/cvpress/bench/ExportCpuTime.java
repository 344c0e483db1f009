package dev.cvpress.bench;

import com.sun.management.ThreadMXBean;
import dev.cvpress.compose.Composer;
import dev.cvpress.doc.Document;
import dev.cvpress.export.Exporter;
import dev.cvpress.export.Exporters;
import dev.cvpress.model.Resume;
import dev.cvpress.normalize.Normalizer;
import dev.cvpress.style.Style;
import dev.cvpress.style.StyleLoader;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * CPU time and memory allocated per résumé, one thread, round after round over the first COUNT lines
 * of a JSON Lines file (made by {@link GenerateResumes}): normalize + compose, then the exporter alone.
 * CPU time, unlike the wall time JMH reports, barely moves when other work shares the machine, so a
 * change can be judged on a busy one; the later rounds are the warm figure. Run from the repository
 * folder: {@code java -cp target/cvpress.jar bench/src/main/java/dev/cvpress/bench/ExportCpuTime.java
 * FILE.jsonl [COUNT] [ROUNDS] [FORMAT] [STYLE]} (defaults 200, 12, docx, classic).
 */
public final class ExportCpuTime {
    private ExportCpuTime() {}

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int count = Math.min(lines.size(), args.length > 1 ? Integer.parseInt(args[1]) : 200);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        String format = args.length > 3 ? args[3] : "docx";
        Style style = new StyleLoader().load(args.length > 4 ? args[4] : "classic");
        Exporter exporter = Exporters.byId(format).orElseThrow(() -> new IllegalArgumentException(format)).create();
        Normalizer normalizer = new Normalizer();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int round = 1; round <= rounds; round++) {
            long readCpu = 0;
            long exportCpu = 0;
            long exportBytes = 0;
            long fileBytes = 0;
            int documents = 0;
            for (String line : lines.subList(0, count)) {
                long start = threads.getCurrentThreadCpuTime();
                Optional<Resume> resume = normalizer.normalize(line.getBytes(StandardCharsets.UTF_8), "line").resume();
                if (resume.isEmpty()) {
                    continue;
                }
                Document document = new Composer().compose(resume.get(), style);
                long composed = threads.getCurrentThreadCpuTime();
                long allocated = threads.getThreadAllocatedBytes(thread);
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                exporter.write(document, out);
                exportCpu += threads.getCurrentThreadCpuTime() - composed;
                exportBytes += threads.getThreadAllocatedBytes(thread) - allocated;
                readCpu += composed - start;
                fileBytes += out.size();
                documents++;
            }
            System.out.printf("round %2d: %d résumés; CPU per résumé: normalize + compose %.2f ms, %s %.2f ms;"
                    + " %s allocates %.2f MB per résumé; files %.1f KB on average%n", round, documents,
                    readCpu / 1e6 / documents, format, exportCpu / 1e6 / documents, format,
                    exportBytes / 1e6 / documents, fileBytes / 1024.0 / documents);
        }
    }
}
