package dev.cvpress.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.units.Length;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StyleOverridesTest {
    private final StyleLoader loader = new StyleLoader();

    @Test
    void marginsAreWrittenAsInCss() {
        Length a = Length.parse("10mm");
        Length b = Length.parse("20mm");
        Length c = Length.parse("1in");
        Length d = Length.parse("12pt");
        assertEquals(new Page.Margins(a, a, a, a), StyleOverrides.parseMargins("10mm"));
        assertEquals(new Page.Margins(a, b, a, b), StyleOverrides.parseMargins("10mm 20mm"));
        assertEquals(new Page.Margins(a, b, c, b), StyleOverrides.parseMargins(" 10mm, 20mm, 1in "));
        assertEquals(new Page.Margins(a, b, c, d), StyleOverrides.parseMargins("10mm 20mm 1in 12pt"));
    }

    @Test
    void badMarginsSayWhatIsWanted() {
        for (String wrong : List.of("", "10", "10px", "1mm 2mm 3mm 4mm 5mm", "-5mm", "60mm 60mm")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> StyleOverrides.parseMargins(wrong), wrong);
            assertTrue(e.getMessage().matches(".*(length|lengths|negative|half the paper).*"), e.getMessage());
        }
    }

    @Test
    void newMarginsReplaceTheStyles() throws StyleException {
        Style style = loader.load("classic", new StyleOverrides(Optional.of(StyleOverrides.parseMargins("30mm")),
                Optional.empty(), Optional.empty()));
        assertEquals(30, style.page().margins().left().points() * 25.4 / 72, 1e-9);
        assertEquals(30, style.page().margins().top().points() * 25.4 / 72, 1e-9);
    }

    @Test
    void anAccentIsAColourOrAPaletteName() throws StyleException {
        Style hex = loader.load("classic", new StyleOverrides(Optional.empty(), Optional.of("#AA3300"), Optional.empty()));
        assertEquals("AA3300", hex.colors().get("accent").hex());
        assertEquals("AA3300", hex.text().heading().color().hex(), "roles coloured `accent` follow");
        assertEquals("AA3300", hex.headingRule().color().hex());
        Style named = loader.load("classic", new StyleOverrides(Optional.empty(), Optional.of("muted"), Optional.empty()));
        assertEquals(named.colors().get("muted"), named.text().heading().color());
        StyleException e = assertThrows(StyleException.class,
                () -> loader.load("classic", new StyleOverrides(Optional.empty(), Optional.of("mutd"), Optional.empty())));
        assertTrue(e.getMessage().contains("did you mean \"muted\"?"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StyleOverrides.parseAccent("#12345"));
        assertThrows(IllegalArgumentException.class, () -> StyleOverrides.parseAccent("dark blue"));
    }

    @Test
    void aBodySizeScalesEveryRole() throws StyleException {
        Style plain = loader.load("classic");
        Style larger = loader.load("classic", new StyleOverrides(Optional.empty(), Optional.empty(),
                Optional.of(StyleOverrides.parseBodySize("12"))));
        double ratio = 12 / plain.text().body().size().points();
        assertEquals(12, larger.text().body().size().points(), 1e-9);
        assertEquals(plain.text().name().size().points() * ratio, larger.text().name().size().points(), 1e-9);
        assertEquals(plain.text().heading().size().points() * ratio, larger.text().heading().size().points(), 1e-9);
        assertEquals(12, larger.text().entry().size().points(), 1e-9, "a role that inherits the body size");
        assertEquals(plain.text().body().spaceAfter(), larger.text().body().spaceAfter(), "spacing stays");
        assertEquals(Length.parse("0.15in"), StyleOverrides.parseBodySize("0.15in"));
        for (String wrong : List.of("3", "31pt", "big", "10px")) {
            assertThrows(IllegalArgumentException.class, () -> StyleOverrides.parseBodySize(wrong), wrong);
        }
    }
}
