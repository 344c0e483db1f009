package dev.cvpress.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes a word hyphenated across lines read whole. Its first part, hyphen included, extracts as
 * the whole word and its continuation as nothing, so "Kuber-" / "netes" reads "Kubernetes" on
 * the first line: an applicant-tracking system matches the keyword, a screen reader says the
 * word, and the added hyphen is never mistaken for one the author typed.
 *
 * <p>Why not simply mark the hyphen: PDFBox and poppler then read "Kuber" and "netes" on two
 * lines, two tokens no keyword search finds, and poppler no longer rejoins the word as it does for
 * an unmarked hyphen. With the whole word on its first part every extractor we tried (PDFBox,
 * poppler's raw, reading-order and layout modes) reads "Kubernetes".
 */
final class SplitWords {
    private SplitWords() {}

    /** The lines with every hyphenated word marked; {@code hyphenated.get(k)}: line k ends in an added hyphen. */
    static List<Line> mark(List<Line> lines, List<Boolean> hyphenated) {
        if (!hyphenated.contains(true)) {
            return lines;
        }
        List<List<Piece>> pieces = new ArrayList<>();
        lines.forEach(line -> pieces.add(new ArrayList<>(line.pieces())));
        int k = 0;
        while (k < lines.size() - 1) {
            k = hyphenated.get(k) ? markWord(pieces, hyphenated, k) : k + 1;
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(new Line(pieces.get(i), lines.get(i).width()));
        }
        return out;
    }

    /**
     * Marks the word that line {@code k} ends in, which may run through several lines (a long word
     * in a narrow column); returns the line where the word ends, whose last word may be split too.
     */
    private static int markWord(List<List<Piece>> pieces, List<Boolean> hyphenated, int k) {
        List<Piece> first = pieces.get(k);
        int start = first.size() - 1;
        while (start > 0 && !first.get(start - 1).space()) {
            start--;
        }
        StringBuilder word = new StringBuilder();
        textWithoutHyphen(first.subList(start, first.size()), word);
        int line = k + 1;
        while (true) {
            List<Piece> next = pieces.get(line);
            int end = 0;
            while (end < next.size() && !next.get(end).space()) {
                end++;
            }
            boolean continues = end == next.size() && hyphenated.get(line);
            if (continues) {
                textWithoutHyphen(next, word);
            } else {
                next.subList(0, end).forEach(p -> word.append(p.text()));
            }
            silence(next, 0, end);
            if (!continues) {
                break;
            }
            line++;
        }
        silence(first, start, first.size());
        first.set(start, first.get(start).withActualText(word.toString()));
        return line;
    }

    /** The pieces' text but for the last, the added hyphen. */
    private static void textWithoutHyphen(List<Piece> part, StringBuilder word) {
        part.subList(0, part.size() - 1).forEach(p -> word.append(p.text()));
    }

    private static void silence(List<Piece> line, int from, int to) {
        for (int i = from; i < to; i++) {
            line.set(i, line.get(i).withActualText(""));
        }
    }
}
