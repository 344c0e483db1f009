package dev.cvpress.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.model.PartialDate;
import dev.cvpress.model.Resume;
import dev.cvpress.support.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResumeReaderTest {
    private final ResumeReader reader = new ResumeReader();

    @Test
    void readsEverySectionOfTheExample() throws Exception {
        ResumeReader.Outcome outcome = reader.read(Files.readAllBytes(Pipeline.example()));
        assertEquals(List.of(), outcome.diagnostics());
        Resume r = outcome.resume().orElseThrow();
        assertEquals("Zoë Halvorsen-Mertens", r.basics().name());
        assertEquals("Rotterdam", r.basics().location().city());
        assertEquals(3, r.basics().profiles().size());
        assertEquals(4, r.work().size());
        assertTrue(r.work().get(0).dates().isOngoing(), "the current job has no end date");
        assertEquals(Optional.of(new PartialDate(2021, 3, 0)), r.work().get(0).dates().start());
        for (var section : List.of(r.volunteer(), r.education(), r.awards(), r.certificates(), r.publications(),
                r.skills(), r.languages(), r.interests(), r.references(), r.projects())) {
            assertTrue(!section.isEmpty(), "a section of the example is empty");
        }
        assertTrue(r.meta().lastModified().isPresent());
    }

    @Test
    void malformedJsonIsOneLocatedError() throws Exception {
        ResumeReader.Outcome outcome = reader.read(Files.readAllBytes(Pipeline.fixture("malformed.json")));
        assertTrue(outcome.resume().isEmpty());
        Diagnostic error = outcome.diagnostics().get(0);
        assertEquals(Severity.ERROR, error.severity());
        assertEquals(4, error.line());
        assertEquals(30, error.column());
        assertTrue(error.format("malformed.json").startsWith("malformed.json:4:30: error: "), error.format("malformed.json"));
    }

    @Test
    void truncatedJsonSaysSo() {
        ResumeReader.Outcome outcome = reader.read("{\"basics\": {\"name\": \"A\"".getBytes(StandardCharsets.UTF_8));
        assertTrue(outcome.diagnostics().get(0).message().contains("ends in the middle"));
        assertEquals(1, outcome.diagnostics().get(0).line());
    }

    @Test
    void aTopLevelArrayIsNotAResume() throws Exception {
        ResumeReader.Outcome outcome = reader.read(Files.readAllBytes(Pipeline.fixture("not-an-object.json")));
        assertTrue(outcome.resume().isEmpty());
        assertEquals("NOT_A_RESUME", outcome.diagnostics().get(0).code());
    }

    @Test
    void valuesOfTheWrongTypeAreReportedWithPointerAndLine() throws Exception {
        ResumeReader.Outcome outcome = reader.read(Files.readAllBytes(Pipeline.fixture("wrong-types.json")));
        Resume r = outcome.resume().orElseThrow();
        assertEquals("42", r.basics().name(), "a number where a string belongs is taken as its text");
        assertEquals(List.of(), r.work());
        Diagnostic work = outcome.diagnostics().stream().filter(d -> d.pointer().equals("/work")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, work.severity());
        assertTrue(work.line() > 1 && work.column() > 0, work.toString());
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] json = "{\"basics\":{\"name\":\"Ana\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + json.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(json, 0, both, 3, json.length);
        assertEquals("Ana", reader.read(both).resume().orElseThrow().basics().name());
    }

    @Test
    void unknownFieldsAreIgnoredAndDatesReadAtTheirPrecision() {
        String json = "{\"x-custom\": 1, \"work\": [{\"name\": \"A\", \"startDate\": \"2019\", \"endDate\": \"2020-02-29\","
                + " \"extra\": {}}], \"awards\": [{\"title\": \"T\", \"date\": \"Jan 2020\"}]}";
        ResumeReader.Outcome outcome = reader.read(json.getBytes(StandardCharsets.UTF_8));
        Resume r = outcome.resume().orElseThrow();
        assertEquals(Optional.of(new PartialDate(2019, 0, 0)), r.work().get(0).dates().start());
        assertEquals(Optional.of(new PartialDate(2020, 2, 29)), r.work().get(0).dates().end());
        Diagnostic bad = outcome.diagnostics().get(0);
        assertEquals("/awards/0/date", bad.pointer());
        assertEquals("BAD_DATE", bad.code());
    }
}
