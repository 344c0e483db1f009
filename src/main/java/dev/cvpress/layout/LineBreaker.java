package dev.cvpress.layout;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.layout.breaking.BrokenParagraph;
import dev.cvpress.layout.breaking.Mode;
import dev.cvpress.layout.breaking.ParagraphBreaker;
import dev.cvpress.layout.breaking.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout's door to optimal-fit line breaking ({@link ParagraphBreaker}, Knuth–Plass over the
 * measured pieces): ragged right, never a line past the measure. Hyphenation stays off until a
 * hyphen at a line end is marked so text extraction joins the word again.
 */
final class LineBreaker {
    private final List<Diagnostic> warnings = new ArrayList<>();

    List<Diagnostic> warnings() {
        return List.copyOf(warnings);
    }

    List<Line> lines(List<Piece> pieces, double width) {
        return lines(pieces, width, width);
    }

    /** Lines whose first is {@code firstWidth} wide (beside a row's flush-right text) and the rest {@code width}. */
    List<Line> lines(List<Piece> pieces, double firstWidth, double width) {
        List<Run> runs = pieces.stream()
                .map(p -> new Run(p.text(), p.face(), p.size(), p.width(), p.space(), p))
                .toList();
        BrokenParagraph broken = ParagraphBreaker.breakParagraph(runs, firstWidth, width, Mode.RAGGED, null);
        broken.warnings().forEach(w -> warnings.add(new Diagnostic(Severity.WARNING, w.code(), "", 0, 0, w.message())));
        return broken.lines().stream()
                .map(line -> new Line(line.runs().stream().map(LineBreaker::piece).toList(), line.width()))
                .toList();
    }

    /** The piece a run came from, with the run's text and measured width (a run may be part of a piece). */
    private static Piece piece(Run run) {
        Piece from = (Piece) run.payload();
        return new Piece(run.text(), from.face(), from.size(), from.color(), from.link(), run.space(), run.width());
    }
}
