package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch stopped by a signal, in a process of its own: it finishes the résumés under way, leaves
 * no partial or temporary file, closes the report as a whole JSON array and says it was interrupted;
 * {@code --skip-existing} then finishes the job.
 */
class BatchInterruptTest extends CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LINES = 300;

    @TempDir
    Path dir;

    @Test
    void aTerminatedRunLeavesWholeFilesAndAWholeReportAndResumes() throws Exception {
        Path jsonl = dir.resolve("people.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= LINES; i++) {
            lines.append("{\"basics\": {\"name\": \"Person ").append(i).append("\"}, \"work\": [{\"name\": \"Acme\", ")
                    .append("\"position\": \"Engineer\", \"startDate\": \"2019-04\"}]}\n");
        }
        Files.writeString(jsonl, lines);
        Path outDir = dir.resolve("out");
        Path report = dir.resolve("report.json");
        Path stdout = dir.resolve("stdout.txt");
        Process batch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "batch", jsonl.toString(),
                "-o", outDir.toString(), "--report", report.toString(), "--jobs", "1")
                .redirectOutput(stdout.toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        try {
            while (batch.isAlive() && pdfs(outDir).size() < 5) {
                Thread.sleep(50);
            }
            assertTrue(batch.isAlive(), "the batch ran to its end before it could be stopped; make it longer");
            batch.destroy(); // SIGTERM, which runs the shutdown hooks as Ctrl-C's SIGINT does
            assertTrue(batch.waitFor(60, TimeUnit.SECONDS));
        } finally {
            batch.destroyForcibly();
        }

        assertEquals(128 + 15, batch.exitValue());
        List<JsonNode> records = new ArrayList<>();
        JSON.readTree(report.toFile()).forEach(records::add);
        Set<String> reported = new HashSet<>();
        for (JsonNode record : records) {
            assertEquals("ok", record.get("status").asText(), record.toString());
            reported.add(Path.of(record.get("outputs").get(0).get("file").asText()).getFileName().toString());
        }
        assertTrue(records.size() >= 5 && records.size() < LINES, records.size() + " records");
        assertEquals(reported, new HashSet<>(all(outDir)), "every file written is whole and reported; nothing hidden");
        for (String pdf : reported) {
            assertTrue(Files.readString(outDir.resolve(pdf), StandardCharsets.ISO_8859_1).strip().endsWith("%%EOF"), pdf);
        }
        String summary = Files.readString(stdout);
        assertTrue(summary.startsWith("interrupted: " + records.size() + " résumés"), summary);
        assertTrue(summary.contains("--skip-existing"), summary);

        assertEquals(0, run("batch", jsonl.toString(), "-o", outDir.toString(), "--report", report.toString(),
                "--skip-existing", "--quiet"), err.toString());
        assertEquals(LINES, pdfs(outDir).size());
        assertEquals(LINES, all(outDir).size());
        long skipped = 0;
        for (JsonNode record : JSON.readTree(report.toFile())) {
            skipped += record.get("status").asText().equals("skipped") ? 1 : 0;
        }
        assertEquals(records.size(), skipped);
    }

    private static List<String> pdfs(Path folder) throws Exception {
        return all(folder).stream().filter(name -> name.endsWith(".pdf")).toList();
    }

    /** Every file in {@code folder}, hidden ones included. */
    private static List<String> all(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
