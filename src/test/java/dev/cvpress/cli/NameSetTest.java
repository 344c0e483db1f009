package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameSetTest {
    @Test
    void remembersEveryNameAddedAndNoOther() {
        NameSet names = new NameSet();
        for (int i = 0; i < 200_000; i++) {
            names.add("person-" + i + "-classic.pdf");
        }
        names.add("person-7-classic.pdf");
        for (int i = 0; i < 200_000; i++) {
            assertTrue(names.contains("person-" + i + "-classic.pdf"), "person " + i);
            assertFalse(names.contains("person-" + i + "-classic.docx"), "person " + i + " in DOCX");
        }
        assertFalse(names.contains(""));
        names.add("");
        assertTrue(names.contains(""));
    }
}
