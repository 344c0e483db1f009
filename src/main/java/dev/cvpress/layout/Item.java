package dev.cvpress.layout;

import dev.cvpress.fonts.FontFace;
import dev.cvpress.units.Rgb;
import java.util.Optional;

/**
 * Something placed on a page. Coordinates are points from the page's top-left corner, y downwards;
 * exporters convert to their own system.
 */
public sealed interface Item {

    /**
     * Text on one baseline in one face; {@code width} is its measured advance, {@code node} the
     * structure element it belongs to ({@link StructNode#ARTIFACT} for page furniture).
     * {@code actualText}, when present, is what extractors and screen readers must read instead of
     * the painted characters: the whole word on the first part of a hyphenated word (its added
     * hyphen included), nothing on the rest of it (PDF: a Span with /ActualText).
     * {@code wordSpacing} is added to the advance of every space (U+0020) in a justified line, and
     * is already counted in {@code width}. {@code emboldened}: the text asks for bold, which the face
     * lacks; the painters draw it filled and stroked, {@link #emboldening} wide.
     */
    record Text(double x, double baseline, String text, FontFace face, boolean emboldened, double size, Rgb color,
            double width, int node, Optional<String> actualText, double wordSpacing) implements Item {

        /**
         * The width of the outline stroked around each glyph of emboldened text, in points: a
         * twenty-fifth of an em thickens a stem about as much as a bold weight would.
         */
        public double emboldening() {
            return emboldened ? size / 25 : 0;
        }
    }

    /** A straight stroke; always decoration. */
    record Line(double x1, double y1, double x2, double y2, double thickness, Rgb color) implements Item {}

    /** A filled rectangle, {@code top} and {@code height} downwards; always decoration (a sidebar's panel). */
    record Rect(double x, double top, double width, double height, Rgb color) implements Item {}

    /** A clickable area leading to {@code uri}, part of the Link element {@code node}. */
    record Link(double x, double top, double width, double height, String uri, int node) implements Item {}
}
