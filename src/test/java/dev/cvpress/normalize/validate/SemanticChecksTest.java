package dev.cvpress.normalize.validate;

import static dev.cvpress.normalize.validate.Trees.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.model.PartialDate;
import dev.cvpress.normalize.Reporter;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class SemanticChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    private final SemanticChecks checks = new SemanticChecks();
    private final BiConsumer<JsonNode, Reporter> check = (resume, reporter) -> checks.check(resume, reporter, TODAY);

    @Test
    void anEndBeforeTheStartIsReportedAtTheEnd() {
        String resume = "{\"work\": [\n {\"name\": \"Acme\", \"startDate\": \"2020-05\",\n  \"endDate\": \"2019-11-30\"}]}";
        Diagnostic only = single(Trees.run(resume, check));
        assertEquals(Severity.WARNING, only.severity());
        assertEquals("END_BEFORE_START", only.code());
        assertEquals("/work/0/endDate", only.pointer());
        assertEquals("the end date 2019-11-30 is before the start date 2020-05", only.message());
        assertEquals(3, only.line());
    }

    @Test
    void datesAreComparedAtThePrecisionBothHave() {
        assertEquals(List.of(), Trees.run(json("{'education': [{'institution': 'U', 'startDate': '2020-05', "
                + "'endDate': '2020'}], 'projects': [{'name': 'P', 'startDate': '2021-03-09', 'endDate': '2021-03'}]}"),
                check));
        assertEquals(0, SemanticChecks.compare(new PartialDate(2020, 5, 0), new PartialDate(2020, 0, 0)));
        assertTrue(SemanticChecks.compare(new PartialDate(2020, 5, 2), new PartialDate(2020, 5, 1)) > 0);
    }

    @Test
    void aStartInTheFutureIsReported() {
        Diagnostic only = single(Trees.run(json("{'volunteer': [{'organization': 'O', 'startDate': '2024-07'}]}"), check));
        assertEquals("FUTURE_DATE", only.code());
        assertEquals("/volunteer/0/startDate", only.pointer());
        assertEquals("the start date 2024-07 is in the future", only.message());
    }

    @Test
    void thisYearOrMonthOrTodayIsNotTheFuture() {
        String resume = json("{'work': [{'name': 'A', 'startDate': '2024'}, {'name': 'B', 'startDate': '2024-06'}, "
                + "{'name': 'C', 'startDate': '2024-06-15'}, {'name': 'D', 'startDate': 'present'}]}");
        assertEquals(List.of(), Trees.run(resume, check));
    }

    @Test
    void anEmptyEntryIsReported() {
        String resume = json("{'education': [{'institution': 'U'}, {'institution': ' ', 'courses': [], "
                + "'location': {'city': ''}}]}");
        Diagnostic only = single(Trees.run(resume, check));
        assertEquals("EMPTY_ENTRY", only.code());
        assertEquals("/education/1", only.pointer());
    }

    @Test
    void aRepeatedEntryIsReportedAtTheRepeat() {
        String resume = json("{'skills': [{'name': 'Java', 'keywords': ['JVM']}, {'name': 'Go'}, "
                + "{'name': 'Java', 'keywords': ['JVM']}], 'basics': {'profiles': [{'network': 'GitHub'}, "
                + "{'network': 'GitHub'}]}}");
        List<Diagnostic> found = Trees.run(resume, check);
        assertEquals(2, found.size(), found.toString());
        assertEquals("DUPLICATE_ENTRY", found.get(0).code());
        assertEquals("/skills/2", found.get(0).pointer());
        assertEquals("the entry repeats /skills/0 exactly and will be left out", found.get(0).message());
        assertEquals("/basics/profiles/1", found.get(1).pointer());
    }

    @Test
    void twoEmptyEntriesAreTwoEmptyEntries() {
        List<Diagnostic> found = Trees.run(json("{'awards': [{}, {}]}"), check);
        assertEquals(List.of("EMPTY_ENTRY", "EMPTY_ENTRY"), found.stream().map(Diagnostic::code).toList());
    }

    @Test
    void sectionsOfTheWrongShapeAreLeftToTheSchemaCheck() {
        assertEquals(List.of(), Trees.run(json("{'work': {'startDate': '2030'}, 'education': 'U', "
                + "'projects': [null, 'x', {'startDate': 2030}], 'basics': {'profiles': {}}}"), check));
    }

    private static Diagnostic single(List<Diagnostic> found) {
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
