package dev.cvpress.compose;

import dev.cvpress.doc.Span;
import dev.cvpress.doc.SpanStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Joining parts with separators that vanish when a part is empty. */
final class Inline {
    private Inline() {}

    static String join(String separator, String... parts) {
        return String.join(separator, Arrays.stream(parts).filter(p -> !p.isBlank()).toList());
    }

    static String join(String separator, List<String> parts) {
        return join(separator, parts.toArray(String[]::new));
    }

    /**
     * Span groups joined by a separator span; empty groups are dropped first. The separator's
     * leading space does not break, so a wrapped line never starts with "·", and the layout drops
     * one that ends a line.
     */
    static List<Span> joinSpans(String separator, SpanStyle style, List<List<Span>> groups) {
        String bound = separator.replaceFirst("^\\s+", "\u00A0");
        List<Span> out = new ArrayList<>();
        for (List<Span> group : groups) {
            if (group.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.add(Span.separator(bound, style));
            }
            out.addAll(group);
        }
        return out;
    }
}
