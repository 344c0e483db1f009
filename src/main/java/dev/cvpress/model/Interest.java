package dev.cvpress.model;

import java.util.List;

/** An interest and its keywords. */
public record Interest(String name, List<String> keywords) {
    public Interest {
        keywords = List.copyOf(keywords);
    }
}
