package dev.cvpress.layout;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.layout.breaking.BrokenLine;
import dev.cvpress.layout.breaking.BrokenParagraph;
import dev.cvpress.layout.breaking.Mode;
import dev.cvpress.layout.breaking.ParagraphBreaker;
import dev.cvpress.layout.breaking.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout's door to optimal-fit line breaking ({@link ParagraphBreaker}, Knuth–Plass over the
 * measured pieces): ragged right or justified, never a line past the measure, prose hyphenated in
 * the document's language, and a hyphenated word marked so that it extracts whole.
 */
final class LineBreaker {
    private final String language;
    private final List<Diagnostic> warnings = new ArrayList<>();

    /** {@code language}: BCP 47 tag choosing the hyphenation patterns; none for a language without them. */
    LineBreaker(String language) {
        this.language = language;
    }

    List<Diagnostic> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Lines whose first is {@code firstWidth} wide (beside a row's flush-right text) and the rest
     * {@code width}; {@code hyphenate} for prose; {@code source}: the résumé field warnings name.
     */
    List<Line> lines(List<Piece> pieces, double firstWidth, double width, Mode mode, boolean hyphenate,
            String source) {
        List<Run> runs = pieces.stream()
                .map(p -> new Run(p.text(), p.face(), p.size(), p.width(), p.space(), p))
                .toList();
        BrokenParagraph broken = ParagraphBreaker.breakParagraph(runs, firstWidth, width, mode,
                hyphenate ? language : null);
        for (var warning : broken.warnings()) {
            // Text from no field (the footer's copy of the name) repeats what the field's own warning said.
            boolean repeated = source.isEmpty() && warnings.stream().anyMatch(w -> w.message().equals(warning.message()));
            if (!repeated) {
                warnings.add(new Diagnostic(Severity.WARNING, warning.code(), source, 0, 0, warning.message()));
            }
        }
        List<Line> lines = new ArrayList<>(broken.lines().stream()
                .map(line -> new Line(line.runs().stream().map(LineBreaker::piece).toList(), line.width()))
                .toList());
        if (mode != Mode.JUSTIFIED) {
            for (int i = 0; i < lines.size() - 1; i++) {
                lines.set(i, withoutTrailingSeparator(lines.get(i)));
            }
        }
        return SplitWords.mark(lines, broken.lines().stream().map(BrokenLine::hyphenated).toList());
    }

    /**
     * An inline list's separator at the end of a line separates nothing (the next item starts the
     * next line), so it goes, with the spaces around it; a justified line keeps it to stay flush.
     */
    private static Line withoutTrailingSeparator(Line line) {
        List<Piece> pieces = new ArrayList<>(line.pieces());
        double width = line.width();
        if (pieces.stream().noneMatch(Piece::separator)) {
            return line;
        }
        while (!pieces.isEmpty() && (pieces.get(pieces.size() - 1).space() || pieces.get(pieces.size() - 1).separator())) {
            width -= pieces.remove(pieces.size() - 1).width();
        }
        return new Line(pieces, width);
    }

    /**
     * The piece a run came from, with the run's text and measured width (a run may be part of a
     * piece); a justified space's width differs from its piece's by the word spacing.
     */
    private static Piece piece(Run run) {
        Piece from = (Piece) run.payload();
        double spacing = run.space() ? (run.width() - from.width()) / run.text().length() : 0;
        return new Piece(run.text(), from.face(), from.emboldened(), from.size(), from.color(), from.link(), run.space(),
                run.width(), from.actualText(), spacing, from.separator());
    }
}
