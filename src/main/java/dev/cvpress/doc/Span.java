package dev.cvpress.doc;

import java.util.Optional;

/**
 * Text in one style, optionally a link (an absolute {@code https:}, {@code http:} or {@code mailto:}
 * URI). {@code source} is the JSON pointer of the résumé field the text comes from (empty for the
 * style's own words), so a problem with the text can name the field. {@code prose} marks running
 * text (a summary, a highlight) that may be hyphenated; names, titles, dates and addresses never are.
 * {@code separator} marks the "·" between the items of an inline list, which a paged layout leaves
 * out where a line ends after it.
 */
public record Span(String text, SpanStyle style, Optional<String> link, String source, boolean prose,
        boolean separator) {

    public Span(String text, SpanStyle style, Optional<String> link, String source, boolean prose) {
        this(text, style, link, source, prose, false);
    }

    public static Span of(String text, SpanStyle style) {
        return new Span(text, style, Optional.empty(), "", false);
    }

    public static Span link(String text, SpanStyle style, String uri) {
        return new Span(text, style, Optional.of(uri), "", false);
    }

    /** The text between the items of an inline list. */
    public static Span separator(String text, SpanStyle style) {
        return new Span(text, style, Optional.empty(), "", false, true);
    }

    /** The same text, from the résumé field at JSON pointer {@code pointer} (e.g. {@code /work/0/summary}). */
    public Span from(String pointer) {
        return new Span(text, style, link, pointer, prose, separator);
    }

    /** The same text as running prose, which may be hyphenated. */
    public Span asProse() {
        return new Span(text, style, link, source, true, separator);
    }
}
