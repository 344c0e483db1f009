package dev.cvpress.doc;

import dev.cvpress.units.Rgb;
import java.util.List;
import java.util.Optional;

/** A piece of a document: the backend-independent tree every exporter reads. */
public sealed interface Block {

    /** A paragraph of styled spans. */
    record Paragraph(ParagraphStyle style, List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /**
     * A "title … dates" line: {@code left} flows from the left margin, {@code right} is set flush
     * right on the first line.
     */
    record Row(ParagraphStyle style, List<Span> left, List<Span> right) implements Block {
        public Row {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    /** Bulleted items; the marker hangs in the style's indent, {@code gap} points before the text. */
    record BulletList(ParagraphStyle style, String marker, double gap, List<List<Span>> items) implements Block {
        public BulletList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Blocks that belong together: a whole section, or one entry within it. A group no taller than
     * {@code keepWhole} of a page's text height moves whole to the next page rather than split (0:
     * it may always split; 1: it moves whole unless longer than a page). An {@code aside} stands in
     * a column of its own left of the blocks, level with their start. {@code spaceBefore} is the least
     * space above the group's first line, in points: an entry keeps apart from the one before even
     * when it has no title row to carry the space (a reference is a quote and a name).
     */
    record Group(Kind kind, String id, List<Block> blocks, double keepWhole, Optional<Aside> aside,
            double spaceBefore) implements Block {
        public enum Kind { SECTION, ENTRY }

        public Group {
            blocks = List.copyOf(blocks);
        }

        public Group(Kind kind, String id, List<Block> blocks, double keepWhole) {
            this(kind, id, blocks, keepWhole, Optional.empty(), 0);
        }
    }

    /**
     * Text in a margin column {@code width} points wide: an entry's dates, a publication's number.
     * With no spans the column stays empty, and the entry still starts where its neighbours do.
     */
    record Aside(ParagraphStyle style, List<Span> spans, double width) {
        public Aside {
            spans = List.copyOf(spans);
        }
    }

    /**
     * Columns side by side, each {@code width} points wide with {@code gap} between them, each
     * flowing down its own pages. A column with a {@code fill} sits on a panel of that colour, its
     * text inset by {@code padding}.
     */
    record Columns(List<Column> columns, double gap) implements Block {
        public Columns {
            columns = List.copyOf(columns);
        }

        public record Column(double width, Optional<Rgb> fill, double padding, List<Block> blocks) {
            public Column {
                blocks = List.copyOf(blocks);
            }
        }
    }
}
