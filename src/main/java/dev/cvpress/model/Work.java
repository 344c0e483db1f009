package dev.cvpress.model;

import java.util.List;

/** A position held at an employer. */
public record Work(String name, String position, String location, String description, String url,
        DateRange dates, String summary, List<String> highlights) {
    public Work {
        highlights = List.copyOf(highlights);
    }
}
