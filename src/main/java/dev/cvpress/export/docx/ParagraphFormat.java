package dev.cvpress.export.docx;

import dev.cvpress.doc.ParagraphStyle;
import dev.cvpress.doc.Rule;
import dev.cvpress.units.Align;
import dev.cvpress.units.Length;
import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Paragraph properties: a {@link ParagraphStyle}'s spacing, indent, alignment, outline level and
 * rule as Word writes them, plus the right tab stop a row adds to its own paragraph.
 * XmlBeans puts each element in schema order whatever order it is added in.
 */
final class ParagraphFormat {
    /** Word's unit for "auto" line spacing: 240 means single. */
    private static final double SINGLE_LINE = 240;
    /** Word draws nothing for borders thinner than a quarter point (2 eighths). */
    private static final int THINNEST_BORDER = 2;
    /** The largest gap, in points, Word accepts between a paragraph and its border. */
    private static final int WIDEST_BORDER_GAP = 31;

    private ParagraphFormat() {}

    /**
     * Everything a paragraph style says about layout, written into a style's {@code pPr};
     * {@code lineMultiple} is the line spacing in multiples of Word's single spacing.
     */
    static void write(CTPPrBase pPr, ParagraphStyle style, double lineMultiple) {
        if (style.isHeading()) {
            pPr.addNewKeepNext();
        }
        if (style.ruleBelow().visible()) {
            bottomBorder(pPr.addNewPBdr().addNewBottom(), style.ruleBelow());
        }
        CTSpacing spacing = pPr.addNewSpacing();
        // Word has no negative paragraph spacing.
        spacing.setBefore(twips(Math.max(0, style.spaceBefore())));
        spacing.setAfter(twips(Math.max(0, style.spaceAfter())));
        // "auto" rather than exact spacing: lines still grow for a larger font or a fallback glyph.
        spacing.setLine(BigInteger.valueOf(Math.round(lineMultiple * SINGLE_LINE)));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        if (style.indent() != 0) {
            pPr.addNewInd().setLeft(twips(style.indent()));
        }
        pPr.addNewJc().setVal(justification(style.align()));
        if (style.isHeading()) {
            pPr.addNewOutlineLvl().setVal(BigInteger.valueOf(style.outlineLevel() - 1L));
        }
    }

    /** A right-aligned tab stop at {@code position} points from the left margin. */
    static void rightTab(CTPPrBase pPr, double position) {
        CTTabStop tab = (pPr.isSetTabs() ? pPr.getTabs() : pPr.addNewTabs()).addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(twips(position));
    }

    static BigInteger twips(double points) {
        return BigInteger.valueOf(Length.pt(points).twips());
    }

    private static void bottomBorder(CTBorder border, Rule rule) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(Math.max(THINNEST_BORDER, Math.round(rule.width() * 8))));
        border.setSpace(BigInteger.valueOf(Math.min(WIDEST_BORDER_GAP, Math.round(rule.gap()))));
        border.setColor(rule.color().hex());
    }

    private static STJc.Enum justification(Align align) {
        return switch (align) {
            case LEFT -> STJc.LEFT;
            case CENTER -> STJc.CENTER;
            case RIGHT -> STJc.RIGHT;
            case JUSTIFY -> STJc.BOTH;
        };
    }
}
