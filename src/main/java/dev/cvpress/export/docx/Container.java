package dev.cvpress.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/** Where body content goes: the document's body or a table cell, which POI fills differently. */
interface Container {

    XWPFParagraph newParagraph();

    XWPFTable newTable();

    static Container of(XWPFDocument docx) {
        return new Container() {
            @Override
            public XWPFParagraph newParagraph() {
                return docx.createParagraph();
            }

            @Override
            public XWPFTable newTable() {
                XWPFTable table = docx.createTable();
                // A new body table comes with default single borders, which a layout table must not show.
                table.removeBorders();
                return table;
            }
        };
    }

    /** A cell, first reusing the empty paragraph every new cell starts with. */
    static Container of(XWPFTableCell cell) {
        return new Container() {
            private boolean fresh = true;

            @Override
            public XWPFParagraph newParagraph() {
                if (fresh && cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()) {
                    fresh = false;
                    return cell.getParagraphs().get(0);
                }
                fresh = false;
                return cell.addParagraph();
            }

            @Override
            public XWPFTable newTable() {
                fresh = false;
                CTTbl ct = cell.getCTTc().addNewTbl();
                XWPFTable table = new XWPFTable(ct, cell);
                cell.insertTable(cell.getTables().size(), table);
                return table;
            }
        };
    }
}
