package dev.cvpress.units;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A length in PostScript points, written in styles as {@code 10pt}, {@code 18mm}, {@code 2cm} or {@code 0.5in}. */
public record Length(double points) {
    public static final Length ZERO = new Length(0);
    private static final Pattern SYNTAX = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*(pt|mm|cm|in)\\s*");

    public static Length parse(String text) {
        Matcher m = SYNTAX.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a length; write it as 10pt, 18mm, 2cm or 0.5in");
        }
        double value = Double.parseDouble(m.group(1));
        return new Length(switch (m.group(2)) {
            case "mm" -> value * 72 / 25.4;
            case "cm" -> value * 72 / 2.54;
            case "in" -> value * 72;
            default -> value;
        });
    }

    public static Length pt(double points) {
        return new Length(points);
    }

    /** Twentieths of a point, Word's unit for spacing, indents and page geometry. */
    public long twips() {
        return Math.round(points * 20);
    }
}
