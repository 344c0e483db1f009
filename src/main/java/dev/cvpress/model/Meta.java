package dev.cvpress.model;

import java.time.Instant;
import java.util.Optional;

/** Document metadata: where the canonical copy lives, its version and when it last changed. */
public record Meta(String canonical, String version, Optional<Instant> lastModified) {
    public static final Meta NONE = new Meta("", "", Optional.empty());
}
