package dev.cvpress.model;

import java.util.List;

/** A course of study: institution, degree type, field, score and notable courses. */
public record Education(String institution, String url, String area, String studyType, DateRange dates,
        String score, List<String> courses) {
    public Education {
        courses = List.copyOf(courses);
    }
}
