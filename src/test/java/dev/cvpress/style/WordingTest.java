package dev.cvpress.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WordingTest {
    private static final StyleLoader STYLES = new StyleLoader();

    /** A heading a style adds must come with its word in every language, or it would print in English there. */
    @Test
    void everyLanguageHasAWordForEveryHeadingAndLabelOfEveryBundledStyle() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String language : languages()) {
            Wording wording = Wording.of(language).orElseThrow();
            for (String id : STYLES.available()) {
                Style style = STYLES.load(id);
                Stream.concat(style.sections().stream().map(Style.Section::title), style.labels().values().stream())
                        .filter(english -> !wording.words().containsKey(english))
                        .forEach(english -> missing.add(language + " lacks \"" + english + "\" (" + id + ")"));
            }
            assertTrue(!wording.present().isBlank(), language + " has a word for Present");
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void aStyleInGermanHasGermanHeadingsLabelsAndDates() throws Exception {
        Style classic = STYLES.load("classic");
        Style german = Wording.of("de-AT").orElseThrow().applyTo(classic);
        assertEquals("Berufserfahrung", title(german, "work"));
        assertEquals("Ausbildung", title(german, "education"));
        assertEquals("Note", german.label("score"));
        assertEquals(new Style.Dates(classic.dates().format(), "de-AT", "heute", classic.dates().separator()), german.dates());
        assertEquals(classic.text(), german.text(), "only words change");
    }

    @Test
    void japaneseWritesMonthsAsYearAndMonthNumbers() throws Exception {
        Style japanese = Wording.of("ja").orElseThrow().applyTo(STYLES.load("compact"));
        assertEquals("yyyy年M月", japanese.dates().format());
        assertEquals("現在", japanese.dates().present());
        assertEquals("職務経歴", title(japanese, "work"));
    }

    @Test
    void aLanguageWithoutWordsLeavesTheStyleAsItIs() {
        assertEquals(Optional.empty(), Wording.of("pl"));
        assertEquals(Optional.empty(), Wording.of("zh-TW"), "the Chinese words are simplified characters");
        assertEquals(Optional.empty(), Wording.of("zh-Hant"));
        assertTrue(Wording.of("zh-CN").isPresent());
    }

    private static String title(Style style, String section) {
        return style.sections().stream().filter(s -> s.id().equals(section)).findFirst().orElseThrow().title();
    }

    private static List<String> languages() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("layouts/languages"))) {
            return files.map(f -> f.getFileName().toString().replace(".yaml", "")).sorted().toList();
        }
    }
}
