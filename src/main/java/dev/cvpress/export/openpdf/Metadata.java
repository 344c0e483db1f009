package dev.cvpress.export.openpdf;

import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dev.cvpress.doc.Document;
import dev.cvpress.export.ContentId;
import dev.cvpress.layout.PagedDocument;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Title, author, subject and keywords; the creation date from the résumé (OpenPDF's own stamp of
 * the clock is removed); the language; and a document ID derived from the content, so the same
 * input gives the same bytes.
 */
final class Metadata {
    private static final String PRODUCER = "cvpress with OpenPDF";

    private Metadata() {}

    static void applyTo(PdfWriter writer, PagedDocument paged) {
        Document.Info info = paged.info();
        PdfDictionary properties = writer.getInfo();
        properties.put(PdfName.TITLE, text(info.title()));
        properties.put(PdfName.AUTHOR, text(info.author()));
        properties.put(PdfName.SUBJECT, text(info.subject()));
        properties.put(PdfName.KEYWORDS, text(info.keywords()));
        properties.put(PdfName.CREATOR, text("cvpress"));
        properties.put(PdfName.PRODUCER, text(PRODUCER));
        properties.remove(PdfName.CREATIONDATE);
        info.created().ifPresent(instant -> {
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(instant.toEpochMilli());
            properties.put(PdfName.CREATIONDATE, new PdfDate(when));
            properties.put(PdfName.MODDATE, new PdfDate(when));
        });
        writer.getExtraCatalog().put(PdfName.LANG, text(info.language()));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        // OpenPDF's one way to fix the trailer's ID: it takes a FileId entry of the information
        // dictionary (which keeps it too, as a private key that readers ignore).
        byte[] id = ContentId.of(paged, PRODUCER);
        properties.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private static PdfString text(String value) {
        return new PdfString(value, PdfObject.TEXT_UNICODE);
    }
}
