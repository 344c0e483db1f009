package dev.cvpress.export.docx;

import dev.cvpress.doc.Block;
import dev.cvpress.doc.Document;
import dev.cvpress.doc.ParagraphStyle;
import dev.cvpress.doc.Span;
import dev.cvpress.layout.PageLayout;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * The blocks of a document as body paragraphs, each naming its style. Keep rules follow the PDF's
 * pagination: headings keep with what follows (their style says so), an entry's title rows keep
 * with its first line of content, and (by the document default) no paragraph leaves one line alone.
 * Columns and asides become borderless tables.
 */
final class BodyWriter {
    private final XWPFDocument docx;
    private final TextRuns runs;
    private final BulletNumbering bullets;
    private final double contentWidth;
    private final Predicate<Block.Group> keepsWhole;

    /** {@code keepsWhole} tells which entries the PDF moves whole to the next page rather than split. */
    BodyWriter(XWPFDocument docx, Document document, TextRuns runs, FontMetrics metrics,
            Predicate<Block.Group> keepsWhole) {
        this.docx = docx;
        this.runs = runs;
        this.bullets = new BulletNumbering(docx, metrics);
        this.contentWidth = document.page().contentWidth();
        this.keepsWhole = keepsWhole;
    }

    void write(List<Block> blocks) {
        new Flow(Container.of(docx), contentWidth, false, true).write(blocks);
    }

    /**
     * Blocks written one after another into a container whose text is {@code width} points wide.
     * In a table cell, keep-with-next is switched off: Word and LibreOffice read it there as
     * "keep this row with the next", which would push a whole column to the next page.
     * {@code atPageTop}: the flow starts at the top of the first page, where the PDF drops the first
     * paragraph's space before (Word and LibreOffice keep it there).
     */
    private final class Flow {
        private final Container into;
        private final double width;
        private final boolean inCell;
        private final List<XWPFParagraph> made = new ArrayList<>();
        private boolean atPageTop;
        /** The space the next paragraph has above it at least: the first of an entry keeps it from the one before. */
        private double leastSpaceBefore;

        Flow(Container into, double width, boolean inCell, boolean atPageTop) {
            this.into = into;
            this.width = width;
            this.inCell = inCell;
            this.atPageTop = atPageTop;
        }

        void write(List<Block> blocks) {
            blocks.forEach(this::write);
        }

        private void write(Block block) {
            if (block instanceof Block.Paragraph p) {
                paragraph(p.style(), p.spans());
            } else if (block instanceof Block.Row row) {
                row(row);
            } else if (block instanceof Block.BulletList list) {
                bulletList(list);
            } else if (block instanceof Block.Columns columns) {
                columns(columns);
            } else if (block instanceof Block.Group group) {
                group.aside().ifPresentOrElse(aside -> aside(aside, group.blocks(), group.spaceBefore()),
                        () -> group(group));
            }
            atPageTop = false;
        }

        /** As in the PDF, an entry that moves whole keeps each of its paragraphs with the next. */
        private void group(Block.Group group) {
            int first = made.size();
            leastSpaceBefore = group.spaceBefore();
            write(group.blocks());
            if (!inCell && keepsWhole.test(group)) {
                for (XWPFParagraph paragraph : made.subList(first, Math.max(first, made.size() - 1))) {
                    CTPPr pPr = pPr(paragraph);
                    if (!pPr.isSetKeepNext()) {
                        pPr.addNewKeepNext();
                    }
                }
            }
        }

        private XWPFParagraph paragraph(ParagraphStyle style, List<Span> spans) {
            XWPFParagraph paragraph = into.newParagraph();
            made.add(paragraph);
            paragraph.setStyle(StyleSheet.id(style));
            if (atPageTop && style.spaceBefore() > 0) {
                pPr(paragraph).addNewSpacing().setBefore(BigInteger.ZERO);
            } else if (!atPageTop && leastSpaceBefore > style.spaceBefore()) {
                pPr(paragraph).addNewSpacing().setBefore(ParagraphFormat.twips(leastSpaceBefore));
            }
            atPageTop = false;
            leastSpaceBefore = 0;
            if (inCell) {
                pPr(paragraph).addNewKeepNext().setVal(Boolean.FALSE);
            }
            runs.append(paragraph, spans, style.text());
            return paragraph;
        }

        /** Left text, a tab, and the right text against a right tab stop at the right edge. */
        private void row(Block.Row row) {
            XWPFParagraph paragraph = paragraph(row.style(), row.left());
            CTPPr pPr = pPr(paragraph);
            if (!inCell) {
                pPr.addNewKeepNext();
            }
            if (!row.right().isEmpty()) {
                ParagraphFormat.rightTab(pPr, width);
                TextRuns.tab(paragraph);
                runs.append(paragraph, row.right(), row.style().text());
            }
        }

        private void bulletList(Block.BulletList list) {
            BigInteger numId = bullets.numId(list);
            for (List<Span> item : list.items()) {
                XWPFParagraph paragraph = paragraph(list.style(), item);
                paragraph.setNumILvl(BigInteger.ZERO);
                paragraph.setNumID(numId);
            }
        }

        /**
         * Each column a cell; the gap is inner margin of the cell after it, a panel's padding its own
         * margin at the sides and below. As in the PDF, the text starts at the top of the panel.
         */
        private void columns(Block.Columns columns) {
            List<SideBySide.Cell> cells = new ArrayList<>();
            for (int i = 0; i < columns.columns().size(); i++) {
                Block.Columns.Column column = columns.columns().get(i);
                double gap = i == 0 ? 0 : columns.gap();
                cells.add(new SideBySide.Cell(column.width() + gap, column.fill(), gap + column.padding(),
                        column.padding(), 0, column.padding()));
            }
            List<XWPFTableCell> made = SideBySide.create(into, cells);
            for (int i = 0; i < made.size(); i++) {
                fill(made.get(i), cells.get(i).textWidth(), columns.columns().get(i).blocks(), 0);
            }
        }

        /** The aside in a narrow cell at the left, the entry's blocks in the cell beside it. */
        private void aside(Block.Aside aside, List<Block> blocks, double spaceBefore) {
            // As in the PDF, the aside's text keeps a gap from the entry's.
            double gap = PageLayout.SIDE_GAP_EM * aside.style().text().size();
            List<SideBySide.Cell> cells = List.of(
                    new SideBySide.Cell(aside.width(), Optional.empty(), 0, gap, 0, 0),
                    new SideBySide.Cell(width - aside.width(), Optional.empty(), 0, 0, 0, 0));
            List<XWPFTableCell> made = SideBySide.create(into, cells);
            fill(made.get(0), aside.width() - gap, List.of(new Block.Paragraph(aside.style(), aside.spans())), spaceBefore);
            fill(made.get(1), width - aside.width(), blocks, spaceBefore);
        }

        /** {@code blocks} in {@code cell}, the first at least {@code spaceBefore} below the cell's top. */
        private void fill(XWPFTableCell cell, double textWidth, List<Block> blocks, double spaceBefore) {
            Flow flow = new Flow(Container.of(cell), textWidth, true, atPageTop);
            flow.leastSpaceBefore = spaceBefore;
            flow.write(blocks);
            SideBySide.close(cell);
        }
    }

    private static CTPPr pPr(XWPFParagraph paragraph) {
        return paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
    }
}
