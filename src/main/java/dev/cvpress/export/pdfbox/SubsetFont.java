package dev.cvpress.export.pdfbox;

import dev.cvpress.fonts.FontFace;
import dev.cvpress.fonts.FontPrograms;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One face as one document's Type 0 font: a TrueType subset of exactly the characters the document
 * shows, made before any page is painted, so the glyphs are numbered as in the subset and text is
 * written as those numbers (Identity-H, CIDs equal to glyph ids). PDFBox's own embedding measured
 * every glyph of the face and renumbered the subset after painting, a sixth of a render's time.
 */
final class SubsetFont {
    /** The tables a PDF viewer uses from an embedded TrueType program; names and mapping come from the PDF. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp");
    private static final COSName CID_FONT_TYPE2 = COSName.getPDFName("CIDFontType2");
    private static final int SYMBOLIC = 4;
    private static final int ITALIC = 64;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final COSDictionary type0;
    private final String resourceName;
    /** Subset glyph id by the face's glyph id; 0 (.notdef) for glyphs not in the subset. */
    private final char[] subsetGlyphs;
    private final FontFace face;

    private SubsetFont(COSDictionary type0, String resourceName, char[] subsetGlyphs, FontFace face) {
        this.type0 = type0;
        this.resourceName = resourceName;
        this.subsetGlyphs = subsetGlyphs;
        this.face = face;
    }

    /**
     * The Type 0 font of {@code face} for {@code codePoints}, all of which the face has (or are
     * spaces): each once, in the order the document first uses them. Pages list it in their
     * resources as {@code resourceName}.
     */
    static SubsetFont embed(PDDocument pdf, FontFace face, List<Integer> codePoints, String resourceName)
            throws IOException {
        return FontPrograms.lend(face, program -> {
            SortedSet<Integer> glyphs = new TreeSet<>();
            Map<Integer, Integer> unicodeByGlyph = new TreeMap<>();
            for (int cp : codePoints) {
                int glyph = face.glyphId(cp);
                glyphs.add(glyph);
                // Characters that share a glyph (space and no-break space) share its one Unicode
                // value: the first one used, as the OpenPDF engine has it.
                unicodeByGlyph.putIfAbsent(glyph, cp);
            }
            TTFSubsetter subsetter = new TTFSubsetter(program, TABLES);
            subsetter.addGlyphIds(glyphs);
            Map<Integer, Integer> originals = subsetter.getGIDMap();
            ByteArrayOutputStream subset = new ByteArrayOutputStream();
            subsetter.writeToStream(subset);

            char[] subsetGlyphs = new char[glyphs.last() + 1];
            originals.forEach((kept, original) -> {
                if (original < subsetGlyphs.length) {
                    subsetGlyphs[original] = (char) (int) kept;
                }
            });
            String name = tag(program.getName(), glyphs) + "+" + program.getName();
            COSDictionary cidFont = new COSDictionary();
            cidFont.setItem(COSName.TYPE, COSName.FONT);
            cidFont.setItem(COSName.SUBTYPE, CID_FONT_TYPE2);
            cidFont.setName(COSName.BASE_FONT, name);
            cidFont.setItem(COSName.CIDSYSTEMINFO, identitySystemInfo());
            cidFont.setItem(COSName.FONT_DESC, descriptor(pdf, program, name, subset.toByteArray()));
            cidFont.setItem(COSName.W, widths(program, originals));
            cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

            COSDictionary type0 = new COSDictionary();
            type0.setItem(COSName.TYPE, COSName.FONT);
            type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
            type0.setName(COSName.BASE_FONT, name);
            type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
            COSArray descendants = new COSArray();
            descendants.add(cidFont);
            type0.setItem(COSName.DESCENDANT_FONTS, descendants);
            type0.setItem(COSName.TO_UNICODE, toUnicode(pdf, unicodeByGlyph, subsetGlyphs));
            return new SubsetFont(type0, resourceName, subsetGlyphs, face);
        });
    }

    COSDictionary dictionary() {
        return type0;
    }

    /** The font's name in the resources of every page that uses it. */
    String resourceName() {
        return resourceName;
    }

