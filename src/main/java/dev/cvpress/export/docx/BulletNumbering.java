package dev.cvpress.export.docx;

import dev.cvpress.doc.Block;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * numbering.xml: one bullet definition per kind of list (marker and indents), shared by every
 * list of that kind, so Word shows the items as a real bulleted list the user can extend.
 */
final class BulletNumbering {
    private final XWPFDocument docx;
    private final FontMetrics metrics;
    private final Map<Kind, BigInteger> numIds = new HashMap<>();
    private XWPFNumbering numbering;

    /** What makes two lists look different: the marker and where it and the text stand, in twips. */
    private record Kind(String marker, long indent, long hanging) {}

    BulletNumbering(XWPFDocument docx, FontMetrics metrics) {
        this.docx = docx;
        this.metrics = metrics;
    }

    /** The {@code w:numId} for items of {@code list}, defined on first use. */
    BigInteger numId(Block.BulletList list) {
        double indent = list.style().indent();
        // As in the PDF: the marker ends `gap` points before the text, but never hangs left of the margin.
        double markerWidth = metrics.width(list.marker(), list.style().text());
        double hanging = Math.max(0, Math.min(indent, list.gap() + markerWidth));
        Kind kind = new Kind(list.marker(), ParagraphFormat.twips(indent).longValue(),
                ParagraphFormat.twips(hanging).longValue());
        return numIds.computeIfAbsent(kind, this::define);
    }

    private BigInteger define(Kind kind) {
        if (numbering == null) {
            numbering = docx.createNumbering();
        }
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numIds.size()));
        level(abstractNum.addNewLvl(), kind);
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering)));
    }

    private static void level(CTLvl lvl, Kind kind) {
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
        lvl.addNewLvlText().setVal(kind.marker());
        lvl.addNewLvlJc().setVal(STJc.LEFT);
        CTInd ind = lvl.addNewPPr().addNewInd();
        ind.setLeft(BigInteger.valueOf(kind.indent()));
        ind.setHanging(BigInteger.valueOf(kind.hanging()));
    }
}
