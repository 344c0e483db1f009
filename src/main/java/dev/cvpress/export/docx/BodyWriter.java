package dev.cvpress.export.docx;

import dev.cvpress.doc.Block;
import dev.cvpress.doc.Document;
import dev.cvpress.doc.ParagraphStyle;
import dev.cvpress.doc.Span;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * The blocks of a document as body paragraphs, each naming its style. Keep rules follow the PDF's
 * pagination: headings keep with what follows (their style says so), an entry's title rows keep
 * with its first line of content, and (by the document default) no paragraph leaves one line alone.
 */
final class BodyWriter {
    private final XWPFDocument docx;
    private final TextRuns runs;
    private final BulletNumbering bullets;
    private final double contentWidth;

    BodyWriter(XWPFDocument docx, Document document, TextRuns runs, FontMetrics metrics) {
        this.docx = docx;
        this.runs = runs;
        this.bullets = new BulletNumbering(docx, metrics);
        this.contentWidth = document.page().contentWidth();
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
        } else if (block instanceof Block.Group group) {
            write(group.blocks());
        }
    }

    private XWPFParagraph paragraph(ParagraphStyle style, List<Span> spans) {
        XWPFParagraph paragraph = styled(style);
        runs.append(paragraph, spans, style.text());
        return paragraph;
    }

    /** Left text, a tab, and the right text against a right tab stop at the right margin. */
    private void row(Block.Row row) {
        XWPFParagraph paragraph = paragraph(row.style(), row.left());
        CTPPr pPr = pPr(paragraph);
        pPr.addNewKeepNext();
        if (!row.right().isEmpty()) {
            ParagraphFormat.rightTab(pPr, contentWidth);
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

    private XWPFParagraph styled(ParagraphStyle style) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setStyle(StyleSheet.id(style));
        return paragraph;
    }

    private static CTPPr pPr(XWPFParagraph paragraph) {
        return paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
    }
}
