package dev.cvpress.layout;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measured line breaking, first fit, at the break opportunities of Unicode line breaking (the
 * JDK's {@link BreakIterator}: after spaces and hyphens, between CJK ideographs). A segment wider
 * than the whole line (a long URL) is cut after '/', '-', '.', '_', '?', '&' or '=' where
 * possible, or anywhere as a last resort with a warning, so no line ever passes the margin.
 */
final class LineBreaker {
    private static final String BREAK_AFTER = "/-._?&=";
    private final List<Diagnostic> warnings = new ArrayList<>();

    List<Diagnostic> warnings() {
        return List.copyOf(warnings);
    }

    List<Line> lines(List<Piece> pieces, double width) {
        List<Line> lines = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        double used = 0;
        for (List<Piece> segment : segments(pieces)) {
            double inkWidth = width(segment.stream().filter(p -> !p.space()).toList());
            if (used + inkWidth > width && hasText(current)) {
                lines.add(finish(current));
                current = new ArrayList<>();
                used = 0;
            }
            if (inkWidth > width) {
                List<List<Piece>> parts = split(segment, width);
                for (List<Piece> part : parts.subList(0, parts.size() - 1)) {
                    lines.add(finish(part));
                }
                segment = parts.get(parts.size() - 1);
            }
            if (!current.isEmpty() || hasText(segment)) {
                current.addAll(segment);
                used += width(segment);
            }
        }
        if (hasText(current)) {
            lines.add(finish(current));
        }
        return lines;
    }

    /** The pieces cut at every line break opportunity; each segment ends with its spaces. */
    private static List<List<Piece>> segments(List<Piece> pieces) {
        StringBuilder text = new StringBuilder();
        pieces.forEach(p -> text.append(p.text()));
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(text.toString());
        List<List<Piece>> segments = new ArrayList<>();
        List<Piece> segment = new ArrayList<>();
        int offset = 0;
        int boundary = next(breaks, text);
        for (Piece piece : pieces) {
            int end = offset + piece.text().length();
            int cut = offset;
            while (boundary != BreakIterator.DONE && boundary <= end) {
                if (boundary > cut) {
                    segment.add(piece.slice(cut - offset, boundary - offset));
                }
                segments.add(segment);
                segment = new ArrayList<>();
                cut = boundary;
                boundary = next(breaks, text);
            }
            if (end > cut) {
                segment.add(piece.slice(cut - offset, end - offset));
            }
            offset = end;
        }
        if (!segment.isEmpty()) {
            segments.add(segment);
        }
        return segments;
    }

    /**
     * The next break opportunity, skipping the JDK's breaks inside addresses and numbers
     * ("example.org", "3.5", "a/b"), which Unicode line breaking does not allow either.
     */
    private static int next(BreakIterator breaks, CharSequence text) {
        int boundary = breaks.next();
        while (boundary != BreakIterator.DONE && boundary > 0 && boundary < text.length()
                && ".,:/@".indexOf(text.charAt(boundary - 1)) >= 0 && Character.isLetterOrDigit(text.charAt(boundary))) {
            boundary = breaks.next();
        }
        return boundary;
    }

    /** Cuts an over-wide word into line-wide parts, preferring to cut after a break character. */
    private List<List<Piece>> split(List<Piece> word, double width) {
        List<Piece> chars = new ArrayList<>();
        for (Piece piece : word) {
            piece.text().codePoints().forEach(cp -> chars.add(Piece.of(new String(Character.toChars(cp)),
                    piece.face(), piece.size(), piece.color(), piece.link(), piece.space())));
        }
        List<List<Piece>> parts = new ArrayList<>();
        boolean forced = false;
        int start = 0;
        while (start < chars.size()) {
            int end = start;
            double used = 0;
            while (end < chars.size() && (end == start || used + chars.get(end).width() <= width)) {
                used += chars.get(end++).width();
            }
            if (end < chars.size()) {
                int preferred = end;
                while (preferred > start + 1 && !breaksAfter(chars.get(preferred - 1))) {
                    preferred--;
                }
                if (breaksAfter(chars.get(preferred - 1)) && width(chars.subList(start, preferred)) > width / 2) {
                    end = preferred;
                } else {
                    forced = true;
                }
            }
            parts.add(merge(chars.subList(start, end)));
            start = end;
        }
        if (forced) {
            warnings.add(new Diagnostic(Severity.WARNING, "FORCED_BREAK", "", 0, 0,
                    "\"" + abbreviated(text(word)) + "\" is wider than a line and was broken between letters"));
        }
        return parts;
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text.strip() : text.substring(0, 57) + "…";
    }

    private static boolean breaksAfter(Piece character) {
        return BREAK_AFTER.indexOf(character.text().charAt(0)) >= 0;
    }

    private static List<Piece> merge(List<Piece> chars) {
        List<Piece> out = new ArrayList<>();
        for (Piece c : chars) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).sameLook(c) && out.get(last).space() == c.space()) {
                out.set(last, out.get(last).append(c));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static Line finish(List<Piece> pieces) {
        List<Piece> trimmed = new ArrayList<>(pieces);
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).space()) {
            trimmed.remove(trimmed.size() - 1);
        }
        return new Line(trimmed, width(trimmed));
    }

    private static boolean hasText(List<Piece> pieces) {
        return pieces.stream().anyMatch(p -> !p.space());
    }

    private static double width(List<Piece> pieces) {
        return pieces.stream().mapToDouble(Piece::width).sum();
    }

    private static String text(List<Piece> pieces) {
        StringBuilder out = new StringBuilder();
        pieces.forEach(p -> out.append(p.text()));
        return out.toString();
    }
}
