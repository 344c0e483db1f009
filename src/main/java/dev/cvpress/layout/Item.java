package dev.cvpress.layout;

import dev.cvpress.fonts.FontFace;
import dev.cvpress.units.Rgb;

/**
 * Something placed on a page. Coordinates are points from the page's top-left corner, y downwards;
 * exporters convert to their own system.
 */
public sealed interface Item {

    /** Text on one baseline in one face; {@code width} is its measured advance. */
    record Text(double x, double baseline, String text, FontFace face, double size, Rgb color, double width)
            implements Item {}

    /** A straight stroke. */
    record Line(double x1, double y1, double x2, double y2, double thickness, Rgb color) implements Item {}

    /** A clickable area leading to {@code uri}. */
    record Link(double x, double top, double width, double height, String uri) implements Item {}
}
