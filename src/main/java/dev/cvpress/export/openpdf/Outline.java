package dev.cvpress.export.openpdf;

import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import dev.cvpress.export.Bookmark;
import dev.cvpress.layout.PagedDocument;

/** The document outline: one bookmark per section heading, opening its page at the heading. */
final class Outline {
    private Outline() {}

    static void applyTo(PdfWriter writer, PagedDocument paged, float height) {
        for (Bookmark bookmark : Bookmark.of(paged)) {
            // Left and zoom stay as the reader has them (-1 and 0 mean "unchanged").
            PdfDestination destination = new PdfDestination(PdfDestination.XYZ, -1,
                    Math.round(height - bookmark.top()), 0);
            destination.addPage(writer.getPageReference(bookmark.page() + 1));
            // An outline item attaches itself to its parent.
            new PdfOutline(writer.getRootOutline(), destination, bookmark.title());
        }
    }
}
