package dev.cvpress.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpellingTest {
    @Test
    void shortNamesGetOnlyOneSlip() {
        assertEquals(Optional.of("url"), Spelling.closest("URL", List.of("name", "url")));
        assertEquals(Optional.of("url"), Spelling.closest("ulr", List.of("url")));
        assertEquals(Optional.empty(), Spelling.closest("tel", List.of("url")));
        assertEquals(Optional.of("summary"), Spelling.closest("sumary", List.of("name", "summary")));
    }

    @Test
    void aSwapOfNeighboursIsOneSlip() {
        assertEquals(1, Spelling.distance("adress", "address"));
        assertEquals(1, Spelling.distance("phnoe", "phone"));
    }
}
