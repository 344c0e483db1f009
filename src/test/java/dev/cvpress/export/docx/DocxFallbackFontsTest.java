package dev.cvpress.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.doc.SpanStyle;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.support.DocxText;
import dev.cvpress.support.Pipeline;
import dev.cvpress.units.Caps;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Characters the style's families lack go into runs of their own, set in the fallback family the
 * PDF uses for them, and the Word file carries that fallback, cut down to those characters.
 */
class DocxFallbackFontsTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String CJK = "Droid Sans Fallback";
    private static final String SERIF = "Source Serif 4";
    private static final String RESUME = """
            {"basics": {"name": "山田 太郎", "label": "Search engineer"},
             "work": [{"name": "東京 Labs", "position": "Engineer", "startDate": "2020-01",
                       "highlights": ["Built the 検索 engine for 3 million users 🚀"]}]}
            """;

    private static XWPFDocument docx;

    @BeforeAll
    static void render(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("resume.json"), RESUME);
        docx = DocxText.open(Pipeline.render(Pipeline.read(input), "classic", "docx").bytes());
    }

    @Test
    void eachRunOfCjkIsSetInTheFallbackAndLatinTextInTheStyleFamily() {
        List<String> cjkRuns = new ArrayList<>();
        for (XWPFParagraph paragraph : DocxText.paragraphs(docx)) {
            for (XWPFRun run : paragraph.getRuns()) {
                String text = run.text();
                boolean cjk = text.codePoints().anyMatch(DocxFallbackFontsTest::ideograph);
                boolean latin = text.codePoints().anyMatch(cp -> cp < 0x250 && Character.isLetter(cp));
                assertFalse(cjk && latin, "one run mixes scripts: \"" + text + "\"");
                if (cjk) {
                    cjkRuns.add(text);
                    CTFonts fonts = run.getCTR().getRPr().getRFontsArray(0);
                    assertEquals(CJK, fonts.getEastAsia(), text);
                    assertEquals(CJK, fonts.getAscii(), text);
                } else if (latin) {
                    assertFalse(run.getCTR().toString().contains(CJK), "\"" + text + "\" is in the fallback");
                }
            }
        }
        assertEquals(List.of("山田", "太郎", "東京", "検索"), cjkRuns);
    }

    @Test
    void theTextKeepsItsOrderAcrossTheRuns() {
        String text = DocxText.of(docx);
        assertTrue(text.contains("山田 太郎"), text);
        assertTrue(text.contains("東京 Labs"), text);
        assertTrue(text.contains("Built the 検索 engine for 3 million users 🚀"), text);
    }

    /** The name is bold, but the fallback has one face: the file carries it, with the name's characters. */
    @Test
    void theFallbackTravelsInTheFileWithEveryCharacterItShows() throws Exception {
        Element font = fontTableEntry(CJK);
        assertNotNull(font, "the font table names " + CJK);
        NodeList bold = font.getElementsByTagNameNS(W, "embedBold");
        assertEquals(0, bold.getLength(), "the fallback has no bold face to carry");
        Element regular = (Element) font.getElementsByTagNameNS(W, "embedRegular").item(0);
        assertNotNull(regular, "the regular face is embedded");
        PackagePart fontTable = docx.getPackage().getPart(PackagingURIHelper.createPartName("/word/fontTable.xml"));
        PackagePart part = docx.getPackage().getPart(PackagingURIHelper.createPartName(
                fontTable.getRelationship(regular.getAttributeNS(R, "id")).getTargetURI()));
        byte[] program;
        try (InputStream in = part.getInputStream()) {
            program = DocxFontsTest.deobfuscate(in.readAllBytes(), regular.getAttributeNS(W, "fontKey"));
        }
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(program))) {
            for (int cp : "山田太郎東京検索".codePoints().toArray()) {
                assertTrue(ttf.getUnicodeCmapLookup().getGlyphId(cp) != 0, "the subset lacks " + Character.toString(cp));
            }
            assertTrue(ttf.getNumberOfGlyphs() < 50, "a subset, not the whole font: " + ttf.getNumberOfGlyphs() + " glyphs");
        }
    }

    @Test
    void piecesSplitOnlyWhereTheFamilyChanges() {
        FallbackRuns runs = new FallbackRuns(FontCatalog.bundled(), List.of("Noto Serif", CJK));
        SpanStyle look = new SpanStyle(SERIF, true, false, 10, null, Caps.NONE);

        List<FallbackRuns.Piece> latin = runs.pieces(look, "Zażółć gęślą jaźń");
        assertEquals(1, latin.size());
        assertSame(look, latin.get(0).look(), "text the family shows keeps its look");

        List<FallbackRuns.Piece> mixed = runs.pieces(look, "Built 検索 engine");
        assertEquals("Built |検索| engine", mixed.stream().map(FallbackRuns.Piece::text).collect(Collectors.joining("|")));
        assertEquals(List.of(SERIF, CJK, SERIF), mixed.stream().map(piece -> piece.look().family()).toList());
        assertTrue(mixed.get(1).look().bold(), "the fallback piece keeps the rest of the look");

        SpanStyle italic = look.withItalic(true);
        List<FallbackRuns.Piece> slanted = runs.pieces(italic, "Built 検索");
        assertTrue(slanted.get(0).look().italic());
        assertFalse(slanted.get(1).look().italic(), "the fallback has no italic face, so its ideographs stand upright as in the PDF");

        List<FallbackRuns.Piece> none = runs.pieces(look, "go 🚀");
        assertEquals(1, none.size(), "a character no bundled font has stays in the text's family, for Word to find");
    }

    private static Element fontTableEntry(String family) throws Exception {
        PackagePart fontTable = docx.getPackage().getPart(PackagingURIHelper.createPartName("/word/fontTable.xml"));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = fontTable.getInputStream()) {
            NodeList fonts = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(W, "font");
            for (int i = 0; i < fonts.getLength(); i++) {
                Element font = (Element) fonts.item(i);
                if (family.equals(font.getAttributeNS(W, "name"))) {
                    return font;
                }
            }
        }
        return null;
    }

    private static boolean ideograph(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
