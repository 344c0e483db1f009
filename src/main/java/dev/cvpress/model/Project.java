package dev.cvpress.model;

import java.util.List;

/** A project, with the person's roles in it. */
public record Project(String name, String description, List<String> highlights, List<String> keywords,
        DateRange dates, String url, List<String> roles, String entity, String type) {
    public Project {
        highlights = List.copyOf(highlights);
        keywords = List.copyOf(keywords);
        roles = List.copyOf(roles);
    }
}
