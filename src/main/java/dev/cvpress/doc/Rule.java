package dev.cvpress.doc;

import dev.cvpress.units.Rgb;

/** A horizontal line under a paragraph, {@code gap} points below its last line; width 0 for none. */
public record Rule(double width, Rgb color, double gap) {
    public static final Rule NONE = new Rule(0, Rgb.BLACK, 0);

    public boolean visible() {
        return width > 0;
    }
}
