package dev.cvpress.export.pdfbox;

import dev.cvpress.doc.Document;
import dev.cvpress.export.ContentId;
import dev.cvpress.layout.PagedDocument;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Title, author, subject and keywords; the creation date from the résumé (never the clock); the
 * language; and a document ID derived from the content, so the same input gives the same bytes.
 */
final class PdfMetadata {
    private static final String PRODUCER = "cvpress with Apache PDFBox";
    private final PagedDocument paged;

    PdfMetadata(PagedDocument paged) {
        this.paged = paged;
    }

    void applyTo(PDDocument pdf) throws java.io.IOException {
        Document.Info info = paged.info();
        PDDocumentInformation properties = pdf.getDocumentInformation();
        properties.setTitle(info.title());
        properties.setAuthor(info.author());
        properties.setSubject(info.subject());
        properties.setKeywords(info.keywords());
        properties.setCreator("cvpress");
        properties.setProducer(PRODUCER);
        info.created().ifPresent(instant -> {
            properties.setCreationDate(calendar(instant));
            properties.setModificationDate(calendar(instant));
        });
        pdf.getDocumentCatalog().setLanguage(info.language());
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(preferences);
        byte[] id = ContentId.of(paged, PRODUCER);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
        Archival.applyTo(pdf, info, PRODUCER);
    }

    /** {@code instant} as PDFBox writes dates: in UTC, so the bytes do not depend on the machine's zone. */
    static Calendar calendar(Instant instant) {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(instant.toEpochMilli());
        return when;
    }
}
