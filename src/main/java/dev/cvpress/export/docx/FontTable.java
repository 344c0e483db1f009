package dev.cvpress.export.docx;

import dev.cvpress.fonts.FaceTraits;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.fonts.FontFace;
import dev.cvpress.fonts.FontFamily;
import dev.cvpress.fonts.FontSubset;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * word/fontTable.xml and the fonts it embeds. Each family the text uses is described the way Word
 * matches a font it lacks (a look-alike by name, PANOSE digits, kind, pitch, the Unicode ranges and
 * code pages it covers, all from the font's OS/2 table), and each face used travels in the file,
 * cut down to the characters shown and obfuscated as ECMA-376 Part 1 §17.8.1 requires, so Word and
 * LibreOffice set the text in the same font as the PDF.
 */
final class FontTable {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String FONT_RELATION = R + "/font";
    private static final String OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont";
    /** Word's element for each face, in the order the schema wants them. */
    private static final List<String> SLOTS = List.of("embedRegular", "embedBold", "embedItalic", "embedBoldItalic");

    private final OPCPackage pkg;
    private final PackagePart part;
    private int embedded;

    private FontTable(OPCPackage pkg, PackagePart part) {
        this.pkg = pkg;
        this.part = part;
    }

    /** Writes the font table of {@code docx} for the faces {@code used}; returns whether it embeds any font. */
    static boolean write(XWPFDocument docx, FacesUsed used, FontCatalog catalog) throws IOException {
        try {
            OPCPackage pkg = docx.getPackage();
            PackagePart part = pkg.createPart(PackagingURIHelper.createPartName(XWPFRelation.FONT_TABLE.getDefaultFileName()),
                    XWPFRelation.FONT_TABLE.getContentType());
            docx.getPackagePart().addRelationship(part.getPartName(), TargetMode.INTERNAL,
                    XWPFRelation.FONT_TABLE.getRelation());
            FontTable table = new FontTable(pkg, part);
            table.write(byFamily(used), used.chars(), catalog);
            return table.embedded > 0;
        } catch (InvalidFormatException | XMLStreamException e) {
            throw new IOException("could not write the font table", e);
        }
    }

    private static Map<String, List<FacesUsed.Face>> byFamily(FacesUsed used) {
        Map<String, List<FacesUsed.Face>> families = new LinkedHashMap<>();
        used.chars().keySet().forEach(face -> families.computeIfAbsent(face.family(), f -> new ArrayList<>()).add(face));
        return families;
    }

    private void write(Map<String, List<FacesUsed.Face>> families, Map<FacesUsed.Face, Set<Integer>> chars,
            FontCatalog catalog) throws IOException, XMLStreamException, InvalidFormatException {
        try (OutputStream out = part.getOutputStream()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("w", "fonts", W);
            xml.writeNamespace("w", W);
            xml.writeNamespace("r", R);
            for (Map.Entry<String, List<FacesUsed.Face>> family : families.entrySet()) {
                xml.writeStartElement("w", "font", W);
                xml.writeAttribute("w", W, "name", family.getKey());
                Optional<FontFamily> bundled = catalog.family(family.getKey());
                if (bundled.isPresent()) {
                    describe(xml, bundled.get());
                    for (Map.Entry<FontFace, Set<Integer>> face : facesCarried(bundled.get(), family.getValue(), chars).entrySet()) {
                        embed(xml, face.getKey(), face.getValue());
                    }
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
    }

    /** What Word needs to choose a substitute, from the regular face's OS/2 table. */
    private static void describe(XMLStreamWriter xml, FontFamily family) throws XMLStreamException {
        FaceTraits traits = family.face(false, false).traits();
        if (!family.substitute().isEmpty()) {
            value(xml, "altName", family.substitute());
        }
        value(xml, "panose1", HexFormat.of().withUpperCase().formatHex(traits.panose()));
        value(xml, "charset", WordFontClass.charset(traits));
        value(xml, "family", WordFontClass.kind(traits));
        value(xml, "pitch", traits.fixedPitch() ? "fixed" : "variable");
        xml.writeEmptyElement("w", "sig", W);
        long[] unicode = traits.unicodeRanges();
        for (int i = 0; i < unicode.length; i++) {
            xml.writeAttribute("w", W, "usb" + i, hex32(unicode[i]));
        }
        long[] codePages = traits.codePageRanges();
        for (int i = 0; i < codePages.length; i++) {
            xml.writeAttribute("w", W, "csb" + i, hex32(codePages[i]));
        }
    }

    /**
     * The faces of {@code family} that show the faces {@code used}, each with all the characters it
     * shows, in Word's slot order. A face the family lacks (bold, in a fallback that has only a
     * regular face) is shown by the nearest one it has, which Word then emboldens or slants, as it
     * would on the author's machine; so that face travels with those characters too.
     */
    private static Map<FontFace, Set<Integer>> facesCarried(FontFamily family, List<FacesUsed.Face> used,
            Map<FacesUsed.Face, Set<Integer>> chars) {
        Map<FontFace, Set<Integer>> carried = new TreeMap<>(Comparator.comparingInt(face -> slot(face.bold(), face.italic())));
        for (FacesUsed.Face face : used) {
            carried.computeIfAbsent(family.face(face.bold(), face.italic()), f -> new TreeSet<>()).addAll(chars.get(face));
        }
        return carried;
    }

    /** The face as its own part, when its licence lets a document carry it. */
    private void embed(XMLStreamWriter xml, FontFace face, Set<Integer> chars)
            throws IOException, XMLStreamException, InvalidFormatException {
        if (!face.traits().subsetsMayBeEmbedded()) {
            return;
        }
        EmbeddedFont font = EmbeddedFont.of(FontSubset.of(face, chars));
        embedded++;
        PackagePart fontPart = pkg.createPart(PackagingURIHelper.createPartName("/word/fonts/font" + embedded + ".odttf"),
                OBFUSCATED_FONT);
        try (OutputStream out = fontPart.getOutputStream()) {
            out.write(font.obfuscated());
        }
        String id = "rId" + embedded;
        part.addRelationship(fontPart.getPartName(), TargetMode.INTERNAL, FONT_RELATION, id);
        xml.writeEmptyElement("w", SLOTS.get(slot(face.bold(), face.italic())), W);
        xml.writeAttribute("r", R, "id", id);
        xml.writeAttribute("w", W, "fontKey", font.key());
        xml.writeAttribute("w", W, "subsetted", "1");
    }

    private static int slot(boolean bold, boolean italic) {
        return (italic ? 2 : 0) + (bold ? 1 : 0);
    }

    private static void value(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeEmptyElement("w", element, W);
        xml.writeAttribute("w", W, "val", value);
    }

    private static String hex32(long bits) {
        return String.format("%08X", bits & 0xFFFFFFFFL);
    }
}
