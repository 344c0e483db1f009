package dev.cvpress.normalize.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LooseDateTest {

    @ParameterizedTest(name = "\"{0}\" → {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "2020|ISO|2020",
        "2020-03|ISO|2020-03",
        "2020-03-15|ISO|2020-03-15",
        "Jan 2020|CONVERTED|2020-01",
        "January 2020|CONVERTED|2020-01",
        "Sept. 2019|CONVERTED|2019-09",
        "15 March 2021|CONVERTED|2021-03-15",
        "March 15, 2021|CONVERTED|2021-03-15",
        "2020/03|CONVERTED|2020-03",
        "03/2020|CONVERTED|2020-03",
        "3/2020|CONVERTED|2020-03",
        "2020-3|CONVERTED|2020-03",
        "2020-03-01T12:00:00Z|CONVERTED|2020-03-01",
        "Present|PRESENT|",
        "present|PRESENT|",
        "now|PRESENT|",
        "Current|PRESENT|",
        "''|EMPTY|",
        "2020-13|IMPOSSIBLE|",
        "13/2020|IMPOSSIBLE|",
        "2021-02-29|IMPOSSIBLE|",
        "Summer 2019|UNREADABLE|",
        "soon|UNREADABLE|",
    })
    void readsWhatPeopleType(String text, LooseDate.Kind kind, String iso) {
        LooseDate.Reading reading = LooseDate.read(text);
        assertEquals(kind, reading.kind());
        assertEquals(iso == null ? "" : iso, reading.date().map(d -> d.iso()).orElse(""));
    }
}
