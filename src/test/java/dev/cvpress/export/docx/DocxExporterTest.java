package dev.cvpress.export.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.compose.Composer;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.doc.Block;
import dev.cvpress.doc.Document;
import dev.cvpress.doc.Span;
import dev.cvpress.export.Exporters;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.normalize.ResumeReader;
import dev.cvpress.style.StyleLoader;
import dev.cvpress.support.Documents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/** A small résumé exported to DOCX and read back with POI: real styles, numbering, links, page setup. */
class DocxExporterTest {
    private static final String RESUME = """
            {
              "basics": {
                "name": "Marit Okonkwo-Lind",
                "label": "Embedded Systems Engineer",
                "email": "marit@example.org",
                "url": "https://marit.example.org",
                "summary": "Firmware engineer who likes small, power-frugal devices and clear documentation.",
                "location": { "city": "Tromsø", "countryCode": "NO" }
              },
              "work": [
                {
                  "name": "Fjordlight Instruments",
                  "position": "Senior Firmware Engineer",
                  "location": "Bergen",
                  "startDate": "2021-03",
                  "highlights": [
                    "Cut sensor-node sleep current from 40 µA to 6 µA",
                    "Led the move from a home-grown scheduler to Zephyr"
                  ]
                },
                {
                  "name": "Nordkapp Robotics",
                  "position": "Firmware Engineer",
                  "location": "Oslo",
                  "startDate": "2017-08",
                  "endDate": "2021-02",
                  "highlights": [
                    "Wrote the CAN bootloader shipped on 12,000 units",
                    "Built a hardware-in-the-loop test rig for motor drivers"
                  ]
                }
              ],
              "education": [
                {
                  "institution": "Norwegian University of Science and Technology",
                  "area": "Electronics",
                  "studyType": "MSc",
                  "startDate": "2012",
                  "endDate": "2017"
                }
              ],
              "skills": [
                { "name": "Languages", "keywords": ["C", "Rust", "Python"] },
                { "name": "Tools", "keywords": ["Zephyr", "FreeRTOS", "KiCad"] }
              ]
            }
            """;
    private static final List<String> HIGHLIGHTS = List.of(
            "Cut sensor-node sleep current from 40 µA to 6 µA",
            "Led the move from a home-grown scheduler to Zephyr",
            "Wrote the CAN bootloader shipped on 12,000 units",
            "Built a hardware-in-the-loop test rig for motor drivers");

    private static Document document;
    private static List<Diagnostic> warnings;
    private static byte[] bytes;
    private static XWPFDocument docx;

