package dev.cvpress.doc;

import java.util.Optional;

/** Text in one style, optionally a link (an absolute {@code https:}, {@code http:} or {@code mailto:} URI). */
public record Span(String text, SpanStyle style, Optional<String> link) {

    public static Span of(String text, SpanStyle style) {
        return new Span(text, style, Optional.empty());
    }

    public static Span link(String text, SpanStyle style, String uri) {
        return new Span(text, style, Optional.of(uri));
    }
}
