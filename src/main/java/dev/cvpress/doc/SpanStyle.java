package dev.cvpress.doc;

import dev.cvpress.units.Caps;
import dev.cvpress.units.Rgb;

/** How a run of characters looks: family, weight and slant, size in points, colour and case. */
public record SpanStyle(String family, boolean bold, boolean italic, double size, Rgb color, Caps caps) {

    public SpanStyle withBold(boolean value) {
        return new SpanStyle(family, value, italic, size, color, caps);
    }

    public SpanStyle withItalic(boolean value) {
        return new SpanStyle(family, bold, value, size, color, caps);
    }

    public SpanStyle withColor(Rgb value) {
        return new SpanStyle(family, bold, italic, size, value, caps);
    }
}
