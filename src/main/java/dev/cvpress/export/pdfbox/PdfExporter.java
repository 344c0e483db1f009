package dev.cvpress.export.pdfbox;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.doc.Document;
import dev.cvpress.export.Exporter;
import dev.cvpress.layout.PageLayout;
import dev.cvpress.layout.PagedDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays the document out and paints every page with PDFBox: tagged, bookmarked, PDF/UA-1 and
 * PDF/A-2u, or PDF/A-3u when the document carries an attachment (PDF/A-2 allows no embedded file
 * but PDF/A).
 */
final class PdfExporter implements Exporter {
    private final PageLayout layout;

    PdfExporter(PageLayout layout) {
        this.layout = layout;
    }

    @Override
    public List<Diagnostic> write(Document document, OutputStream out) throws IOException {
        PagedDocument paged = layout.layout(document);
        try (PDDocument pdf = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(pdf, paged);
            Tagging tagging = new Tagging(pdf, paged.structure());
            Bookmarks bookmarks = new Bookmarks(paged.structure());
            PDRectangle size = new PDRectangle((float) paged.page().width(), (float) paged.page().height());
            for (PagedDocument.Page page : paged.pages()) {
                PDPage pdfPage = new PDPage(size);
                pdf.addPage(pdfPage);
                new PagePainter(pdf, pdfPage, fonts, tagging, bookmarks).paint(page.items());
            }
            tagging.finish();
            bookmarks.applyTo(pdf);
            if (paged.info().attachment().isPresent()) {
                AssociatedFile.attach(pdf, paged.info().attachment().get(), paged.info().created());
            }
            new PdfMetadata(paged).applyTo(pdf);
            pdf.save(out);
        }
        return paged.warnings();
    }
}
