package dev.cvpress.export.openpdf;

import com.lowagie.text.Document;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.export.Exporter;
import dev.cvpress.layout.PageLayout;
import dev.cvpress.layout.PagedDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Lays the document out and paints every page with OpenPDF: embedded subset fonts, links, bookmarks, metadata. */
final class OpenPdfExporter implements Exporter {
    private final PageLayout layout;

    OpenPdfExporter(PageLayout layout) {
        this.layout = layout;
    }

    @Override
    public List<Diagnostic> write(dev.cvpress.doc.Document document, OutputStream out) throws IOException {
        PagedDocument paged = layout.layout(document);
        float height = (float) paged.page().height();
        Document pdf = new Document(new Rectangle((float) paged.page().width(), height), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setFullCompression();
            // Ligature glyphs would have no Unicode of their own, and layout measured plain letters.
            pdf.setGlyphSubstitutionEnabled(false);
            pdf.open();
            PageFonts fonts = new PageFonts();
            for (PagedDocument.Page page : paged.pages()) {
                if (page.number() > 1) {
                    pdf.newPage();
                }
                writer.setPageEmpty(false);
                new PagePainter(writer, fonts, paged.structure(), height).paint(page.items());
            }
            Outline.applyTo(writer, paged, height);
            Metadata.applyTo(writer, paged);
            pdf.close();
        } catch (ExceptionConverter e) {
            // OpenPDF wraps the output stream's failures; the caller reports I/O errors as such.
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        return paged.warnings();
    }
}
