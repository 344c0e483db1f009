package dev.cvpress.export.pdfbox;

import dev.cvpress.doc.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Embeds a file as PDF/A-3 wants it: an associated file of the whole document (the catalog's
 * /AF), related as its source /Data, with its media type, size and the document's dates (never
 * the clock), named in both /F and /UF (PDF/UA) and listed in the embedded-files name tree so
 * viewers show it as an attachment.
 */
final class AssociatedFile {
    private AssociatedFile() {}

    static void attach(PDDocument pdf, Document.Attachment attachment, Optional<Instant> date) throws IOException {
        byte[] bytes = attachment.bytes();
        PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(bytes), COSName.FLATE_DECODE);
        file.setSubtype(attachment.mediaType());
        file.setSize(bytes.length);
        date.ifPresent(when -> {
            file.setCreationDate(PdfMetadata.calendar(when));
            file.setModDate(PdfMetadata.calendar(when));
        });
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(attachment.name());
        spec.setFileUnicode(attachment.name());
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription(attachment.description());
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");

        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(attachment.name(), spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }
}
