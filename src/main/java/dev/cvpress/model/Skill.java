package dev.cvpress.model;

import java.util.List;

/** A skill area, an optional level and its keywords. */
public record Skill(String name, String level, List<String> keywords) {
    public Skill {
        keywords = List.copyOf(keywords);
    }
}
