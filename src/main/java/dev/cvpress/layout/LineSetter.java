package dev.cvpress.layout;

import dev.cvpress.doc.ParagraphStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Positions the pieces of one line: aligned within its measure (a justified line's pieces already
 * fill it), baseline placed so the font's ascent and descent sit centred in the line height,
 * adjacent pieces of the same look merged into one text item (spaces included, so extracted text
 * has real spaces), links marked.
 */
final class LineSetter {
    private LineSetter() {}

    /** The line's height: the paragraph's line-height times the largest size on it. */
    static double height(ParagraphStyle style, Line line) {
        return style.lineHeight() * Math.max(line.size(), style.text().size());
    }

    static double baseline(ParagraphStyle style, Line line) {
        double size = Math.max(line.size(), style.text().size());
        double ascent = line.pieces().stream().mapToDouble(p -> p.face().ascent() * p.size()).max().orElse(0.8 * size);
        double descent = line.pieces().stream().mapToDouble(p -> p.face().descent() * p.size()).max().orElse(0.2 * size);
        return (height(style, line) - ascent - descent) / 2 + ascent;
    }

    /** Items for {@code line} in a measure starting at {@code left}, {@code width} wide, as part of {@code node}. */
    static List<Item> set(ParagraphStyle style, Line line, double left, double width, double baseline, int node,
            Structure structure) {
        double x = left + switch (style.align()) {
            case CENTER -> (width - line.width()) / 2;
            case RIGHT -> width - line.width();
            case LEFT, JUSTIFY -> 0;
        };
        return place(line.pieces(), x, baseline, LineSetter.height(style, line), node, structure);
    }

    /** Items for pieces starting at {@code x}; links cover the line's full height. */
    static List<Item> place(List<Piece> pieces, double x, double baseline, double lineHeight, int node,
            Structure structure) {
        List<Item> items = new ArrayList<>();
        for (Piece piece : merged(pieces)) {
            int owner = structure.textNode(node, piece.link());
            items.add(new Item.Text(x, baseline, piece.text(), piece.face(), piece.emboldened(), piece.size(), piece.color(),
                    piece.width(), owner, piece.actualText(), piece.wordSpacing()));
            if (piece.link().isPresent() && owner != StructNode.ARTIFACT) {
                items.add(new Item.Link(x, 0, piece.width(), lineHeight, piece.link().get(), owner));
            }
            x += piece.width();
        }
        return items;
    }

    /** Adjacent pieces that look alike become one item, spaces included (see {@link Piece#joins}). */
    private static List<Piece> merged(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (Piece piece : pieces) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).joins(piece)) {
                out.set(last, out.get(last).append(piece));
            } else {
                out.add(piece);
            }
        }
        return out;
    }
}
