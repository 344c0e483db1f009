package dev.cvpress.layout.breaking;

/** How a paragraph's lines meet the right margin. */
public enum Mode {
    /**
     * Ragged right: spaces keep their natural width and the slack of each line goes after its
     * last word, like TeX's {@code \raggedright} (stretch on each line's end, none between words).
     */
    RAGGED,
    /**
     * Justified: spaces stretch by up to half and shrink by up to a third of their width so every
     * line but the last meets both margins; the last line keeps natural spaces.
     */
    JUSTIFIED
}
