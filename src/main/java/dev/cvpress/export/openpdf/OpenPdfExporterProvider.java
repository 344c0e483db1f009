package dev.cvpress.export.openpdf;

import dev.cvpress.export.Exporter;
import dev.cvpress.export.ExporterProvider;
import dev.cvpress.export.Feature;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.layout.PageLayout;
import java.util.EnumSet;
import java.util.Set;

/**
 * Registers the OpenPDF engine under the id {@code pdf-openpdf}. It writes {@code .pdf} files but is
 * an alternative: a {@code .pdf} output still gets the PDFBox engine unless this id is named.
 */
public final class OpenPdfExporterProvider implements ExporterProvider {

    @Override
    public String id() {
        return "pdf-openpdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String description() {
        return "PDF via OpenPDF: the same pages as pdf, untagged and not PDF/A";
    }

    @Override
    public Set<Feature> features() {
        return EnumSet.of(Feature.EMBEDDED_FONTS, Feature.LINKS, Feature.BOOKMARKS, Feature.METADATA,
                Feature.PAGE_NUMBERS, Feature.REPRODUCIBLE);
    }

    @Override
    public boolean defaultForExtension() {
        return false;
    }

    @Override
    public Exporter create() {
        return new OpenPdfExporter(new PageLayout(FontCatalog.bundled()));
    }
}
