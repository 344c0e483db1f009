package dev.cvpress.export.pdfbox;

import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * The text operators of one page for {@link SubsetFont}s, whose strings are already glyph ids.
 * PDFBox's own text operators accept only its font objects (which would encode every string
 * again), so these are written as raw operators.
 */
@SuppressWarnings("deprecation") // appendRawCommands: discouraged, kept in PDFBox 3 for exactly this
final class GlyphText {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private final PDPageContentStream content;
    private final COSDictionary pageFonts;

    GlyphText(PDPageContentStream content, PDPage page) {
        this.content = content;
        PDResources resources = page.getResources();
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            fonts = new COSDictionary();
            resources.getCOSObject().setItem(COSName.FONT, fonts);
        }
        this.pageFonts = fonts;
    }

    /** Tf with {@code font}, which the page's resources then list. */
    void setFont(SubsetFont font, float size) throws IOException {
        pageFonts.setItem(COSName.getPDFName(font.resourceName()), font.dictionary());
        StringBuilder op = new StringBuilder("/").append(font.resourceName()).append(' ');
        content.appendRawCommands(number(op, size).append(" Tf\n").toString());
    }

    /**
     * Opens a Span whose /ActualText replaces the glyphs inside for extraction and screen readers.
     * The property list must be written inline: poppler ignores /ActualText in a named property
     * list (the only kind PDFBox's API writes).
     */
    void beginActualText(String actual) throws IOException {
        StringBuilder op = new StringBuilder("/Span <</ActualText <FEFF");
        for (char unit : actual.toCharArray()) {
            op.append(HEX.toHexDigits(unit));
        }
        content.appendRawCommands(op.append(">>> BDC\n").toString());
    }

    /**
     * TJ: runs of glyph ids ({@code byte[]}, as {@link SubsetFont#encode} gives them) with the
     * adjustments between them ({@code Float}, thousandths of an em, positive moves left).
     */
    void show(List<Object> parts) throws IOException {
        StringBuilder op = new StringBuilder("[");
        for (Object part : parts) {
            if (part instanceof byte[] glyphs) {
                op.append('<');
                HEX.formatHex(op, glyphs);
                op.append('>');
            } else {
                number(op, (Float) part).append(' ');
            }
        }
        content.appendRawCommands(op.append("] TJ\n").toString());
    }

    /** {@code value} to three decimals, without trailing zeros or an exponent, as PDF numbers are written. */
    static StringBuilder number(StringBuilder out, float value) {
        long thousandths = Math.round(value * 1000.0);
        if (thousandths < 0) {
            out.append('-');
            thousandths = -thousandths;
        }
        out.append(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction != 0) {
            out.append('.').append(fraction / 100);
            for (long rest = fraction % 100, unit = 10; rest != 0; rest %= unit, unit /= 10) {
                out.append(rest / unit);
            }
        }
        return out;
    }
}
