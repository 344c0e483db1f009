package dev.cvpress.style;

import dev.cvpress.units.Align;
import dev.cvpress.units.Caps;
import dev.cvpress.units.Length;
import dev.cvpress.units.Rgb;

/** How one role of text looks: font, size, colour, and the paragraph spacing around it. */
public record TextStyle(String family, Length size, Weight weight, boolean italic, Rgb color, Caps caps,
        Align align, double lineHeight, Length spaceBefore, Length spaceAfter, Length indent) {

    /** Font weights that every bundled family provides as a real face. */
    public enum Weight { REGULAR, BOLD }

    public boolean bold() {
        return weight == Weight.BOLD;
    }
}
