package dev.cvpress.style;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Spelling;
import dev.cvpress.units.Length;
import dev.cvpress.units.PageSize;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Changes to a style asked for at render time (the command line's {@code --margins},
 * {@code --accent} and {@code --font-size}). They are applied to the style's tree before it is
 * bound, so that every {@code color: accent} follows a new accent and text roles that inherit the
 * body size follow a new one.
 *
 * @param margins  the page margins, replacing the style's
 * @param accent   the accent colour: {@code #RRGGBB} or the name of a colour in the style's palette
 * @param bodySize the body text size; every text role's size is scaled by new / old body size, so
 *                 the hierarchy of sizes stays (spacing and line heights do not change)
 */
public record StyleOverrides(Optional<Page.Margins> margins, Optional<String> accent, Optional<Length> bodySize) {
    public static final StyleOverrides NONE = new StyleOverrides(Optional.empty(), Optional.empty(), Optional.empty());
    private static final double MIN_BODY_POINTS = 5;
    private static final double MAX_BODY_POINTS = 30;
    private static final String ACCENT = "accent";

    public StyleOverrides {
        margins.ifPresent(StyleOverrides::checkMargins);
        accent.ifPresent(StyleOverrides::checkAccent);
        bodySize.ifPresent(StyleOverrides::checkBodySize);
    }

    /**
     * Margins written as in CSS: one length for every side, two (top and bottom, left and right),
     * three (top, left and right, bottom) or four (top, right, bottom, left), apart by spaces or
     * commas; units pt, mm, cm or in.
     */
    public static Page.Margins parseMargins(String text) {
        String[] parts = text.strip().split("[\\s,]+");
        if (text.isBlank() || parts.length > 4) {
            throw new IllegalArgumentException("\"" + text + "\" is not a set of margins; give one to four lengths "
                    + "(top right bottom left, as in CSS), e.g. 20mm or \"18mm 15mm\"");
        }
        Length[] l = Arrays.stream(parts).map(Length::parse).toArray(Length[]::new);
        Page.Margins margins = switch (l.length) {
            case 1 -> new Page.Margins(l[0], l[0], l[0], l[0]);
            case 2 -> new Page.Margins(l[0], l[1], l[0], l[1]);
            case 3 -> new Page.Margins(l[0], l[1], l[2], l[1]);
            default -> new Page.Margins(l[0], l[1], l[2], l[3]);
        };
        checkMargins(margins);
        return margins;
    }

    /** {@code #RRGGBB}, or a name to look up in the style's palette when the style is loaded. */
    public static String parseAccent(String text) {
        String accent = text.strip();
        checkAccent(accent);
        return accent;
    }

    /** A body size in points ({@code 10.5}) or as a length with its unit ({@code 10.5pt}). */
    public static Length parseBodySize(String text) {
        String written = text.strip();
        Length size;
        try {
            size = written.matches("\\d+(\\.\\d+)?") ? Length.pt(Double.parseDouble(written)) : Length.parse(written);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a font size; write it in points (10.5) "
                    + "or as a length (10.5pt)");
        }
        checkBodySize(size);
        return size;
    }

    private static void checkMargins(Page.Margins m) {
        double narrowest = Arrays.stream(PageSize.values()).mapToDouble(PageSize::width).min().orElseThrow();
        double shortest = Arrays.stream(PageSize.values()).mapToDouble(PageSize::height).min().orElseThrow();
        if (Math.min(Math.min(m.top().points(), m.right().points()), Math.min(m.bottom().points(), m.left().points())) < 0) {
            throw new IllegalArgumentException("margins cannot be negative");
        }
        if (m.left().points() + m.right().points() > narrowest / 2 || m.top().points() + m.bottom().points() > shortest / 2) {
            throw new IllegalArgumentException(String.format("margins that large leave less than half the paper for text; "
                    + "left and right together may be up to %.0fmm, top and bottom up to %.0fmm",
                    millimetres(narrowest / 2), millimetres(shortest / 2)));
        }
    }

    private static void checkAccent(String accent) {
        boolean hex = accent.startsWith("#");
        if (hex ? !accent.matches("#[0-9a-fA-F]{6}") : !StyleShape.COLOR_NAME.matcher(accent).matches()) {
            throw new IllegalArgumentException("\"" + accent + "\" is not a colour; write it as #RRGGBB "
                    + "or as the name of a colour in the style's palette");
        }
    }

    private static void checkBodySize(Length size) {
        if (size.points() < MIN_BODY_POINTS || size.points() > MAX_BODY_POINTS) {
            throw new IllegalArgumentException(String.format("a body size of %spt is out of range; use %.0f to %.0fpt",
                    BigDecimal.valueOf(size.points()).stripTrailingZeros().toPlainString(), MIN_BODY_POINTS, MAX_BODY_POINTS));
        }
    }

    /** Writes the overrides into a merged style tree, before palette names are resolved and roles inherit. */
    void applyTo(ObjectNode style, String id) throws StyleException {
        if (margins.isPresent()) {
            Page.Margins m = margins.get();
            style.withObjectProperty("page").putObject("margins")
                    .put("top", text(m.top())).put("right", text(m.right()))
                    .put("bottom", text(m.bottom())).put("left", text(m.left()));
        }
        if (accent.isPresent()) {
            ObjectNode palette = style.withObjectProperty(StyleTree.COLORS);
            palette.put(ACCENT, accentHex(accent.get(), palette, id));
        }
        if (bodySize.isPresent()) {
            scaleSizes(style.withObjectProperty(StyleTree.TEXT), bodySize.get());
        }
    }

    private static String accentHex(String accent, ObjectNode palette, String id) throws StyleException {
        if (accent.startsWith("#")) {
            return accent;
        }
        JsonNode named = palette.get(accent);
        if (named == null) {
            Iterable<String> names = palette::fieldNames;
            throw new StyleException("accent \"" + accent + "\": style " + id + " has no colour of that name"
                    + Spelling.closest(accent, names).map(m -> " (did you mean \"" + m + "\"?)").orElse("")
                    + "; write #RRGGBB or one of " + String.join(", ", names));
        }
        return named.asText();
    }

    private static void scaleSizes(ObjectNode text, Length body) {
        double old = Length.parse(text.path(StyleTree.BODY).path("size").asText()).points();
        for (Map.Entry<String, JsonNode> role : text.properties()) {
            if (role.getValue() instanceof ObjectNode roleStyle && roleStyle.path("size").isTextual()) {
                double size = Length.parse(roleStyle.get("size").asText()).points();
                roleStyle.put("size", text(Length.pt(size * body.points() / old)));
            }
        }
    }

    private static String text(Length length) {
        return BigDecimal.valueOf(length.points()).toPlainString() + "pt";
    }

    private static double millimetres(double points) {
        return points * 25.4 / 72;
    }
}
