package dev.cvpress.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.doc.Document;
import dev.cvpress.model.Resume;
import dev.cvpress.support.DocxText;
import dev.cvpress.support.Pipeline;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/** The Word file of the example: the PDF's page, real styles, right tab stops, live links, a page-number field. */
class DocxStructureTest {
    private static Document document;
    private static XWPFDocument docx;

    @BeforeAll
    static void render() {
        Resume resume = Pipeline.read(Pipeline.example());
        document = Pipeline.compose(resume, "classic");
        docx = DocxText.open(Pipeline.render(resume, "classic", "docx").bytes());
    }

    @Test
    void pageSizeAndMarginsEqualThePdfs() {
        CTPageSz size = docx.getDocument().getBody().getSectPr().getPgSz();
        CTPageMar margins = docx.getDocument().getBody().getSectPr().getPgMar();
        Document.PageSetup page = document.page();
        assertEquals(twips(page.width()), ((BigInteger) size.getW()).longValue(), 1);
        assertEquals(twips(page.height()), ((BigInteger) size.getH()).longValue(), 1);
        assertEquals(twips(page.top()), ((BigInteger) margins.getTop()).longValue(), 1);
        assertEquals(twips(page.left()), ((BigInteger) margins.getLeft()).longValue(), 1);
        assertEquals(twips(page.right()), ((BigInteger) margins.getRight()).longValue(), 1);
    }

    @Test
    void theNameIsTheTitleAndHeadingsAreHeadings() {
        List<XWPFParagraph> paragraphs = docx.getParagraphs();
        assertEquals("Title", paragraphs.get(0).getStyleID());
        assertEquals("Zoë Halvorsen-Mertens", paragraphs.get(0).getText());
        assertTrue(paragraphs.stream().anyMatch(p -> "Heading1".equals(p.getStyleID()) && p.getText().equals("Experience")));
        assertEquals("Zoë Halvorsen-Mertens", docx.getProperties().getCoreProperties().getCreator());
    }

    @Test
    void titleRowsPutTheDatesAgainstARightTabStop() {
        XWPFParagraph row = docx.getParagraphs().stream()
                .filter(p -> "EntryTitle".equals(p.getStyleID())).findFirst().orElseThrow();
        assertTrue(row.getText().contains("\t"), row.getText());
        var tabs = row.getCTP().getPPr().getTabs();
        assertEquals(STTabJc.RIGHT, tabs.getTabArray(0).getVal());
        assertEquals(twips(document.page().contentWidth()), ((BigInteger) tabs.getTabArray(0).getPos()).longValue(), 1);
    }

    @Test
    void linksAreHyperlinks() {
        List<String> targets = docx.getParagraphs().stream()
                .flatMap(p -> p.getRuns().stream())
                .filter(XWPFHyperlinkRun.class::isInstance)
                .map(r -> ((XWPFHyperlinkRun) r).getHyperlink(docx).getURL())
                .toList();
        assertTrue(targets.contains("mailto:zoe.halvorsen@example.com"), targets.toString());
        assertTrue(targets.stream().anyMatch(t -> t.startsWith("https://")), targets.toString());
    }

    @Test
    void theFooterCountsPages() {
        String footer = docx.getFooterList().get(0)._getHdrFtr().xmlText();
        assertTrue(footer.contains("PAGE") && footer.contains("NUMPAGES"), footer);
    }

    private static long twips(double points) {
        return Math.round(points * 20);
    }

    /** A reference has no title row; as in the PDF, its quote keeps the entry's space from the one before. */
    @Test
    void anEntryWithoutATitleRowKeepsTheEntrySpaceAboveIt() {
        XWPFParagraph second = DocxText.paragraphs(docx).stream().filter(p -> p.getText().startsWith("“Her ledger"))
                .findFirst().orElseThrow();
        assertEquals(BigInteger.valueOf(140), second.getCTP().getPPr().getSpacing().getBefore(), "7 pt, classic's entry space");
    }
}
