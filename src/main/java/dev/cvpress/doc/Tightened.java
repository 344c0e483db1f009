package dev.cvpress.doc;

import java.util.List;

/**
 * A document with the space between its paragraphs scaled down, lines and sizes untouched: what a
 * typesetter does to pull a last page of a few lines back onto the page before.
 */
public final class Tightened {
    private Tightened() {}

    /** {@code document} with every space before and after a paragraph (and above an entry) times {@code scale}. */
    public static Document of(Document document, double scale) {
        return new Document(document.page(), document.info(),
                document.styles().stream().map(style -> scaled(style, scale)).toList(),
                blocks(document.blocks(), scale), document.footer(), document.fallbackFonts());
    }

    private static List<Block> blocks(List<Block> blocks, double scale) {
        return blocks.stream().map(block -> block(block, scale)).toList();
    }

    private static Block block(Block block, double scale) {
        if (block instanceof Block.Paragraph p) {
            return new Block.Paragraph(scaled(p.style(), scale), p.spans());
        } else if (block instanceof Block.Row row) {
            return new Block.Row(scaled(row.style(), scale), row.left(), row.right());
        } else if (block instanceof Block.BulletList list) {
            return new Block.BulletList(scaled(list.style(), scale), list.marker(), list.gap(), list.items());
        } else if (block instanceof Block.Columns columns) {
            return new Block.Columns(columns.columns().stream().map(c -> new Block.Columns.Column(c.width(), c.fill(),
                    c.padding(), blocks(c.blocks(), scale))).toList(), columns.gap());
        }
        Block.Group group = (Block.Group) block;
        return new Block.Group(group.kind(), group.id(), blocks(group.blocks(), scale), group.keepWhole(),
                group.aside().map(a -> new Block.Aside(scaled(a.style(), scale), a.spans(), a.width())),
                group.spaceBefore() * scale);
    }

    private static ParagraphStyle scaled(ParagraphStyle s, double scale) {
        return new ParagraphStyle(s.name(), s.text(), s.align(), s.lineHeight(), s.spaceBefore() * scale,
                s.spaceAfter() * scale, s.indent(), s.outlineLevel(), s.ruleBelow(), s.title());
    }
}
