package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.support.DocxText;
import dev.cvpress.support.PdfText;
import dev.cvpress.support.Pipeline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest extends CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void goodFilesAreRenderedAndBadOnesReportedWithTheirPlace() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/nested"));
        Files.copy(Pipeline.example(), in.resolve("zoe.json"));
        Files.writeString(in.resolve("ada.yaml"), "basics:\n  name: Ada Brennholt\nwork:\n  - name: Quillfield Labs\n"
                + "    position: Engineer\n    startDate: 2019-04\n");
        Files.writeString(in.resolve("broken.json"), "{\n  \"basics\": {\"name\": \"Bo\"\n  \"work\": []\n}\n");
        Files.writeString(in.getParent().resolve("schema.json"), "{\"basics\": {\"name\": \"Cy\", \"email\": \"not mail\"}}");
        Files.writeString(in.resolve("notes.txt"), "not a résumé, and not picked up from a folder");
        Path report = dir.resolve("report.json");
        Path outDir = dir.resolve("out");

        int code = run("batch", dir.resolve("in").toString(), "--out-dir", outDir.toString(), "--format", "pdf,docx",
                "--report", report.toString(), "--jobs", "2");

        assertEquals(1, code, err.toString());
        String name = Pipeline.read(Pipeline.example()).basics().name();
        try (PDDocument pdf = Loader.loadPDF(outDir.resolve("zoe-classic.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 2);
        }
        assertTrue(PdfText.of(Files.readAllBytes(outDir.resolve("zoe-classic.pdf"))).contains(name));
        assertTrue(DocxText.of(DocxText.open(Files.readAllBytes(outDir.resolve("zoe-classic.docx")))).contains(name));
        assertTrue(PdfText.of(Files.readAllBytes(outDir.resolve("ada-classic.pdf"))).contains("Ada Brennholt"));
        assertTrue(DocxText.of(DocxText.open(Files.readAllBytes(outDir.resolve("ada-classic.docx"))))
                .contains("Quillfield Labs"));
        assertEquals(List.of("ada-classic.docx", "ada-classic.pdf", "zoe-classic.docx", "zoe-classic.pdf"),
                files(outDir), "the bad inputs wrote nothing, and no temporary file is left");

        String broken = in.resolve("broken.json").toString();
        String schema = in.getParent().resolve("schema.json").toString();
        assertTrue(err.toString().contains(broken + ":3:3: error: "), err.toString());
        assertTrue(err.toString().contains(schema + ":1:27: error: /basics/email: "), err.toString());
        assertTrue(out.toString().contains("4 résumés") && out.toString().contains("2 ok")
                && out.toString().contains("2 failed") && out.toString().contains("4 files written"), out.toString());

        Map<String, JsonNode> records = records(report);
        assertEquals(4, records.size(), records.toString());
        assertEquals("ok", records.get(in.resolve("zoe.json").toString()).get("status").asText());
        JsonNode zoeOutputs = records.get(in.resolve("zoe.json").toString()).get("outputs");
        assertEquals(outDir.resolve("zoe-classic.pdf").toString(), zoeOutputs.get(0).get("file").asText());
        assertEquals("docx", zoeOutputs.get(1).get("format").asText());
        JsonNode bad = records.get(broken);
        assertEquals("failed", bad.get("status").asText());
        assertEquals(0, bad.get("outputs").size());
        assertEquals(3, bad.get("diagnostics").get(0).get("line").asInt());
        assertEquals(3, bad.get("diagnostics").get(0).get("column").asInt());
        JsonNode invalid = records.get(schema).get("diagnostics").get(0);
        assertEquals("/basics/email", invalid.get("pointer").asText());
        assertEquals(1, invalid.get("line").asInt());
        assertEquals("error", invalid.get("severity").asText());
    }

    @Test
    void hostileNamesStayInsideTheOutputFolder() throws Exception {
        Path jsonl = dir.resolve("people.jsonl");
        Files.writeString(jsonl, String.join("\n", line("../../x"), line("/etc/passwd"), line(".."),
                line("..\\..\\win"), line("CON"), line("Ünal Çelik  (PhD)")) + "\n");
        Path dotted = Files.writeString(dir.resolve("my.cv..v2.json"), minimal("Dot Ted"));
        Path dots = Files.writeString(dir.resolve("...json"), minimal("Dots Only"));
        Path outDir = dir.resolve("deep/out");

        assertEquals(0, run("batch", jsonl.toString(), dotted.toString(), dots.toString(), "--out-dir", outDir.toString()),
                err.toString());

        assertEquals(List.of("_CON-classic.pdf", "etc-passwd-classic.pdf", "line-3-classic.pdf",
                "my.cv..v2-classic.pdf", "resume-classic.pdf", "win-classic.pdf", "x-classic.pdf",
                "Ünal-Çelik-PhD-classic.pdf"), files(outDir));
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> stray = all.filter(p -> p.toString().endsWith(".pdf") && !p.getParent().equals(outDir)).toList();
            assertEquals(List.of(), stray);
        }
        assertTrue(PdfText.of(Files.readAllBytes(outDir.resolve("x-classic.pdf"))).contains("../../x"));
    }

    /** A file name may have 255 bytes: 80 letters from beyond the BMP (4 bytes each) made one too long to write. */
    @Test
    void longNamesAreCutToWhatAFileSystemTakes() throws Exception {
        String ideographs = "\uD840\uDC00".repeat(100);
        String accented = "e\u0301".repeat(100);
        Path jsonl = dir.resolve("long.jsonl");
        Files.writeString(jsonl, String.join("\n", line(ideographs), line("x".repeat(300)), line(accented)) + "\n");
        Path outDir = dir.resolve("out");

        assertEquals(0, run("batch", jsonl.toString(), "-o", outDir.toString(), "--format", "pdf,docx", "--quiet"),
                err.toString());

        List<String> names = files(outDir);
        assertEquals(6, names.size(), names.toString());
        for (String name : names) {
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 180, name);
        }
        assertTrue(names.contains("\uD840\uDC00".repeat(37) + "-classic.pdf"), names.toString());
        assertTrue(names.contains("x".repeat(80) + "-classic.docx"), names.toString());
        assertTrue(names.contains("\u00e9".repeat(75) + "-classic.pdf"), names.toString());
    }

    @Test
    void aTemplateThatLeadsOutOrNamesUnknownFieldsIsAUsageError() throws Exception {
        Path input = Files.writeString(dir.resolve("a.json"), minimal("Ann"));
        String outDir = dir.resolve("out").toString();
        assertEquals(2, run("batch", input.toString(), "-o", outDir, "--name", "../{stem}.{ext}"));
        assertTrue(err.toString().contains("leads out of the output folder"), err.toString());
        assertEquals(2, run("batch", input.toString(), "-o", outDir, "--name", "/tmp/{stem}.{ext}"));
        assertEquals(2, run("batch", input.toString(), "-o", outDir, "--name", "{stem}.{extension}"));
        assertTrue(err.toString().contains("{extension}"), err.toString());
        assertEquals(2, run("batch", input.toString(), "-o", outDir, "--name", "{stem}.{ext}", "--style", "classic,modern"));
        assertTrue(err.toString().contains("{style}"), err.toString());
        assertEquals(2, run("batch", input.toString(), "-o", outDir, "--style", "nope"));
        assertEquals(2, run("batch", input.toString(), "-o", outDir, "--format", "odt"));
        assertEquals(2, run("batch", input.toString(), "-o", outDir, "--jobs", "0"));
        assertEquals(2, run("batch", "-o", outDir));
        assertFalse(Files.exists(dir.resolve("out")));
        // A template may make subfolders inside the output folder.
        assertEquals(0, run("batch", input.toString(), "-o", outDir, "--name", "{style}/{stem}.{ext}"), err.toString());
        assertTrue(Files.isRegularFile(dir.resolve("out/classic/a.pdf")));
    }

    @Test
    void inputsThatMapToOneNameGetNumberedInInputOrder() throws Exception {
        Path first = write("a/cv.json", minimal("First Person"));
        Path second = write("b/cv.json", minimal("Second Person"));
        Path third = write("c/cv.yaml", "basics:\n  name: Third Person\n");
        Path outDir = dir.resolve("out");
        Path report = dir.resolve("report.json");
        for (int round = 0; round < 2; round++) {
            assertEquals(0, run("batch", dir.resolve("a").toString(), dir.resolve("b").toString(), third.toString(),
                    "-o", outDir.toString(), "--report", report.toString(), "--jobs", "3"), err.toString());
            assertEquals(List.of("cv-classic-2.pdf", "cv-classic-3.pdf", "cv-classic.pdf"), files(outDir));
            assertTrue(PdfText.of(Files.readAllBytes(outDir.resolve("cv-classic.pdf"))).contains("First Person"));
            assertTrue(PdfText.of(Files.readAllBytes(outDir.resolve("cv-classic-2.pdf"))).contains("Second Person"));
            assertTrue(PdfText.of(Files.readAllBytes(outDir.resolve("cv-classic-3.pdf"))).contains("Third Person"));
            Map<String, JsonNode> records = records(report);
            assertEquals(outDir.resolve("cv-classic-2.pdf").toString(),
                    records.get(second.toString()).get("outputs").get(0).get("file").asText());
            assertTrue(records.containsKey(first.toString()));
        }
    }

    /** Numbers go on from the last one a stem was given, and past names that other stems took. */
    @Test
    void manyInputsOfOneNameAreNumberedOnAndNeverMeet() throws Exception {
        Path jsonl = dir.resolve("same.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add(line(i == 2 ? "cv-3" : "cv"));
        }
        Files.writeString(jsonl, String.join("\n", lines) + "\n");
        Path outDir = dir.resolve("out");

        assertEquals(0, run("batch", jsonl.toString(), "-o", outDir.toString(), "--name", "{stem}.{ext}", "--quiet"),
                err.toString());

        List<String> names = files(outDir);
        assertEquals(40, names.size(), names.toString());
        assertTrue(names.containsAll(List.of("cv.pdf", "cv-2.pdf", "cv-3.pdf", "cv-4.pdf", "cv-40.pdf")), names.toString());
        assertTrue(PdfText.of(Files.readAllBytes(outDir.resolve("cv-3.pdf"))).contains("cv-3"), "line 3 is cv-3 itself");
        assertTrue(PdfText.of(Files.readAllBytes(outDir.resolve("cv-4.pdf"))).contains("Quillfield"));
    }

    @Test
    void jsonLinesAreOneResumeEachLocatedByLine() throws Exception {
        Path jsonl = dir.resolve("people.data");
        Files.writeString(jsonl, line("Ada Lovelace") + "\n\n{\"basics\": {\"name\": \"Broken\"\n"
                + "{\"basics\": {\"label\": \"No Name\"}, \"work\": [{\"name\": \"Acme\", \"position\": \"Dev\"}]}\r\n"
                + "{\"basics\": {\"name\": \"Bad Mail\", \"email\": \"nope\"}}\n");
        Path outDir = dir.resolve("out");
        Path report = dir.resolve("r.json");

        assertEquals(1, run("batch", "--jsonl", jsonl.toString(), "-o", outDir.toString(), "--report", report.toString()));

        assertEquals(List.of("Ada-Lovelace-classic.pdf", "line-4-classic.pdf"), files(outDir));
        assertTrue(PdfText.of(Files.readAllBytes(outDir.resolve("line-4-classic.pdf"))).contains("Acme"));
        assertTrue(err.toString().contains(jsonl + ":3:"), err.toString());
        assertTrue(err.toString().contains(jsonl + ":5:"), err.toString());
        Map<String, JsonNode> records = records(report);
        assertEquals(List.of(jsonl + ":1", jsonl + ":3", jsonl + ":4", jsonl + ":5"), List.copyOf(records.keySet()));
        assertEquals(3, records.get(jsonl + ":3").get("line").asInt());
        assertEquals("failed", records.get(jsonl + ":3").get("status").asText());
        JsonNode mail = records.get(jsonl + ":5").get("diagnostics").get(0);
        assertEquals(5, mail.get("line").asInt());
        assertEquals("/basics/email", mail.get("pointer").asText());
    }

    @Test
    void skipExistingLeavesFinishedOutputsAlone() throws Exception {
        write("in/a.json", minimal("Ann"));
        write("in/b.json", minimal("Ben"));
        Path outDir = dir.resolve("out");
        assertEquals(0, run("batch", dir.resolve("in").toString(), "-o", outDir.toString()), err.toString());
        byte[] before = Files.readAllBytes(outDir.resolve("b-classic.pdf"));
        Files.writeString(outDir.resolve("a-classic.pdf"), "left alone");
        Files.delete(outDir.resolve("b-classic.pdf"));
        Path report = dir.resolve("report.json");

        assertEquals(0, run("batch", dir.resolve("in").toString(), "-o", outDir.toString(), "--skip-existing",
                "--report", report.toString()), err.toString());

        assertEquals("left alone", Files.readString(outDir.resolve("a-classic.pdf")));
        assertArrayEquals(before, Files.readAllBytes(outDir.resolve("b-classic.pdf")));
        Map<String, JsonNode> records = records(report);
        assertEquals("skipped", records.get(dir.resolve("in/a.json").toString()).get("status").asText());
        assertEquals("ok", records.get(dir.resolve("in/b.json").toString()).get("status").asText());
        assertTrue(out.toString().contains("1 ok, 0 with warnings, 0 failed, 1 skipped"), out.toString());
    }

    /** What a killed run left (hidden temporary files of a process that is gone) is removed by the next one. */
    @Test
    void temporaryFilesOfAKilledRunAreRemovedByTheNext() throws Exception {
        write("in/a.json", minimal("Ann"));
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        String killed = ".a-classic.pdf." + finished.pid() + "-3f9a.part";
        String running = ".b-classic.pdf." + ProcessHandle.current().pid() + "-77ab.part";
        write("out/" + killed, "half a PDF");
        write("out/" + running, "being written");
        write("reports/.report.json." + finished.pid() + "-5e.part", "[{\"input\":");
        Path report = dir.resolve("reports/report.json");

        assertEquals(0, run("batch", dir.resolve("in").toString(), "-o", dir.resolve("out").toString(), "--skip-existing",
                "--report", report.toString()), err.toString());

        assertEquals(List.of(running, "a-classic.pdf"), files(dir.resolve("out")));
        assertEquals(List.of("report.json"), files(dir.resolve("reports")));
        assertEquals(1, JSON.readTree(report.toFile()).size());
    }

    @Test
    void theLookOptionsOfRenderApplyToEveryResume() throws Exception {
        write("in/a.json", minimal("Ann"));
        write("in/b.json", minimal("Ben"));
        Path outDir = dir.resolve("out");

        assertEquals(0, run("batch", dir.resolve("in").toString(), "-o", outDir.toString(), "--page-size", "letter",
                "--margins", "15mm", "--accent", "#AA3300", "--font-size", "11", "--lang", "nl"), err.toString());

        for (String name : List.of("a-classic.pdf", "b-classic.pdf")) {
            try (PDDocument pdf = Loader.loadPDF(outDir.resolve(name).toFile())) {
                assertEquals(612, pdf.getPage(0).getMediaBox().getWidth(), 0.5, name + " is Letter");
                assertEquals("nl", pdf.getDocumentCatalog().getLanguage());
            }
        }
        assertEquals(2, run("batch", dir.resolve("in").toString(), "-o", outDir.toString(), "--margins", "wide"));
        assertTrue(err.toString().contains("--margins"), err.toString());
    }

    @Test
    void pathsComeFromPatternsAndStandardInput() throws Exception {
        Path a = write("in/a.json", minimal("Ann"));
        write("in/b.yml", "basics:\n  name: Ben\n");
        write("in/deeper/c.json", minimal("Cat"));
        Path outDir = dir.resolve("out");
        assertEquals(0, run("batch", dir.resolve("in") + "/*.json", "-o", outDir.toString()), err.toString());
        assertEquals(List.of("a-classic.pdf"), files(outDir));
        assertEquals(0, run("batch", dir.resolve("in") + "/**.{json,yml}", "-o", outDir.toString()), err.toString());
        assertEquals(List.of("a-classic.pdf", "b-classic.pdf", "c-classic.pdf"), files(outDir));
        Path shallowAndDeep = dir.resolve("both");
        assertEquals(0, run("batch", dir.resolve("in") + "/**/*.json", "-o", shallowAndDeep.toString()), err.toString());
        assertEquals(List.of("a-classic.pdf", "c-classic.pdf"), files(shallowAndDeep), "**/ may stand for no folder");
        assertEquals(1, run("batch", dir.resolve("in") + "/*.xml", "-o", outDir.toString()));
        assertTrue(err.toString().contains("no file matches"), err.toString());

        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((a + "\n\n" + dir.resolve("in/deeper") + "\n").getBytes(StandardCharsets.UTF_8)));
            Path listed = dir.resolve("listed");
            assertEquals(0, run("batch", "-", "-o", listed.toString(), "--format", "docx"), err.toString());
            assertEquals(List.of("a-classic.docx", "c-classic.docx"), files(listed));
        } finally {
            System.setIn(stdin);
        }
    }

    /**
     * An argument that is no good (a pattern that does not parse, a path with a NUL) is one failed
     * input; the others go on. A file whose name has pattern characters is that file.
     */
    @Test
    void badArgumentsFailAloneAndLiteralNamesWinOverPatterns() throws Exception {
        Path bracketed = write("in/cv[1].json", minimal("Bracket Ed"));
        Path plain = write("in/plain.json", minimal("Plain Jo"));
        Path outDir = dir.resolve("out");
        Path report = dir.resolve("report.json");
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((plain + "\n" + dir + "/in/a\0b.json\n")
                    .getBytes(StandardCharsets.UTF_8)));
            assertEquals(1, run("batch", bracketed.toString(), dir.resolve("in") + "/[a", "-", "-o", outDir.toString(),
                    "--report", report.toString()), err.toString());
        } finally {
            System.setIn(stdin);
        }
        assertEquals(List.of("cv-1-classic.pdf", "plain-classic.pdf"), files(outDir));
        assertTrue(err.toString().contains(dir.resolve("in") + "/[a: error: not a valid pattern: "), err.toString());
        assertTrue(err.toString().contains("b.json: error: not a usable file name: Nul character not allowed"),
                err.toString());
        assertFalse(err.toString().contains("internal error"), err.toString());
        assertEquals(4, JSON.readTree(report.toFile()).size());
        assertTrue(out.toString().contains("2 ok, 0 with warnings, 2 failed"), out.toString());
    }

    /** A line over the limit is refused with its own size, having been kept only up to the limit. */
    @Test
    void aHugeJsonLineIsRefusedWithItsSize() throws Exception {
        Path jsonl = dir.resolve("big.jsonl");
        String huge = "{\"basics\": {\"name\": \"Huge\", \"summary\": \"" + "x".repeat(6 * 1024 * 1024) + "\"}}";
        Files.writeString(jsonl, line("Before") + "\n" + huge + "\r\n" + line("After") + "\n");

        assertEquals(1, run("batch", jsonl.toString(), "-o", dir.resolve("out").toString()));

        assertTrue(err.toString().contains(jsonl + ":2:1: error: the line is 6144 KiB; a résumé larger than 5 MiB is not read"),
                err.toString());
        assertEquals(List.of("After-classic.pdf", "Before-classic.pdf"), files(dir.resolve("out")));
    }

    @Test
    void fileSystemProblemsAreToldInWords() throws Exception {
        Path input = write("a.json", minimal("Ann"));
        Path file = write("taken", "a file where the output folder should be");
        assertEquals(2, run("batch", input.toString(), "-o", file.toString()));
        assertTrue(err.toString().contains("cannot make the output folder " + file + ": already exists, and is not a folder"),
                err.toString());
        Path folder = Files.createDirectory(dir.resolve("report.json"));
        assertEquals(2, run("batch", input.toString(), "-o", dir.resolve("out").toString(), "--report", folder.toString()));
        assertTrue(err.toString().contains("cannot write the report " + folder + ": is a folder"), err.toString());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aStyleOrFormatGivenTwiceIsRenderedOnce() throws Exception {
        Path input = write("a.json", minimal("Ann"));
        Path outDir = dir.resolve("out");
        assertEquals(0, run("batch", input.toString(), "-o", outDir.toString(), "--style", "classic,modern,classic",
                "--format", "pdf,PDF,docx"), err.toString());
        assertEquals(List.of("a-classic.docx", "a-classic.pdf", "a-modern.docx", "a-modern.pdf"), files(outDir));
    }

    /** Past what the heap holds, more jobs only run out of memory and lose résumés: the run takes fewer and says so. */
    @Test
    void moreJobsThanTheMemoryHoldsAreCutDown() throws Exception {
        write("in/a.json", minimal("Ann"));
        write("in/b.json", minimal("Ben"));
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertEquals(0, run("batch", dir.resolve("in").toString(), "-o", dir.resolve("out").toString(), "--jobs",
                "1000000"), err.toString());
        assertTrue(err.toString().contains("--jobs 1000000 is more than " + heapMb + " MB of memory holds; using "
                + heapMb / 8 + " "), err.toString());
        assertEquals(List.of("a-classic.pdf", "b-classic.pdf"), files(dir.resolve("out")));
    }

    /** A walk meets names nobody typed: control characters in them are shown, not sent to the terminal. */
    @Test
    void namesFoundInFoldersArePrintedWithoutTheirControlCharacters() throws Exception {
        write("in/evil\u001B]0;owned\u0007\u202E.json", "{");
        Files.createDirectories(dir.resolve("empty/.git"));
        write("empty/.git/config.json", minimal("Hidden"));

        assertEquals(1, run("batch", dir.resolve("in").toString(), dir.resolve("empty").toString(), "-o",
                dir.resolve("out").toString()));

        assertTrue(err.toString().contains("evil\\x1B]0;owned\\x07\\u202E.json:1:2: error: "), err.toString());
        assertFalse(err.toString().contains("\u001B") || err.toString().contains("\u0007"), err.toString());
        assertTrue(err.toString().contains(dir.resolve("empty") + ": error: no .json, .yaml or .yml file in this folder"),
                err.toString());
        assertTrue(out.toString().contains("0 ok, 0 with warnings, 2 failed"), out.toString());
    }

    /**
     * JSON Lines from a pipe ({@code --jsonl /dev/stdin}, {@code <(zcat people.jsonl.gz)}) can be read
     * once only: counting them first for the progress display left nothing to render.
     */
    @Test
    void jsonLinesFromAPipeAreReadOnce() throws Exception {
        Path pipe = dir.resolve("people.pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        byte[] lines = (line("Ann Pipe") + "\n" + line("Ben Pipe") + "\n").getBytes(StandardCharsets.UTF_8);
        // Like a shell's pipe: the lines once, then nothing however often it is opened again.
        Thread writer = new Thread(() -> {
            try {
                for (byte[] content = lines; !Thread.currentThread().isInterrupted(); content = new byte[0]) {
                    Files.write(pipe, content);
                }
            } catch (IOException e) {
                // the test is over
            }
        });
        writer.setDaemon(true);
        writer.start();
        try {
            assertEquals(0, run("batch", "--jsonl", pipe.toString(), "-o", dir.resolve("out").toString()), err.toString());
        } finally {
            writer.interrupt();
            Files.readAllBytes(pipe); // lets a writer waiting for a reader go
        }
        assertEquals(List.of("Ann-Pipe-classic.pdf", "Ben-Pipe-classic.pdf"), files(dir.resolve("out")));
    }

    @Test
    void onlyATerminalGetsTheBar() {
        assertTrue(BatchCommand.isTerminalDevice(Path.of("/dev/pts/3")));
        assertTrue(BatchCommand.isTerminalDevice(Path.of("/dev/tty1")));
        assertFalse(BatchCommand.isTerminalDevice(Path.of("/dev/null")));
        assertFalse(BatchCommand.isTerminalDevice(Path.of("pipe:[48213]")));
        assertFalse(BatchCommand.isTerminalDevice(dir.resolve("batch.log")));
    }

    /** One résumé as one JSON line, named {@code name}. */
    private static String line(String name) throws Exception {
        ObjectNode resume = (ObjectNode) JSON.readTree(minimal(name));
        return JSON.writeValueAsString(resume);
    }

    private static String minimal(String name) throws Exception {
        ObjectNode resume = JSON.createObjectNode();
        resume.putObject("basics").put("name", name);
        resume.putArray("work").addObject().put("name", "Quillfield Labs").put("position", "Engineer")
                .put("startDate", "2019-04");
        return JSON.writeValueAsString(resume);
    }

    private Path write(String relative, String content) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    /** The file names in {@code folder} and below (hidden ones included), sorted. */
    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    /** The report's records by input, in input order where the inputs sort so. */
    private static Map<String, JsonNode> records(Path report) throws Exception {
        Map<String, JsonNode> byInput = new TreeMap<>();
        List<JsonNode> all = new ArrayList<>();
        JSON.readTree(report.toFile()).forEach(all::add);
        all.forEach(r -> byInput.put(r.get("input").asText(), r));
        assertEquals(all.size(), byInput.size(), "one record per input");
        return byInput;
    }
}
