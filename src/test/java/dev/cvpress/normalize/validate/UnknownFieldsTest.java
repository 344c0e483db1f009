package dev.cvpress.normalize.validate;

import static dev.cvpress.normalize.validate.Trees.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.support.Shared;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownFieldsTest {
    private final UnknownFields check = new UnknownFields();

    @Test
    void aMisspeltStartDateGetsTheRightName() {
        String resume = "{\n  \"work\": [\n    {\"name\": \"Acme\", \"startdate\": \"2020-01\"}\n  ]\n}";
        List<Diagnostic> found = Trees.run(resume, check::check);
        assertEquals(1, found.size(), found.toString());
        Diagnostic warning = found.get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("UNKNOWN_FIELD", warning.code());
        assertEquals("/work/0/startdate", warning.pointer());
        assertEquals("unknown field \"startdate\"", warning.message());
        assertEquals("did you mean \"startDate\"?", warning.hint());
        assertEquals(3, warning.line());
    }

    @Test
    void everyKnownObjectIsChecked() {
        String resume = json("{'basics': {'emial': 'a@example.com', 'location': {'adress': 'Main St 1'}, "
                + "'profiles': [{'netwrok': 'GitHub'}]}, 'education': [{'studytype': 'BSc'}], "
                + "'certificates': [{'isuer': 'ACM'}], 'skills': [{'keyword': ['Java']}], "
                + "'meta': {'lastmodified': '2024-01-01'}}");
        List<String> hints = new ArrayList<>();
        Trees.run(resume, check::check).forEach(d -> hints.add(d.pointer() + " " + d.hint()));
        assertEquals(List.of(
                "/basics/emial did you mean \"email\"?",
                "/basics/location/adress did you mean \"address\"?",
                "/basics/profiles/0/netwrok did you mean \"network\"?",
                "/certificates/0/isuer did you mean \"issuer\"?",
                "/education/0/studytype did you mean \"studyType\"?",
                "/meta/lastmodified did you mean \"lastModified\"?",
                "/skills/0/keyword did you mean \"keywords\"?"), hints.stream().sorted().toList());
    }

    @Test
    void otherExtraFieldsAreAllowedSilently() {
        String resume = json("{'language': 'en', 'bio': {}, 'basics': {'nameFurigana': 'x', 'tel': '1', "
                + "'picture': 'p.png'}, 'work': [{'company': 'Acme', 'website': 'https://acme.example'}], "
                + "'volunteer': [{'flavor': 'x'}], 'education': [{'gpa': '4.0'}]}");
        assertEquals(List.of(), Trees.run(resume, check::check));
    }

    @Test
    void theCorpusHasNoSuspectedSlips() {
        Shared.require("corpus/jsonresume");
        for (Path file : Shared.files("corpus/jsonresume", "*.json")) {
            List<Diagnostic> found = Trees.run(Trees.parse(file), check::check);
            assertTrue(found.isEmpty(), file.getFileName() + ": " + found);
        }
    }
}
