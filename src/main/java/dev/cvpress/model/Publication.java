package dev.cvpress.model;

import java.util.Optional;

/** A published work. */
public record Publication(String name, String publisher, Optional<PartialDate> releaseDate, String url,
        String summary) {}
