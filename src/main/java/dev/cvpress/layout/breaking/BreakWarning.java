package dev.cvpress.layout.breaking;

/**
 * Something the breaker did against good typography to keep every line inside the margin.
 * {@code code} is stable: {@value #FORCED_BREAK} when a word wider than a line was cut between
 * letters, {@value #OVERFULL_LINE} when even a single character is wider than the line.
 */
public record BreakWarning(String code, String message) {
    public static final String FORCED_BREAK = "FORCED_BREAK";
    public static final String OVERFULL_LINE = "OVERFULL_LINE";
}
