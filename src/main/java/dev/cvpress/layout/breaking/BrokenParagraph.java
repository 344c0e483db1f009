package dev.cvpress.layout.breaking;

import java.util.List;

/** A paragraph's lines, top to bottom, and what the breaker had to do that a reader should know. */
public record BrokenParagraph(List<BrokenLine> lines, List<BreakWarning> warnings) {

    static final BrokenParagraph EMPTY = new BrokenParagraph(List.of(), List.of());

    public BrokenParagraph {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }
}
