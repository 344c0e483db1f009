package dev.cvpress.export.docx;

import dev.cvpress.doc.Document;
import dev.cvpress.doc.ParagraphStyle;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The section properties: the same paper and margins as the PDF, so nothing is left to the
 * reader's locale (Letter in America, A4 elsewhere), and the footer where the PDF puts it.
 */
final class PageSection {
    private PageSection() {}

    static void write(XWPFDocument docx, Document.PageSetup page, Optional<Document.Footer> footer) {
        CTBody body = docx.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(twips(page.width()));
        size.setH(twips(page.height()));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(twips(page.top()));
        margins.setRight(twips(page.right()));
        margins.setBottom(twips(page.bottom()));
        margins.setLeft(twips(page.left()));
        margins.setHeader(twips(page.top() / 2));
        margins.setFooter(twips(footer.map(f -> footerDistance(page, f.style())).orElse(page.bottom() / 2)));
        margins.setGutter(BigInteger.ZERO);
    }

    /**
     * The PDF centres the footer's line in the bottom margin; Word measures from the page's edge
     * to the bottom of the footer paragraph, space after included.
     */
    private static double footerDistance(Document.PageSetup page, ParagraphStyle style) {
        double line = style.lineHeight() * style.text().size();
        return Math.max(0, (page.bottom() - line) / 2 - Math.max(0, style.spaceAfter()));
    }

    private static BigInteger twips(double points) {
        return ParagraphFormat.twips(points);
    }
}
