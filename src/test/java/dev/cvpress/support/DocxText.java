package dev.cvpress.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A DOCX reopened with POI: its paragraphs' text in document order, hyperlinks included, the
 * paragraphs in table cells (columns, asides) read cell by cell where the table stands.
 */
public final class DocxText {
    private DocxText() {}

    public static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String of(XWPFDocument document) {
        StringBuilder text = new StringBuilder();
        append(document.getBodyElements(), text);
        return text.toString();
    }

    /** Every paragraph, in the body and in table cells at any depth, in reading order. */
    public static List<XWPFParagraph> paragraphs(XWPFDocument document) {
        List<XWPFParagraph> out = new ArrayList<>();
        collect(document.getBodyElements(), out);
        return out;
    }

    private static void append(List<IBodyElement> elements, StringBuilder text) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        collect(elements, paragraphs);
        paragraphs.forEach(p -> text.append(p.getText()).append('\n'));
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                out.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), out);
                    }
                }
            }
        }
    }
}
