package dev.cvpress.fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.TTFSubsetter;

/**
 * A face cut down to the characters a document shows, for the document to carry, and named as the
 * member of its family it stands in for. The bundled "bold" may be a Semibold that calls itself a
 * family of its own ("Source Serif 4 Semibold"); a word processor asked for the bold of "Source
 * Serif 4" looks for a face of that family flagged bold, so the subset says exactly that.
 */
public final class FontSubset {
    /**
     * What a renderer needs. GSUB and GPOS are left out: subsetting renumbers the glyphs they name,
     * so Word's and LibreOffice's kerning (off in Word files unless asked for) has nothing to use.
     */
    private static final List<String> KEPT_TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap",
            "OS/2", "name", "post", "cvt ", "fpgm", "prep", "gasp");
    /** Names copied from the original: copyright, unique id, version, PostScript name, licence and its address. */
    private static final List<Integer> KEPT_NAMES = List.of(0, 3, 5, 6, 13, 14);
    private static final int FAMILY = 1;
    private static final int SUBFAMILY = 2;
    private static final int FULL_NAME = 4;
    /** OS/2 fsSelection: bits 0 (italic), 5 (bold) and 6 (regular). */
    private static final int FS_SELECTION = 62;
    private static final int ITALIC = 0x01;
    private static final int BOLD = 0x20;
    private static final int REGULAR = 0x40;
    /** head.macStyle: bit 0 bold, bit 1 italic. */
    private static final int MAC_STYLE = 44;

    private FontSubset() {}

    /** The outlines of {@code face} for {@code codePoints} (those it lacks are skipped), as a TrueType file. */
    public static byte[] of(FontFace face, Set<Integer> codePoints) throws IOException {
        return FontPrograms.lend(face, ttf -> {
            TTFSubsetter subsetter = new TTFSubsetter(ttf, KEPT_TABLES);
            codePoints.forEach(subsetter::add);
            ByteArrayOutputStream subset = new ByteArrayOutputStream();
            subsetter.writeToStream(subset);
            SfntTables tables = SfntTables.read(subset.toByteArray());
            tables.put("name", names(ttf.getNaming(), face));
            int selection = tables.uint16("OS/2", FS_SELECTION) & ~(ITALIC | BOLD | REGULAR);
            tables.putUint16("OS/2", FS_SELECTION, selection | (face.italic() ? ITALIC : 0) | (face.bold() ? BOLD : 0)
                    | (face.bold() || face.italic() ? 0 : REGULAR));
            int macStyle = tables.uint16("head", MAC_STYLE) & ~3;
            tables.putUint16("head", MAC_STYLE, macStyle | (face.bold() ? 1 : 0) | (face.italic() ? 2 : 0));
            return tables.write();
        });
    }

    /** A Windows-platform name table: the family and style as the document uses them, the rest as the original says. */
    private static byte[] names(NamingTable original, FontFace face) {
        Map<Integer, String> names = new TreeMap<>();
        if (original != null) {
            for (int id : KEPT_NAMES) {
                String name = original.getName(id, NameRecord.PLATFORM_WINDOWS, NameRecord.ENCODING_WINDOWS_UNICODE_BMP,
                        NameRecord.LANGUAGE_WINDOWS_EN_US);
                if (name != null) {
                    names.put(id, name);
                }
            }
        }
        String style = face.bold() ? (face.italic() ? "Bold Italic" : "Bold") : face.italic() ? "Italic" : "Regular";
        names.put(FAMILY, face.family());
        names.put(SUBFAMILY, style);
        names.put(FULL_NAME, face.bold() || face.italic() ? face.family() + " " + style : face.family());
        byte[][] strings = names.values().stream().map(s -> s.getBytes(StandardCharsets.UTF_16BE)).toArray(byte[][]::new);
        int header = 6 + 12 * names.size();
        ByteBuffer out = ByteBuffer.allocate(header + Arrays.stream(strings).mapToInt(s -> s.length).sum());
        out.putShort((short) 0).putShort((short) names.size()).putShort((short) header);
        int offset = 0;
        int i = 0;
        for (int id : names.keySet()) {
            out.putShort((short) NameRecord.PLATFORM_WINDOWS).putShort((short) NameRecord.ENCODING_WINDOWS_UNICODE_BMP)
                    .putShort((short) NameRecord.LANGUAGE_WINDOWS_EN_US).putShort((short) id)
                    .putShort((short) strings[i].length).putShort((short) offset);
            offset += strings[i++].length;
        }
        for (byte[] s : strings) {
            out.put(s);
        }
        return out.array();
    }
}
