package dev.cvpress.export.docx;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.doc.Document;
import dev.cvpress.export.Exporter;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.layout.PageLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes a document as a Word file built from scratch: styles first, so the body, the bullets
 * and the footer can name them, then the page setup, the file's properties, the fonts it carries
 * and the settings.
 */
public final class DocxExporter implements Exporter {
    private final FontCatalog fonts;
    private final FontMetrics metrics;
    /** Measures entries, so the same ones keep whole in Word as in the PDF. */
    private final PageLayout layout;

    /**
     * {@code fonts} are the fonts the PDF is set in: measured so Word spaces lines as the PDF does,
     * and embedded so the reader sees them.
     */
    public DocxExporter(FontCatalog fonts) {
        this.fonts = fonts;
        this.metrics = new FontMetrics(fonts);
        this.layout = new PageLayout(fonts);
    }

    @Override
    public List<Diagnostic> write(Document document, OutputStream out) throws IOException {
        FallbackRuns fallbacks = new FallbackRuns(fonts, document.fallbackFonts());
        TextRuns runs = new TextRuns(fallbacks);
        XWPFDocument docx = new XWPFDocument();
        try {
            StyleSheet.define(docx, document, metrics);
            new BodyWriter(docx, document, runs, metrics, layout.keepsWhole(document))
                    .write(document.blocks());
            document.footer().ifPresent(footer -> PageFooter.write(docx, footer, runs));
            PageSection.write(docx, document.page(), document.footer());
            CoreProperties.write(docx, document.info());
            boolean embedded = FontTable.write(docx, FacesUsed.of(document, StyleSheet.base(document), fallbacks), fonts);
            WordSettings.write(docx, embedded);
            try (StableZip zip = new StableZip(out)) {
                docx.write(zip);
            }
        } finally {
            // Closing a package POI made in memory saves it once more, into a buffer no one reads.
            docx.getPackage().revert();
        }
        return runs.warnings();
    }
}
