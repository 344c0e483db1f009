package dev.cvpress.layout;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Measured line breaking, first fit: words go on a line while they fit, breaking at spaces. A word
 * wider than the whole line (a long URL) is broken after '/', '-', '.', '_', '?', '&' or '='
 * where possible, or anywhere as a last resort, so no line ever passes the margin.
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
        for (List<Piece> word : words(pieces)) {
            double wordWidth = width(word);
            if (isSpace(word)) {
                if (!current.isEmpty()) {
                    current.addAll(word);
                    used += wordWidth;
                }
                continue;
            }
            if (used + wordWidth > width && hasText(current)) {
                lines.add(finish(current));
                current = new ArrayList<>();
                used = 0;
            }
            if (wordWidth > width) {
                List<List<Piece>> parts = split(word, width);
                for (List<Piece> part : parts.subList(0, parts.size() - 1)) {
                    lines.add(finish(part));
                }
                word = parts.get(parts.size() - 1);
                wordWidth = width(word);
            }
            current.addAll(word);
            used += wordWidth;
        }
        if (hasText(current)) {
            lines.add(finish(current));
        }
        return lines;
    }

    /** Words and the spaces between them, each a list of pieces. */
    private static List<List<Piece>> words(List<Piece> pieces) {
        List<List<Piece>> words = new ArrayList<>();
        List<Piece> word = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.space() != isSpace(word) && !word.isEmpty()) {
                words.add(word);
                word = new ArrayList<>();
            }
            word.add(piece);
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        return words;
    }

    /** Cuts an over-wide word into line-wide parts, preferring to cut after a break character. */
    private List<List<Piece>> split(List<Piece> word, double width) {
        List<Piece> chars = new ArrayList<>();
        for (Piece piece : word) {
            piece.text().codePoints().forEach(cp -> chars.add(Piece.of(new String(Character.toChars(cp)),
                    piece.face(), piece.size(), piece.color(), piece.link(), false)));
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
            int preferred = end;
            while (end < chars.size() && preferred > start + 1
                    && BREAK_AFTER.indexOf(chars.get(preferred - 1).text().charAt(0)) < 0) {
                preferred--;
            }
            if (end < chars.size()) {
                forced |= preferred == start + 1 && BREAK_AFTER.indexOf(chars.get(start).text().charAt(0)) < 0;
                end = preferred;
            }
            parts.add(merge(chars.subList(start, end)));
            start = end;
        }
        if (forced) {
            warnings.add(new Diagnostic(Severity.WARNING, "FORCED_BREAK", "", 0, 0,
                    "\"" + text(word) + "\" is wider than a line and was broken between letters"));
        }
        return parts;
    }

    private static List<Piece> merge(List<Piece> chars) {
        List<Piece> out = new ArrayList<>();
        for (Piece c : chars) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).sameLook(c)) {
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

    private static boolean isSpace(List<Piece> word) {
        return !word.isEmpty() && word.get(0).space();
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
