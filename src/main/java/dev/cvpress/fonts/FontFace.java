package dev.cvpress.fonts;

import java.io.IOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType face: its program bytes (for embedding) and the metrics layout needs, read once
 * into plain arrays so a face can be shared by threads.
 */
public final class FontFace {
    private final String family;
    private final boolean bold;
    private final boolean italic;
    private final byte[] program;
    private final CmapLookup cmap;
    /**
     * Glyph id + 1 of each BMP character looked up so far, 0 for not yet: the cmap boxes every
     * lookup, and layout and painting ask for the same few hundred characters millions of times.
     * Threads may race to fill an entry, harmlessly: each writes the same value, and a char is
     * written whole.
     */
    private final char[] bmpGlyphs = new char[Character.MAX_VALUE + 1];
    private final int[] advances;
    private final Kerning pairKerning;
    private final double unitsPerEm;
    private final double ascent;
    private final double descent;
    private final FaceTraits traits;

    FontFace(String family, boolean bold, boolean italic, byte[] program) throws IOException {
        this.family = family;
        this.bold = bold;
        this.italic = italic;
        this.program = program;
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(program))) {
            // Layout maps characters to glyphs one to one; without this, the lookup would read GSUB.
            ttf.setEnableGsub(false);
            this.cmap = ttf.getUnicodeCmapLookup();
            this.unitsPerEm = ttf.getUnitsPerEm();
            HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
            this.ascent = hhea.getAscender() / unitsPerEm;
            this.descent = -hhea.getDescender() / unitsPerEm;
            int glyphs = ttf.getNumberOfGlyphs();
            this.advances = new int[glyphs];
            for (int gid = 0; gid < glyphs; gid++) {
                advances[gid] = ttf.getAdvanceWidth(gid);
            }
            this.pairKerning = Kerning.of(ttf);
            this.traits = FaceTraits.of(ttf.getOS2Windows(), ttf.getPostScript());
        }
    }

    public String family() {
        return family;
    }

    public boolean bold() {
        return bold;
    }

    public boolean italic() {
        return italic;
    }

    /** The font program, for an exporter to embed; callers must not modify it. */
    public byte[] program() {
        return program;
    }

    public boolean covers(int codePoint) {
        return glyphId(codePoint) != 0;
    }

    /** The glyph that shows {@code codePoint}, 0 (the missing glyph) when the face lacks it. */
    public int glyphId(int codePoint) {
        if (codePoint < 0 || codePoint > Character.MAX_VALUE) {
            return cmap.getGlyphId(codePoint);
        }
        int known = bmpGlyphs[codePoint];
        if (known == 0) {
            known = cmap.getGlyphId(codePoint) + 1;
            bmpGlyphs[codePoint] = (char) known;
        }
        return known - 1;
    }

    /**
     * Advance width of {@code text} at {@code size} points, kerned as a painter using
     * {@link #kerning} sets it; a character the face lacks adds the missing glyph's advance and kerns
     * with neither neighbour.
     */
    public double width(String text, double size) {
        long units = 0;
        int previous = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int gid = glyphId(cp);
            units += gid < advances.length ? advances[gid] : 0;
            if (previous != 0 && gid != 0) {
                units += pairKerning.kerning(previous, gid);
            }
            previous = gid;
            i += Character.charCount(cp);
        }
        return units / unitsPerEm * size;
    }

    /**
     * The kerning between two characters at {@code size} points, to add after the left one:
     * negative draws them closer. 0 when the face lacks either, as {@link #width} counts it.
     */
    public double kerning(int leftCodePoint, int rightCodePoint, double size) {
        int left = glyphId(leftCodePoint);
        int right = glyphId(rightCodePoint);
        if (left == 0 || right == 0) {
            return 0;
        }
        return pairKerning.kerning(left, right) / unitsPerEm * size;
    }

    /** Height above the baseline, as a fraction of the size. */
    public double ascent() {
        return ascent;
    }

    /** Depth below the baseline, as a positive fraction of the size. */
    public double descent() {
        return descent;
    }

    /** How the face classifies itself, for a reader that must substitute it. */
    public FaceTraits traits() {
        return traits;
    }

    @Override
    public String toString() {
        return family + (bold ? " Bold" : "") + (italic ? " Italic" : "");
    }
}
