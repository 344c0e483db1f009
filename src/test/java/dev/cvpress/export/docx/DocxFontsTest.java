package dev.cvpress.export.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.doc.Document;
import dev.cvpress.fonts.FaceTraits;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.support.DocxText;
import dev.cvpress.support.Pipeline;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Word file carries its fonts: a font table from which Word can choose a look-alike, and each
 * face the text uses, cut down to its characters and obfuscated as ECMA-376 says.
 */
class DocxFontsTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final List<String> SLOTS = List.of("embedRegular", "embedBold", "embedItalic", "embedBoldItalic");

    private static Document document;
    private static XWPFDocument docx;
    private static PackagePart fontTable;
    private static Element font;

    @BeforeAll
    static void render() throws Exception {
        document = Pipeline.compose(Pipeline.read(Pipeline.example()), "classic");
        docx = DocxText.open(Pipeline.render(document, "docx").bytes());
        fontTable = docx.getPackage().getPart(PackagingURIHelper.createPartName("/word/fontTable.xml"));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = fontTable.getInputStream()) {
            NodeList fonts = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(W, "font");
            assertEquals(1, fonts.getLength(), "classic is set in one family");
            font = (Element) fonts.item(0);
        }
    }

    @Test
    void theFontTableDescribesTheFamilyForALookAlike() {
        assertEquals("Source Serif 4", font.getAttributeNS(W, "name"));
        FaceTraits traits = FontCatalog.bundled().family("Source Serif 4").orElseThrow().face(false, false).traits();
        assertEquals("Cambria", value("altName"));
        assertEquals(HexFormat.of().withUpperCase().formatHex(traits.panose()), value("panose1"));
        assertEquals("00", value("charset"));
        assertEquals("roman", value("family"));
        assertEquals("variable", value("pitch"));
        Element sig = child("sig");
        assertEquals(String.format("%08X", traits.unicodeRanges()[0]), sig.getAttributeNS(W, "usb0"));
        assertEquals(String.format("%08X", traits.codePageRanges()[0]), sig.getAttributeNS(W, "csb0"));
    }

    @Test
    void eachFaceTheTextUsesIsEmbeddedWithItsCharacters() throws Exception {
        FallbackRuns fallbacks = new FallbackRuns(FontCatalog.bundled(), document.fallbackFonts());
        Map<FacesUsed.Face, Set<Integer>> used = FacesUsed.of(document, StyleSheet.base(document), fallbacks).chars();
        List<String> embedded = new ArrayList<>();
        for (Map.Entry<FacesUsed.Face, Set<Integer>> face : used.entrySet()) {
            String slot = SLOTS.get((face.getKey().italic() ? 2 : 0) + (face.getKey().bold() ? 1 : 0));
            Element embed = child(slot);
            embedded.add(slot);
            PackageRelationship relation = fontTable.getRelationship(embed.getAttributeNS(R, "id"));
            PackagePart part = docx.getPackage().getPart(PackagingURIHelper.createPartName(relation.getTargetURI()));
            assertEquals("application/vnd.openxmlformats-officedocument.obfuscatedFont", part.getContentType());
            byte[] program;
            try (InputStream in = part.getInputStream()) {
                program = deobfuscate(in.readAllBytes(), embed.getAttributeNS(W, "fontKey"));
            }
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(program))) {
                assertEquals("Source Serif 4", ttf.getNaming().getFontFamily(), slot);
                for (int cp : face.getValue()) {
                    assertTrue(ttf.getUnicodeCmapLookup().getGlyphId(cp) != 0, slot + " lacks U+" + Integer.toHexString(cp));
                }
                assertTrue(ttf.getNumberOfGlyphs() < 200, slot + ": a subset, " + ttf.getNumberOfGlyphs() + " glyphs");
            }
        }
        assertTrue(embedded.containsAll(List.of("embedRegular", "embedBold", "embedItalic")), embedded.toString());
        assertEquals(embedded.size(), font.getElementsByTagNameNS(W, "*").getLength() - 6, "one element per face");
    }

    @Test
    void settingsTellWordToKeepTheSubsets() {
        String settings = docx.getSettings().getCTSettings().xmlText();
        assertTrue(settings.matches("(?s).*<w:embedTrueTypeFonts/><w:saveSubsetFonts/><w:compat>.*"), settings);
    }

    @Test
    void obfuscationXorsTheFirst32BytesWithTheReversedGuid() {
        byte[] program = new byte[100];
        for (int i = 0; i < program.length; i++) {
            program[i] = (byte) i;
        }
        EmbeddedFont font = EmbeddedFont.of(program);
        assertTrue(font.key().matches("\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\\}"), font.key());
        assertNotEquals(program[0], font.obfuscated()[0]);
        assertEquals(program[32], font.obfuscated()[32], "only the first 32 bytes change");
        assertArrayEquals(program, deobfuscate(font.obfuscated(), font.key()));
        assertEquals(font.key(), EmbeddedFont.of(program.clone()).key(), "the key comes from the content");
        program[50]++;
        assertNotEquals(font.key(), EmbeddedFont.of(program).key());
    }

    /** ECMA-376 Part 1 §17.8.1, read independently: key byte i is the GUID's (16 - i)th hex pair. */
    static byte[] deobfuscate(byte[] data, String guid) {
        String hex = guid.replaceAll("[{}-]", "");
        byte[] out = data.clone();
        for (int i = 0; i < 32; i++) {
            int pair = 15 - i % 16;
            out[i] ^= (byte) Integer.parseInt(hex.substring(2 * pair, 2 * pair + 2), 16);
        }
        return out;
    }

    private static String value(String element) {
        return child(element).getAttributeNS(W, "val");
    }

    private static Element child(String element) {
        NodeList found = font.getElementsByTagNameNS(W, element);
        assertEquals(1, found.getLength(), element);
        return (Element) found.item(0);
    }
}
