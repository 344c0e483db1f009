package dev.cvpress.export.pdfbox;

import dev.cvpress.layout.Item;
import dev.cvpress.layout.StructNode;
import dev.cvpress.units.Rgb;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Paints one page's items: text as tagged marked content of its structure element, rules and page
 * numbers as artifacts, links as annotations tied to their Link elements. Flips y, as PDF counts
 * from the bottom.
 */
final class PagePainter {
    private final PDDocument pdf;
    private final PDPage page;
    private final DocumentFonts fonts;
    private final Tagging tagging;
    private final Bookmarks bookmarks;
    private final float height;
    /** The text state and fill colour last set, which last until changed: setting them again is waste. */
    private SubsetFont currentFont;
    private float currentSize;
    private Rgb currentFill;
    private RenderingMode currentMode = RenderingMode.FILL;

    PagePainter(PDDocument pdf, PDPage page, DocumentFonts fonts, Tagging tagging, Bookmarks bookmarks) {
        this.pdf = pdf;
        this.page = page;
        this.fonts = fonts;
        this.tagging = tagging;
        this.bookmarks = bookmarks;
        this.height = page.getMediaBox().getHeight();
    }

    void paint(List<Item> items) throws IOException {
        tagging.startPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            GlyphText glyphs = new GlyphText(content, page);
            for (Item item : items) {
                if (item instanceof Item.Text text) {
                    text(content, glyphs, text);
                } else if (item instanceof Item.Line line) {
                    line(content, line);
                } else if (item instanceof Item.Rect rect) {
                    rect(content, rect);
                } else {
                    link((Item.Link) item);
                }
            }
        }
        // Screen readers move between links in structure order.
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }

    private void text(PDPageContentStream content, GlyphText glyphs, Item.Text text) throws IOException {
        if (text.node() == StructNode.ARTIFACT) {
            content.beginMarkedContent(COSName.ARTIFACT);
        } else {
            content.beginMarkedContent(COSName.getPDFName(tagging.role(text.node())), tagging.content(text.node()));
            bookmarks.saw(text, page);
        }
        if (text.actualText().isPresent()) {
            glyphs.beginActualText(text.actualText().get());
        }
        content.beginText();
        SubsetFont font = fonts.font(text.face());
        if (font != currentFont || (float) text.size() != currentSize) {
            glyphs.setFont(font, (float) text.size());
            currentFont = font;
            currentSize = (float) text.size();
        }
        fill(content, text.color());
        embolden(content, text);
        content.newLineAtOffset((float) text.x(), height - (float) text.baseline());
        glyphs.show(kerned(text, font));
        content.endText();
        if (text.actualText().isPresent()) {
            content.endMarkedContent();
        }
        content.endMarkedContent();
    }

    /**
     * The text split where the font kerns a pair or a justified line widens a space, with the
     * adjustment between (in thousandths of an em, positive = closer), so the painted width is the
     * width layout measured: layout kerns within words, never across a space (as TeX does), so
     * neither does this. (The word-spacing operator Tw cannot widen the spaces: it applies only to
     * one-byte codes, and these fonts use two.)
     */
    private static List<Object> kerned(Item.Text text, SubsetFont font) {
        List<Object> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        String s = text.text();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
            if (i < s.length()) {
                int next = s.codePointAt(i);
                double kern = cp == ' ' ? text.wordSpacing()
                        : next == ' ' ? 0 : text.face().kerning(cp, next, text.size());
                if (kern != 0) {
                    parts.add(font.encode(run.toString()));
                    parts.add((float) (-kern / text.size() * 1000));
                    run.setLength(0);
                }
            }
        }
        parts.add(font.encode(run.toString()));
        return parts;
    }

    private void line(PDPageContentStream content, Item.Line line) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        content.setStrokingColor(color(line.color()));
        content.setLineWidth((float) line.thickness());
        content.moveTo((float) line.x1(), height - (float) line.y1());
        content.lineTo((float) line.x2(), height - (float) line.y2());
        content.stroke();
        content.endMarkedContent();
    }

    private void rect(PDPageContentStream content, Item.Rect rect) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        fill(content, rect.color());
        content.addRect((float) rect.x(), height - (float) (rect.top() + rect.height()), (float) rect.width(),
                (float) rect.height());
        content.fill();
        content.endMarkedContent();
    }

    private void link(Item.Link link) throws IOException {
        PDAnnotationLink annotation = new PDAnnotationLink();
        annotation.setRectangle(new PDRectangle((float) link.x(), height - (float) (link.top() + link.height()),
                (float) link.width(), (float) link.height()));
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        annotation.setBorderStyle(noBorder);
        annotation.setPrinted(true);
        annotation.setContents(tagging.alt(link.node()));
        PDActionURI action = new PDActionURI();
        action.setURI(link.uri());
        annotation.setAction(action);
        page.getAnnotations().add(annotation);
        tagging.annotation(link.node(), annotation);
    }

    /**
     * Emboldened text is filled and stroked in its own colour (lines set their own width and colour
     * before they stroke, so this leaves them nothing to undo); other text is only filled.
     */
    private void embolden(PDPageContentStream content, Item.Text text) throws IOException {
        if (text.emboldened()) {
            content.setStrokingColor(color(text.color()));
            content.setLineWidth((float) text.emboldening());
        }
        RenderingMode mode = text.emboldened() ? RenderingMode.FILL_STROKE : RenderingMode.FILL;
        if (mode != currentMode) {
            content.setRenderingMode(mode);
            currentMode = mode;
        }
    }

    private void fill(PDPageContentStream content, Rgb color) throws IOException {
        if (!color.equals(currentFill)) {
            content.setNonStrokingColor(color(color));
            currentFill = color;
        }
    }

    private static java.awt.Color color(Rgb rgb) {
        return new java.awt.Color(rgb.red(), rgb.green(), rgb.blue());
    }
}
