package dev.cvpress.export.openpdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTextArray;
import com.lowagie.text.pdf.PdfWriter;
import dev.cvpress.layout.Item;
import dev.cvpress.layout.StructNode;
import dev.cvpress.units.Rgb;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/** Paints one page's items onto the writer's current page; flips y, as PDF counts from the bottom. */
final class PagePainter {
    private final PdfWriter writer;
    private final PdfContentByte content;
    private final PageFonts fonts;
    private final List<StructNode> structure;
    private final float height;

    PagePainter(PdfWriter writer, PageFonts fonts, List<StructNode> structure, float height) {
        this.writer = writer;
        this.content = writer.getDirectContent();
        this.fonts = fonts;
        this.structure = structure;
        this.height = height;
    }

    void paint(List<Item> items) throws IOException {
        for (Item item : items) {
            if (item instanceof Item.Text text) {
                text(text);
            } else if (item instanceof Item.Line line) {
                line(line);
            } else if (item instanceof Item.Rect rect) {
                rect(rect);
            } else {
                link((Item.Link) item);
            }
        }
    }

    private void text(Item.Text text) throws IOException {
        BaseFont font = fonts.get(text.face());
        content.setColorFill(color(text.color()));
        text.actualText().ifPresent(this::beginActualText);
        if (text.emboldened()) {
            content.saveState();
            embolden(text);
        }
        content.beginText();
        content.setFontAndSize(font, (float) text.size());
        moveExactly((float) text.x(), height - (float) text.baseline());
        content.showText(positioned(text, font));
        content.endText();
        if (text.emboldened()) {
            content.restoreState();
        }
        if (text.actualText().isPresent()) {
            content.endMarkedContentSequence();
        }
    }

    /** Text the face cannot show bold is filled and stroked in its own colour. */
    private void embolden(Item.Text text) {
        content.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
        content.setLineWidth((float) text.emboldening());
        content.setColorStroke(color(text.color()));
    }

    /** A Span whose /ActualText (written inline, which poppler needs) is what extraction reads for the glyphs inside. */
    private void beginActualText(String actual) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.ACTUALTEXT, new PdfString(actual, PdfObject.TEXT_UNICODE));
        content.beginMarkedContentSequence(PdfName.SPAN, properties, true);
    }

    /**
     * Moves to the start of the text in two steps, the whole points and then the fraction: OpenPDF
     * writes numbers from 1 up with two decimals but smaller ones with five, and a glyph 0.005 pt
     * off already shades differently from the PDFBox engine's.
     */
    private void moveExactly(float x, float y) {
        float wholeX = (float) Math.floor(x);
        float wholeY = (float) Math.floor(y);
        content.moveText(wholeX, wholeY);
        content.moveText(x - wholeX, y - wholeY);
    }

    /** The same two steps for the coordinate system, for drawing. */
    private void translateExactly(float x, float y) {
        float wholeX = (float) Math.floor(x);
        float wholeY = (float) Math.floor(y);
        content.concatCTM(1, 0, 0, 1, wholeX, wholeY);
        content.concatCTM(1, 0, 0, 1, x - wholeX, y - wholeY);
    }

    /**
     * The text as a TJ array, split where the font kerns a pair, where a justified line widens a
     * space, and where OpenPDF's glyph widths
     * (whole thousandths of an em, truncated) differ from the font's own, with the correction
     * between, so every glyph lands where layout measured it.
     */
    private static PdfTextArray positioned(Item.Text text, BaseFont font) {
        PdfTextArray parts = new PdfTextArray();
        StringBuilder run = new StringBuilder();
        String s = text.text();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
            if (i < s.length()) {
                int next = s.codePointAt(i);
                double widthError = text.face().width(Character.toString(cp), 1000) - font.getWidth(cp);
                // As layout measured: a justified space widened, kerning within words only.
                double kern = (cp == ' ' ? text.wordSpacing()
                        : next == ' ' ? 0 : text.face().kerning(cp, next, text.size())) / text.size() * 1000;
                double shift = widthError + kern;
                if (Math.abs(shift) > 1e-6) {
                    parts.add(run.toString());
                    // TJ numbers move the next glyph left.
                    parts.add((float) -shift);
                    run.setLength(0);
                }
            }
        }
        parts.add(run.toString());
        return parts;
    }

    /** A stroke drawn from its start, to which the coordinates are moved exactly (see {@link #moveExactly}). */
    private void line(Item.Line line) {
        float x = (float) line.x1();
        float y = height - (float) line.y1();
        content.saveState();
        translateExactly(x, y);
        content.setColorStroke(color(line.color()));
        content.setLineWidth((float) line.thickness());
        content.moveTo(0, 0);
        content.lineTo((float) line.x2() - x, height - (float) line.y2() - y);
        content.stroke();
        content.restoreState();
    }

    private void rect(Item.Rect rect) {
        float x = (float) rect.x();
        float y = height - (float) (rect.top() + rect.height());
        content.saveState();
        translateExactly(x, y);
        content.setColorFill(color(rect.color()));
        content.rectangle(0, 0, (float) rect.width(), (float) rect.height());
        content.fill();
        content.restoreState();
    }

    private void link(Item.Link link) {
        float bottom = height - (float) (link.top() + link.height());
        PdfAnnotation annotation = new PdfAnnotation(writer, (float) link.x(), bottom,
                (float) (link.x() + link.width()), bottom + (float) link.height(), new PdfAction(link.uri()));
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        String alt = structure.get(link.node()).alt();
        if (!alt.isEmpty()) {
            annotation.put(PdfName.CONTENTS, new PdfString(alt, PdfObject.TEXT_UNICODE));
        }
        writer.addAnnotation(annotation);
    }

    private static Color color(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }
}
