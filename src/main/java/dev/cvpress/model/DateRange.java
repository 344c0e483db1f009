package dev.cvpress.model;

import java.util.Optional;

/**
 * When something happened. A range with a start and no end is ongoing ("present"), as JSON
 * Resume means a missing {@code endDate}; a range with neither is {@link #NONE}.
 */
public record DateRange(Optional<PartialDate> start, Optional<PartialDate> end) {
    public static final DateRange NONE = new DateRange(Optional.empty(), Optional.empty());

    public boolean isEmpty() {
        return start.isEmpty() && end.isEmpty();
    }

    public boolean isOngoing() {
        return start.isPresent() && end.isEmpty();
    }
}
