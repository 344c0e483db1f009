package dev.cvpress.export.docx;

import dev.cvpress.doc.Document;
import dev.cvpress.doc.Span;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * The page-number footer: the template's text with {page} and {pages} as Word's PAGE and NUMPAGES
 * fields, which Word and LibreOffice fill in on every page as the text reflows.
 */
final class PageFooter {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(page|pages)\\}");

    private PageFooter() {}

    static void write(XWPFDocument docx, Document.Footer footer, TextRuns runs) {
        XWPFFooter part = docx.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = part.getParagraphs().isEmpty() ? part.createParagraph() : part.getParagraphs().get(0);
        paragraph.setStyle(StyleSheet.id(footer.style()));
        Matcher m = PLACEHOLDER.matcher(footer.template());
        int from = 0;
        while (m.find()) {
            text(paragraph, footer, footer.template().substring(from, m.start()), runs);
            field(paragraph, m.group(1).equals("page") ? "PAGE" : "NUMPAGES");
            from = m.end();
        }
        text(paragraph, footer, footer.template().substring(from), runs);
    }

    private static void text(XWPFParagraph paragraph, Document.Footer footer, String text, TextRuns runs) {
        runs.append(paragraph, List.of(Span.of(text, footer.style().text())), footer.style().text());
    }

    /** A simple field; its "1" is only what a reader shows before it updates the field. */
    private static void field(XWPFParagraph paragraph, String instruction) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(" " + instruction + " ");
        field.addNewR().addNewT().setStringValue("1");
    }
}
