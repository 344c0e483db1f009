package dev.cvpress.export.pdfbox;

import dev.cvpress.export.Exporter;
import dev.cvpress.export.ExporterProvider;
import dev.cvpress.export.Feature;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.layout.PageLayout;
import java.util.EnumSet;
import java.util.Set;

/** Registers the Apache PDFBox engine under the id {@code pdf}. */
public final class PdfExporterProvider implements ExporterProvider {

    @Override
    public String id() {
        return "pdf";
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
        return "PDF via Apache PDFBox: embedded subset fonts, links, metadata";
    }

    @Override
    public Set<Feature> features() {
        return EnumSet.of(Feature.EMBEDDED_FONTS, Feature.LINKS, Feature.BOOKMARKS, Feature.METADATA,
                Feature.PAGE_NUMBERS, Feature.REPRODUCIBLE, Feature.TAGGED, Feature.ARCHIVAL);
    }

    @Override
    public Exporter create() {
        return new PdfExporter(new PageLayout(FontCatalog.bundled()));
    }
}
