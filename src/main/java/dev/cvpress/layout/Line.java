package dev.cvpress.layout;

import java.util.List;

/** One line of a paragraph: its pieces in order (spaces included) and their total width. */
record Line(List<Piece> pieces, double width) {

    Line {
        pieces = List.copyOf(pieces);
    }

    /** Tallest size on the line, which sets its height. */
    double size() {
        return pieces.stream().mapToDouble(Piece::size).max().orElse(0);
    }
}
