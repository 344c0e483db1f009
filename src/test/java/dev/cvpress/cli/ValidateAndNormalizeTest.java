package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvpress.support.Pipeline;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateAndNormalizeTest {
    @TempDir
    Path dir;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void validatePrintsLocatedLinesWithCodesAndExitsByErrors() throws Exception {
        Path messy = write("messy.json", "{\n  \"basics\": {\"name\": \"Ada\", \"email\": \"nope\"},\n"
                + "  \"work\": [{\"name\": \"X\", \"startdate\": \"2020-01\"}]\n}\n");
        assertEquals(1, run("validate", messy.toString(), Pipeline.example().toString()));
        String report = out.toString();
        assertTrue(report.contains(messy + ":2:29: error SCHEMA /basics/email: "), report);
        assertTrue(report.contains("warning UNKNOWN_FIELD /work/0/startdate") && report.contains("did you mean \"startDate\"?"), report);
        assertEquals(0, run("validate", Pipeline.example().toString()));
    }

    @Test
    void strictTurnsWarningsIntoFailures() throws Exception {
        Path warned = write("warned.json", "{\"basics\": {\"name\": \"Ada\"}, \"work\": [{\"name\": \"X\", \"startdate\": \"2020\"}]}");
        assertEquals(0, run("validate", warned.toString()));
        assertEquals(1, run("validate", "--strict", warned.toString()));
    }

    @Test
    void validateSpeaksJson() throws Exception {
        Path bad = write("bad.json", "{\"basics\": []}");
        assertEquals(1, run("validate", "--format", "json", bad.toString()));
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertEquals("SCHEMA", report.get(0).get("code").asText());
        assertEquals("/basics", report.get(0).get("pointer").asText());
        assertEquals(1, report.get(0).get("line").asInt());
        assertEquals(2, run("validate", "--format", "xml", bad.toString()));
    }

    @Test
    void normalizeWritesCleanJsonThatNormalizesToItself() throws Exception {
        Path messy = write("messy.json", "{\"basics\": {\"name\": \"  Ada \", \"url\": \"example.org\"},"
                + " \"work\": [{\"company\": \"Engines\", \"startDate\": \"Jan 2020\", \"endDate\": \"Present\","
                + " \"highlights\": \"• Built it\"}]}");
        Path once = dir.resolve("once.json");
        assertEquals(0, run("normalize", messy.toString(), "-o", once.toString()), err.toString());
        JsonNode clean = new ObjectMapper().readTree(once.toFile());
        assertEquals("Ada", clean.at("/basics/name").asText());
        assertEquals("https://example.org", clean.at("/basics/url").asText());
        assertEquals("Engines", clean.at("/work/0/name").asText());
        assertEquals("2020-01", clean.at("/work/0/startDate").asText());
        assertTrue(clean.at("/work/0/endDate").isMissingNode());
        assertEquals("Built it", clean.at("/work/0/highlights/0").asText());
        assertEquals(0, run("normalize", once.toString()));
        assertEquals(Files.readString(once), out.toString(), "normalize of its own output changes nothing");
    }

    @Test
    void renderReadsYamlAndPrintsWarningsToStandardError() throws Exception {
        Path yaml = write("cv.yaml", "basics:\n  name: Ada\nwork:\n  - name: Engines\n    startDate: 2045-01\n");
        assertEquals(0, run("render", yaml.toString(), "-o", dir.resolve("cv.pdf").toString()));
        assertTrue(err.toString().contains(yaml + ":5:5: warning: /work/0/startDate: "), err.toString());
    }

    @Test
    void rejectedFormatsSayWhatTheyLookLike() throws Exception {
        Path rendercv = write("cv.yaml", "cv:\n  name: Ada\n  sections:\n    experience: []\n");
        assertEquals(1, run("render", rendercv.toString(), "-o", dir.resolve("cv.pdf").toString()));
        assertTrue(err.toString().contains("RenderCV"), err.toString());
        assertTrue(Files.notExists(dir.resolve("cv.pdf")));
    }
}