    /** {@code text} as two-byte subset glyph ids. */
    byte[] encode(String text) {
        byte[] codes = new byte[2 * text.codePointCount(0, text.length())];
        int at = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int original = face.glyphId(cp);
            int glyph = original < subsetGlyphs.length ? subsetGlyphs[original] : 0;
            codes[at++] = (byte) (glyph >> 8);
            codes[at++] = (byte) glyph;
            i += Character.charCount(cp);
        }
        return codes;
    }

    /** Six capitals that differ between subsets of one face, the same for the same glyphs (reproducible bytes). */
    private static String tag(String fontName, SortedSet<Integer> glyphs) {
        long hash = fontName.hashCode();
        for (int glyph : glyphs) {
            hash = hash * 31 + glyph;
        }
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash, 26)));
            hash = Math.floorDiv(hash, 26);
        }
        return tag.toString();
    }

    private static COSDictionary identitySystemInfo() {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        return info;
    }

    /** The font descriptor, metrics in thousandths of an em as PDF wants them. */
    private static COSDictionary descriptor(PDDocument pdf, TrueTypeFont program, String name, byte[] subset)
            throws IOException {
        HeaderTable head = program.getHeader();
        OS2WindowsMetricsTable os2 = program.getOS2Windows();
        float scale = 1000f / program.getUnitsPerEm();
        float italicAngle = program.getPostScript().getItalicAngle();
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, name);
        // A font with its own glyph ids (not a standard Latin set) is symbolic.
        descriptor.setInt(COSName.FLAGS, SYMBOLIC | (italicAngle != 0 ? ITALIC : 0));
        descriptor.setInt(COSName.FONT_WEIGHT, os2.getWeightClass());
        descriptor.setItem(COSName.ITALIC_ANGLE, new COSFloat(italicAngle));
        COSArray box = new COSArray();
        for (int edge : new int[] {head.getXMin(), head.getYMin(), head.getXMax(), head.getYMax()}) {
            box.add(COSInteger.get(Math.round(edge * scale)));
        }
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setInt(COSName.ASCENT, Math.round(program.getHorizontalHeader().getAscender() * scale));
        descriptor.setInt(COSName.DESCENT, Math.round(program.getHorizontalHeader().getDescender() * scale));
        descriptor.setInt(COSName.CAP_HEIGHT, Math.round(os2.getCapHeight() * scale));
        descriptor.setInt(COSName.XHEIGHT, Math.round(os2.getHeight() * scale));
        // No font program states its stem width; this is the usual estimate from the box's width.
        descriptor.setInt(COSName.STEM_V, Math.round((head.getXMax() - head.getXMin()) * scale * 0.13f));
        COSStream file = pdf.getDocument().createCOSStream();
        file.setInt(COSName.LENGTH1, subset.length);
        try (OutputStream out = file.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(subset);
        }
        descriptor.setItem(COSName.FONT_FILE2, file);
        return descriptor;
    }

    /** Each subset glyph's advance, exact: the subset is numbered 0 to n - 1, so one run says it all. */
    private static COSArray widths(TrueTypeFont program, Map<Integer, Integer> originals) throws IOException {
        double scale = 1000.0 / program.getUnitsPerEm();
        COSArray advances = new COSArray();
        for (int kept = 0; kept < originals.size(); kept++) {
            double width = program.getAdvanceWidth(originals.get(kept)) * scale;
            advances.add(width == Math.rint(width) ? COSInteger.get((long) width) : new COSFloat((float) width));
        }
        COSArray w = new COSArray();
        w.add(COSInteger.ZERO);
        w.add(advances);
        return w;
    }

    /** The CMap that gives each glyph its character back, for copying, search and screen readers. */
    private static COSStream toUnicode(PDDocument pdf, Map<Integer, Integer> unicodeByGlyph, char[] subsetGlyphs)
            throws IOException {
        Map<Integer, Integer> bySubsetGlyph = new TreeMap<>();
        unicodeByGlyph.forEach((original, cp) -> bySubsetGlyph.put((int) subsetGlyphs[original], cp));
        bySubsetGlyph.remove(0);
        StringBuilder cmap = new StringBuilder()
                .append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, Integer>> entries = List.copyOf(bySubsetGlyph.entrySet());
        // A bfchar block holds at most 100 entries.
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, Integer>> block = entries.subList(from, Math.min(from + 100, entries.size()));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, Integer> entry : block) {
                cmap.append('<').append(HEX.toHexDigits((short) (int) entry.getKey())).append("> <");
                for (char unit : Character.toChars(entry.getValue())) {
                    cmap.append(HEX.toHexDigits(unit));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream stream = pdf.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }
}
