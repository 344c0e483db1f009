package dev.cvpress.model;

import java.util.List;

/** Unpaid work for an organization. */
public record Volunteer(String organization, String position, String url, DateRange dates, String summary,
        List<String> highlights) {
    public Volunteer {
        highlights = List.copyOf(highlights);
    }
}
