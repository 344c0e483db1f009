package dev.cvpress.export.pdfbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.cvpress.layout.StructNode;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.Test;

class TaggingTest {
    private static final List<StructNode> NODES = List.of(
            new StructNode(0, "Sect", StructNode.ARTIFACT, ""),
            new StructNode(1, "P", 0, ""));

    @Test
    void contentOnItsElementsPageIsABareMcidAndOnALaterPageAReferenceNamingThatPage() throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PDPage first = new PDPage();
            PDPage second = new PDPage();
            pdf.addPage(first);
            pdf.addPage(second);
            Tagging tagging = new Tagging(pdf, NODES);
            tagging.startPage(first);
            assertEquals(0, tagging.content(1));
            assertEquals(1, tagging.content(1));
            tagging.startPage(second);
            assertEquals(0, tagging.content(1));
            tagging.finish();

            PDStructureElement section = (PDStructureElement) pdf.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            PDStructureElement paragraph = (PDStructureElement) section.getKids().get(0);
            assertSame(first.getCOSObject(), paragraph.getCOSObject().getDictionaryObject(COSName.PG));
            COSArray kids = (COSArray) paragraph.getCOSObject().getDictionaryObject(COSName.K);
            assertEquals(COSInteger.get(0), kids.getObject(0));
            assertEquals(COSInteger.get(1), kids.getObject(1));
            COSDictionary onSecondPage = (COSDictionary) kids.getObject(2);
            assertEquals(COSName.getPDFName("MCR"), onSecondPage.getCOSName(COSName.TYPE));
            assertEquals(0, onSecondPage.getInt(COSName.MCID));
            assertSame(second.getCOSObject(), onSecondPage.getDictionaryObject(COSName.PG));
            // Each page's parent-tree entry lists, by MCID, the element its marked content belongs to.
            assertEquals(0, first.getStructParents());
            assertEquals(1, second.getStructParents());
        }
    }
}
