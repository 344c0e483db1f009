package dev.cvpress.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.units.Caps;
import dev.cvpress.units.PageSize;
import org.junit.jupiter.api.Test;

class StyleLoaderTest {
    private final StyleLoader loader = new StyleLoader();

    @Test
    void classicLoadsWithRolesInheritingFromBody() throws StyleException {
        Style classic = loader.load("classic");
        assertEquals(PageSize.A4, classic.page().size());
        assertEquals("Source Serif 4", classic.text().heading().family(), "heading inherits the body family");
        assertEquals(Caps.SMALL, classic.text().heading().caps());
        assertEquals(classic.colors().get("accent"), classic.text().heading().color(), "palette names resolve");
        assertTrue(classic.sections().stream().anyMatch(s -> s.id().equals("work")));
    }

    @Test
    void listsTheBundledStyles() {
        assertTrue(loader.available().contains("classic"), loader.available().toString());
    }

    @Test
    void anUnknownStyleNamesTheKnownOnes() {
        StyleException e = assertThrows(StyleException.class, () -> loader.load("fancy"));
        assertTrue(e.getMessage().contains("classic"), e.getMessage());
    }

    @Test
    void aPathIsNotAStyleName() {
        assertThrows(StyleException.class, () -> loader.load("../classic"));
    }
}
