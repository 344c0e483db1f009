package dev.cvpress.support;

import dev.cvpress.doc.Block;
import dev.cvpress.doc.Document;
import dev.cvpress.doc.ParagraphStyle;
import dev.cvpress.units.Align;
import java.util.List;

/**
 * Composed documents reshaped for a test: in a narrow column, another language, with justified
 * prose, or with another limit for entries that move whole.
 */
public final class Documents {
    private static final List<String> PROSE_STYLES = List.of("Body Text", "List Bullet");

    private Documents() {}

    /** The same document on paper {@code width} points wide, margins kept: a column's measure. */
    public static Document narrow(Document d, double width) {
        Document.PageSetup p = d.page();
        return new Document(new Document.PageSetup(width, p.height(), p.top(), p.right(), p.bottom(), p.left()),
                d.info(), d.styles(), d.blocks(), d.footer(), d.fallbackFonts());
    }

    /** The same document in another language (one without hyphenation patterns, say). */
    public static Document inLanguage(Document d, String language) {
        Document.Info i = d.info();
        return new Document(d.page(), new Document.Info(i.title(), i.author(), i.subject(), i.keywords(), i.created(),
                language), d.styles(), d.blocks(), d.footer(), d.fallbackFonts());
    }

    /** The same document with every entry's keep-whole limit set to {@code fraction} of a page. */
    public static Document keepingEntries(Document d, double fraction) {
        return new Document(d.page(), d.info(), d.styles(), d.blocks().stream().map(b -> keeping(b, fraction)).toList(),
                d.footer(), d.fallbackFonts());
    }

    private static Block keeping(Block block, double fraction) {
        if (block instanceof Block.Group g) {
            return new Block.Group(g.kind(), g.id(), g.blocks().stream().map(b -> keeping(b, fraction)).toList(),
                    g.kind() == Block.Group.Kind.ENTRY ? fraction : g.keepWhole(), g.aside(), g.spaceBefore());
        }
        return block;
    }

    /** The same document with its body text and bullets justified. */
    public static Document justified(Document d) {
        return new Document(d.page(), d.info(), d.styles().stream().map(Documents::justified).toList(),
                d.blocks().stream().map(Documents::justified).toList(), d.footer(), d.fallbackFonts());
    }

    private static Block justified(Block block) {
        if (block instanceof Block.Paragraph p) {
            return new Block.Paragraph(justified(p.style()), p.spans());
        }
        if (block instanceof Block.BulletList list) {
            return new Block.BulletList(justified(list.style()), list.marker(), list.gap(), list.items());
        }
        if (block instanceof Block.Group group) {
            return new Block.Group(group.kind(), group.id(), group.blocks().stream().map(Documents::justified).toList(),
                    group.keepWhole(), group.aside(), group.spaceBefore());
        }
        return block;
    }

    private static ParagraphStyle justified(ParagraphStyle s) {
        return PROSE_STYLES.contains(s.name())
                ? new ParagraphStyle(s.name(), s.text(), Align.JUSTIFY, s.lineHeight(), s.spaceBefore(), s.spaceAfter(),
                        s.indent(), s.outlineLevel(), s.ruleBelow(), s.title())
                : s;
    }
}
