package dev.cvpress.doc;

import java.util.List;

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
     * Blocks that belong together: a whole section, or one entry within it. A group that keeps
     * together moves whole to the next page rather than split, unless it is longer than a page.
     */
    record Group(Kind kind, String id, List<Block> blocks, boolean keepTogether) implements Block {
        public enum Kind { SECTION, ENTRY }

        public Group {
            blocks = List.copyOf(blocks);
        }
    }
}
