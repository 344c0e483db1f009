package dev.cvpress.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.PartialDate;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Work;
import dev.cvpress.support.PdfText;
import dev.cvpress.support.Pipeline;
import dev.cvpress.support.Shared;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Old JSON Resume forms and FRESH print the same person, employers, positions and dates as 1.x. */
class LegacyFormsRenderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "jsonresume/jsonresume-v0.0.16-sample-richard-hendriks-legacy-fields.json, jsonresume/jsonresume-v1.3.1-sample-richard-hendriks.json",
        "jsonresume/jsonresume-v0.0.11-sample-richard-hendriks-bio-format.json, jsonresume/jsonresume-v1.3.1-sample-richard-hendriks.json",
        "fresh/fresh-test-jane-fullstacker.fresh.json, jsonresume/fresh-test-jrs-jane-fullstacker.json",
    })
    void printsWhatTheModernFormPrints(String legacy, String modern) {
        Path corpus = Shared.require("corpus");
        Resume reference = Pipeline.read(corpus.resolve(modern));
        String text = PdfText.of(Pipeline.render(Pipeline.read(corpus.resolve(legacy)), "classic", "pdf").bytes());
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains(reference.basics().name()), reference.basics().name() + " missing");
        int from = 0;
        for (Work work : reference.work()) {
            for (String expected : new String[] {work.position(), start(work), work.name()}) {
                int at = flat.indexOf(expected, from);
                assertTrue(at >= 0, "\"" + expected + "\" missing or out of order in " + legacy);
                from = at;
            }
        }
    }

    private static String start(Work work) {
        PartialDate d = work.dates().start().orElseThrow();
        return d.hasMonth() ? Month.of(d.month()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.year()
                : Integer.toString(d.year());
    }
}
