package dev.cvpress.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntryTemplateTest {
    private static String fill(String template, Map<String, String> values) {
        return EntryTemplate.fill(template, name -> values.getOrDefault(name, ""));
    }

    @Test
    void textBetweenTwoPresentFieldsIsKept() {
        assertEquals("MSc, Physics", fill("{study_type}, {area}", Map.of("study_type", "MSc", "area", "Physics")));
    }

    @Test
    void separatorsBesideAMissingFieldVanish() {
        Map<String, String> noRoles = Map.of("entity", "Acme", "type", "app");
        assertEquals("Acme · app", fill("{roles} · {entity} · {type}", noRoles));
        assertEquals("Lead · app", fill("{roles} · {entity} · {type}", Map.of("roles", "Lead", "type", "app")));
        assertEquals("Lead", fill("{roles} · {entity} · {type}", Map.of("roles", "Lead")));
        assertEquals("", fill("{roles} · {entity} · {type}", Map.of()));
    }

    @Test
    void theTextJustBeforeTheNextPresentFieldWins() {
        assertEquals("Acme (2021)", fill("{name}, {place} ({year})", Map.of("name", "Acme", "year", "2021")));
    }

    @Test
    void prefixAndSuffixGoWithTheirField() {
        assertEquals("[3]", fill("[{number}]", Map.of("number", "3")));
        assertEquals("", fill("[{number}]", Map.of()));
        assertEquals("by Ada", fill("by {author}", Map.of("author", "Ada")));
    }

    @Test
    void plainTextAndPlaceholderNames() {
        assertEquals("Contact", fill("Contact", Map.of()));
        assertEquals(Set.of("position", "name"), EntryTemplate.placeholders("{position}, {name}"));
    }
}
