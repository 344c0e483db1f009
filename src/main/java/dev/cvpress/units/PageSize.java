package dev.cvpress.units;

import java.util.Locale;

/** The paper sizes a résumé is printed on. */
public enum PageSize {
    A4(595.276, 841.89),
    LETTER(612, 792);

    private final double width;
    private final double height;

    PageSize(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public static PageSize parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + name + "\" is not a page size; use A4 or Letter");
        }
    }
}
