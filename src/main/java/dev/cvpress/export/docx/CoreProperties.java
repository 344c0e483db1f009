package dev.cvpress.export.docx;

import dev.cvpress.doc.Document;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * docProps/core.xml from the document's {@link Document.Info}. Dates come only from the input,
 * never from the clock, so the same résumé gives the same file.
 */
final class CoreProperties {
    private CoreProperties() {}

    static void write(XWPFDocument docx, Document.Info info) {
        POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
        core.setTitle(info.title());
        core.setCreator(info.author());
        core.setSubjectProperty(info.subject());
        core.setKeywords(info.keywords());
        Optional<Date> created = info.created().map(Date::from);
        core.setCreated(created);
        core.setModified(created);
    }
}
