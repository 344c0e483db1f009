package dev.cvpress.layout;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.doc.Span;
import dev.cvpress.doc.SpanStyle;
import dev.cvpress.fonts.FallbackFonts;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.fonts.FontFace;
import dev.cvpress.units.Caps;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns spans into measured pieces: whitespace collapsed, case applied, and each character given
 * the first face that has it (the span's family, then the fallbacks). A character no face has is
 * left out with one warning naming it, never drawn as a blank box.
 */
final class Itemizer {
    /** Small capitals are capitals at this fraction of the size (no bundled font has real ones). */
    private static final double SMALL_CAPS_SCALE = 0.78;
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private final FontCatalog catalog;
    private final FallbackFonts fallbacks;
    /** One warning per character and field. */
    private final Map<String, Diagnostic> missing = new LinkedHashMap<>();
    private final Set<Integer> missingAnywhere = new HashSet<>();
    private final List<Diagnostic> rightToLeft = new ArrayList<>();

    Itemizer(FontCatalog catalog, List<String> fallbacks) {
        this.catalog = catalog;
        this.fallbacks = new FallbackFonts(catalog, fallbacks);
    }

    List<Diagnostic> warnings() {
        List<Diagnostic> all = new ArrayList<>(rightToLeft);
        all.addAll(missing.values());
        return all;
    }

    List<Piece> pieces(List<Span> spans) {
        List<Piece> out = new ArrayList<>();
        for (Span span : spans) {
            String text = withoutRightToLeft(collapsed(span.text()), span.source());
            if (span.style().caps() == Caps.ALL) {
                text = text.toUpperCase(Locale.ROOT);
            }
            itemize(text, span, out);
        }
        return out;
    }

    private void itemize(String text, Span span, List<Piece> out) {
        SpanStyle style = span.style();
        FontFace own = catalog.family(style.family())
                .orElseThrow(() -> new IllegalStateException("font family \"" + style.family()
                        + "\" is not in fonts/; the style names a family that is not bundled"))
                .face(style.bold(), style.italic());
        StringBuilder run = new StringBuilder();
        FontFace runFace = null;
        double runSize = 0;
        boolean runSpace = false;
        // A character left out takes a space beside it along, so no double space or edge space is left.
        boolean dropped = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean space = cp == ' ';
            boolean small = style.caps() == Caps.SMALL && Character.isLowerCase(cp)
                    && Character.toUpperCase(cp) != cp;
            int shown = small ? Character.toUpperCase(cp) : cp;
            FontFace face = own.covers(shown) || shown == ' ' ? own : fallbackFor(shown, style, text, span.source());
            if (face == null) {
                dropped = true;
                continue;
            }
            if (space && dropped && (runFace == null || runSpace)) {
                continue;
            }
            double size = small ? style.size() * SMALL_CAPS_SCALE : style.size();
            if (runFace != null && (face != runFace || size != runSize || space != runSpace)) {
                out.add(piece(run, runFace, runSize, runSpace, span));
                run.setLength(0);
            }
            run.appendCodePoint(shown);
            runFace = face;
            runSize = size;
            runSpace = space;
            dropped = false;
        }
        if (runFace != null && !(dropped && runSpace)) {
            out.add(piece(run, runFace, runSize, runSpace, span));
        }
    }

    /** A fallback without a bold face stands for it, emboldened. */
    private static Piece piece(CharSequence text, FontFace face, double size, boolean space, Span span) {
        SpanStyle style = span.style();
        return Piece.of(text.toString(), face, style.bold() && !face.bold(), size, style.color(), span.link(), space,
                span.separator());
    }

    /** Each run of whitespace and control characters as one space; the text itself when it has none to change. */
    private static String collapsed(String text) {
        int n = text.length();
        int first = 0;
        while (first < n && !(blank(text.charAt(first))
                && (text.charAt(first) != ' ' || first + 1 < n && blank(text.charAt(first + 1))))) {
            first++;
        }
        if (first == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, first);
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (!blank(c)) {
                out.append(c);
            } else if (i == first || !blank(text.charAt(i - 1))) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** Whitespace (space, tab, line breaks, form feed) or a control character: all are below U+00A0. */
    private static boolean blank(char c) {
        return c <= ' ' || c >= 0x7F && c <= 0x9F;
    }

    /**
     * Arabic and Hebrew need bidirectional reordering and shaping, which this layout does not do
     * yet; printing them in stored order would show them reversed and unjoined, so they are left
     * out with a warning instead.
     */
    private String withoutRightToLeft(String text, String source) {
        StringBuilder kept = new StringBuilder();
        boolean dropped = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            byte direction = Character.getDirectionality(cp);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                dropped = true;
            } else {
                kept.appendCodePoint(cp);
            }
        }
        if (!dropped) {
            return text;
        }
        rightToLeft.add(new Diagnostic(Severity.WARNING, "RTL_UNSUPPORTED", source, 0, 0,
                "right-to-left text (Arabic, Hebrew) cannot be laid out yet and was left out of \""
                        + abbreviate(text) + "\""));
        return SPACES.matcher(kept).replaceAll(" ");
    }

    /**
     * The first fallback face that has {@code cp}, which the span's own face lacks; null, with a
     * warning naming the field at {@code source}, when none has it.
     */
    private FontFace fallbackFor(int cp, SpanStyle style, String context, String source) {
        Optional<FontFace> fallback = fallbacks.faceFor(cp, style.bold(), style.italic());
        if (fallback.isPresent()) {
            return fallback.get();
        }
        boolean warned = !missingAnywhere.add(cp);
        if (source.isEmpty() && warned) {
            // text from no field (the footer's copy of the name) has nothing new to say
            return null;
        }
        missing.computeIfAbsent(source + " " + cp, key -> new Diagnostic(Severity.WARNING, "NO_GLYPH", source, 0, 0,
                String.format("no bundled font has U+%04X '%s' (in \"%s\"); it was left out of the PDF", cp,
                        new String(Character.toChars(cp)), abbreviate(context))));
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text.strip() : text.substring(0, 57).strip() + "…";
    }
}
