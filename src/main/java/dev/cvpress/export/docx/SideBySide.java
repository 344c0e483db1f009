package dev.cvpress.export.docx;

import dev.cvpress.units.Rgb;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Content side by side, as Word users build it: a borderless one-row table of fixed width whose
 * cells hold paragraphs (a sidebar beside the main column, an aside beside its entry). The row may
 * break across pages like the PDF's columns do.
 */
final class SideBySide {
    /** A cell: its whole width, its shading, and the space between each edge and its text, in points. */
    record Cell(double width, Optional<Rgb> fill, double left, double right, double top, double bottom) {
        double textWidth() {
            return width - left - right;
        }
    }

    private SideBySide() {}

    static List<XWPFTableCell> create(Container container, List<Cell> cells) {
        XWPFTable table = container.newTable();
        table.removeBorders();
        CTTblPr tblPr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
        tblPr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setCellMargins(0, 0, 0, 0);
        double total = cells.stream().mapToDouble(Cell::width).sum();
        table.setWidth(Math.toIntExact(ParagraphFormat.twips(total).longValue()));
        tblPr.getTblW().setType(STTblWidth.DXA);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        XWPFTableRow row = table.getRow(0);
        List<XWPFTableCell> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            grid.addNewGridCol().setW(ParagraphFormat.twips(cell.width()));
            XWPFTableCell tc = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
            format(tc, cell);
            out.add(tc);
        }
        return out;
    }

    /** A cell must end with a paragraph; one holding a nested table gets an empty one after it. */
    static void close(XWPFTableCell cell) {
        List<IBodyElement> elements = cell.getBodyElements();
        if (elements.isEmpty() || elements.get(elements.size() - 1) instanceof XWPFTable) {
            cell.addParagraph().setStyle(StyleSheet.NORMAL);
        }
    }

    private static void format(XWPFTableCell tc, Cell cell) {
        CTTcPr tcPr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
        CTTblWidth width = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        width.setW(ParagraphFormat.twips(cell.width()));
        width.setType(STTblWidth.DXA);
        cell.fill().ifPresent(fill -> {
            CTShd shd = tcPr.addNewShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(fill.hex());
        });
        CTTcMar mar = tcPr.addNewTcMar();
        margin(mar.addNewTop(), cell.top());
        margin(mar.addNewLeft(), cell.left());
        margin(mar.addNewBottom(), cell.bottom());
        margin(mar.addNewRight(), cell.right());
    }

    private static void margin(CTTblWidth side, double points) {
        side.setW(ParagraphFormat.twips(points));
        side.setType(STTblWidth.DXA);
    }
}
