package dev.cvpress.layout;

import dev.cvpress.fonts.FontFace;
import dev.cvpress.units.Rgb;

/**
 * Something placed on a page. Coordinates are points from the page's top-left corner, y downwards;
 * exporters convert to their own system.
 */
public sealed interface Item {

    /**
     * Text on one baseline in one face; {@code width} is its measured advance, {@code node} the
     * structure element it belongs to ({@link StructNode#ARTIFACT} for page furniture).
     */
    record Text(double x, double baseline, String text, FontFace face, double size, Rgb color, double width,
            int node) implements Item {}

    /** A straight stroke; always decoration. */
    record Line(double x1, double y1, double x2, double y2, double thickness, Rgb color) implements Item {}

    /** A filled rectangle, {@code top} and {@code height} downwards; always decoration (a sidebar's panel). */
    record Rect(double x, double top, double width, double height, Rgb color) implements Item {}

    /** A clickable area leading to {@code uri}, part of the Link element {@code node}. */
    record Link(double x, double top, double width, double height, String uri, int node) implements Item {}
}
