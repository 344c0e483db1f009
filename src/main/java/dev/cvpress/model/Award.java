package dev.cvpress.model;

import java.util.Optional;

/** An award and who gave it. */
public record Award(String title, Optional<PartialDate> date, String awarder, String summary) {}