    @BeforeAll
    static void export() throws Exception {
        var resume = new ResumeReader().read(RESUME.getBytes(StandardCharsets.UTF_8)).resume().orElseThrow();
        document = new Composer().compose(resume, new StyleLoader().load("classic"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        warnings = Exporters.byId("docx").orElseThrow().create().write(document, out);
        bytes = out.toByteArray();
        docx = open(bytes);
    }

    @Test
    void writesWithoutWarnings() {
        assertEquals(List.of(), warnings);
    }

    @Test
    void everyParagraphStyleIsDefined() {
        Stream.concat(docx.getParagraphs().stream(), docx.getFooterList().get(0).getParagraphs().stream())
                .forEach(p -> {
                    assertNotNull(p.getStyleID(), p.getText());
                    assertTrue(docx.getStyles().styleExist(p.getStyleID()), p.getStyleID());
                });
        document.styles().forEach(s -> assertTrue(docx.getStyles().styleExist(s.name().replace(" ", "")), s.name()));
    }

    @Test
    void stylesCarryTheDocumentsFormatting() {
        CTStyle heading = docx.getStyles().getStyle("Heading1").getCTStyle();
        assertEquals("heading 1", heading.getName().getVal());
        assertEquals(BigInteger.ZERO, heading.getPPr().getOutlineLvl().getVal());
        assertTrue(heading.getPPr().isSetKeepNext());
        assertTrue(heading.getPPr().getPBdr().isSetBottom(), "the heading rule is a bottom border");
        var headingText = document.styles().stream().filter(s -> s.name().equals("Heading 1")).findFirst().orElseThrow().text();
        assertEquals(headingText.color().hex(), heading.getRPr().getColorArray(0).xgetVal().getStringValue());
        assertEquals(BigInteger.valueOf(Math.round(headingText.size() * 2)), heading.getRPr().getSzArray(0).getVal());
        assertEquals(headingText.family(), heading.getRPr().getRFontsArray(0).getAscii());
    }

    @Test
    void theNameIsTheTitleAndSectionsAreHeadings() {
        XWPFParagraph first = docx.getParagraphs().get(0);
        assertEquals("Title", first.getStyleID());
        assertEquals("Marit Okonkwo-Lind", first.getText());
        for (String section : List.of("Profile", "Experience", "Education", "Skills")) {
            assertTrue(docx.getParagraphs().stream()
                    .anyMatch(p -> "Heading1".equals(p.getStyleID()) && p.getText().equals(section)), section);
        }
    }

    @Test
    void bulletsAreRealNumbering() {
        String marker = blocks(document.blocks()).stream().filter(Block.BulletList.class::isInstance)
                .map(b -> ((Block.BulletList) b).marker()).findFirst().orElseThrow();
        List<XWPFParagraph> items = docx.getParagraphs().stream()
                .filter(p -> "ListBullet".equals(p.getStyleID())).toList();
        assertEquals(HIGHLIGHTS.size(), items.size());
        for (XWPFParagraph item : items) {
            BigInteger numId = item.getNumID();
            assertNotNull(numId, item.getText());
            BigInteger abstractId = docx.getNumbering().getAbstractNumID(numId);
            CTLvl level = docx.getNumbering().getAbstractNum(abstractId).getCTAbstractNum().getLvlArray(0);
            assertEquals(STNumberFormat.BULLET, level.getNumFmt().getVal());
            assertEquals(marker, level.getLvlText().getVal());
        }
    }

    @Test
    void highlightsAppearInOrder() {
        List<String> texts = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        int last = -1;
        for (String highlight : HIGHLIGHTS) {
            int at = texts.indexOf(highlight);
            assertTrue(at > last, highlight + " at " + at + " in " + texts);
            last = at;
        }
    }

    @Test
    void rowsSetTheDatesAgainstARightTabStop() {
        List<XWPFParagraph> rows = docx.getParagraphs().stream()
                .filter(p -> "EntryTitle".equals(p.getStyleID())).toList();
        assertEquals(3, rows.size());
        long contentWidth = Math.round(document.page().contentWidth() * 20);
        for (XWPFParagraph row : rows) {
            assertTrue(row.getText().contains("\t"), row.getText());
            CTTabStop tab = row.getCTP().getPPr().getTabs().getTabArray(0);
            assertEquals(STTabJc.RIGHT, tab.getVal());
            assertEquals(contentWidth, ((BigInteger) tab.getPos()).longValue());
            assertTrue(row.getCTP().getPPr().isSetKeepNext(), "a title row keeps with its entry");
        }
        assertTrue(rows.get(0).getText().startsWith("Senior Firmware Engineer\tMar\u00A02021"), rows.get(0).getText());
    }

    @Test
    void contactLinksAreHyperlinks() {
        List<String> targets = Stream.of(docx.getHyperlinks()).map(XWPFHyperlink::getURL).toList();
        assertTrue(targets.contains("mailto:marit@example.org"), targets.toString());
        assertTrue(targets.contains("https://marit.example.org"), targets.toString());
    }

    @Test
    void pageSizeAndMarginsAreThePageSetups() {
        CTPageSz size = docx.getDocument().getBody().getSectPr().getPgSz();
        CTPageMar margins = docx.getDocument().getBody().getSectPr().getPgMar();
        Document.PageSetup page = document.page();
        assertEquals(twips(page.width()), size.getW());
        assertEquals(twips(page.height()), size.getH());
        assertEquals(twips(page.top()), margins.getTop());
        assertEquals(twips(page.right()), margins.getRight());
        assertEquals(twips(page.bottom()), margins.getBottom());
        assertEquals(twips(page.left()), margins.getLeft());
    }

    @Test
    void corePropertiesComeFromTheInfo() {
        var core = docx.getProperties().getCoreProperties();
        assertEquals(document.info().title(), core.getTitle());
        assertEquals(document.info().author(), core.getCreator());
        assertEquals(document.info().subject(), core.getSubject());
    }

    @Test
    void theFooterHoldsPageNumberFields() {
        XWPFParagraph footer = docx.getFooterList().get(0).getParagraphs().get(0);
        List<String> fields = footer.getCTP().getFldSimpleList().stream().map(f -> f.getInstr().strip()).toList();
        assertEquals(List.of("PAGE", "NUMPAGES"), fields);
        assertEquals("Footer", footer.getStyleID());
    }

    @Test
    void justifiedStylesAreJustifiedInWord() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter(FontCatalog.bundled()).write(Documents.justified(document), out);
        XWPFDocument justified = open(out.toByteArray());
        assertEquals(STJc.BOTH, justified.getStyles().getStyle("BodyText").getCTStyle().getPPr().getJc().getVal());
        assertEquals(STJc.BOTH, justified.getStyles().getStyle("ListBullet").getCTStyle().getPPr().getJc().getVal());
        assertEquals(STJc.LEFT, justified.getStyles().getStyle("EntryTitle").getCTStyle().getPPr().getJc().getVal());
    }

    @Test
    void theSameDocumentGivesTheSameBytes() throws IOException {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new DocxExporter(FontCatalog.bundled()).write(document, again);
        assertArrayEquals(bytes, again.toByteArray());
    }

    /** POI dates entries by the clock; the file must not carry the time it was made. */
    @Test
    void everyEntryCarriesTheSameFixedDate() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), entry.getTimeLocal(), entry.getName());
            }
        }
        assertEquals("[Content_Types].xml", names.get(0));
        assertTrue(names.contains("word/document.xml"), names.toString());
    }

    @Test
    void writingLeavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new DocxExporter(FontCatalog.bundled()).write(document, out);
        assertFalse(closed[0]);
        assertArrayEquals(bytes, out.toByteArray());
    }

    @Test
    void controlCharactersAreDroppedAndNewlinesBreakTheLine() throws IOException {
        var body = document.styles().stream().filter(s -> s.name().equals("Body Text")).findFirst().orElseThrow();
        Document odd = new Document(document.page(), document.info(), document.styles(),
                List.of(new Block.Paragraph(body, List.of(Span.of("bell\u0007 here\nnext line", body.text())))),
                Optional.empty(), document.fallbackFonts());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Diagnostic> oddWarnings = new DocxExporter(FontCatalog.bundled()).write(odd, out);
        XWPFParagraph paragraph = open(out.toByteArray()).getParagraphs().get(0);
        assertEquals("bell here\nnext line", paragraph.getText());
        assertEquals(1, oddWarnings.size());
        assertEquals(Severity.WARNING, oddWarnings.get(0).severity());
        assertFalse(paragraph.getCTP().xmlText().contains("\u0007"));
    }

    private static List<Block> blocks(List<Block> blocks) {
        List<Block> all = new ArrayList<>();
        for (Block block : blocks) {
            all.add(block);
            if (block instanceof Block.Group group) {
                all.addAll(blocks(group.blocks()));
            }
        }
        return all;
    }

    private static BigInteger twips(double points) {
        return BigInteger.valueOf(Math.round(points * 20));
    }

    private static XWPFDocument open(byte[] docxBytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docxBytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
