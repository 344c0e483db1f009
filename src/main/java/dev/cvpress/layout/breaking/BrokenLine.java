package dev.cvpress.layout.breaking;

import java.util.List;

/**
 * One line of a broken paragraph: its runs in order and their total width. Spaces between words
 * are included (never at either end of the line); in justified mode their widths are the adjusted
 * ones, so the runs add up to the measure. A line ending in a hyphenated word has a last run "-"
 * in that word's face and size, carrying that word's payload; its width includes its kerning with
 * the letter before it.
 */
public record BrokenLine(List<Run> runs, double width, boolean hyphenated) {

    public BrokenLine {
        runs = List.copyOf(runs);
    }
}
