package dev.cvpress.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** What tests look for in a PDF besides its text: its fonts, its links, its bookmarks. */
public final class PdfParts {
    private PdfParts() {}

    /** Every font on every page is embedded, as a subset (its name carries the six-letter tag). */
    public static void assertFontsEmbeddedAndSubset(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is not a subset");
            }
        }
    }

    /** The targets of the link annotations, page by page. */
    public static List<String> linkUris(PDDocument document) throws IOException {
        List<String> uris = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        return uris;
    }

    /** Each top-level bookmark as "title → page number". */
    public static List<String> bookmarks(PDDocument document) throws IOException {
        List<String> marks = new ArrayList<>();
        var outline = document.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            for (PDOutlineItem item : outline.children()) {
                marks.add(item.getTitle() + " → " + (document.getPages().indexOf(item.findDestinationPage(document)) + 1));
            }
        }
        return marks;
    }
}
