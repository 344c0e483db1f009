package dev.cvpress.export.docx;

import dev.cvpress.export.Exporter;
import dev.cvpress.export.ExporterProvider;
import dev.cvpress.export.Feature;
import dev.cvpress.fonts.FontCatalog;
import java.util.EnumSet;
import java.util.Set;

/** Registers the Word exporter under the id {@code docx}. */
public final class DocxExporterProvider implements ExporterProvider {

    @Override
    public String id() {
        return "docx";
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    @Override
    public String description() {
        return "Editable Word document (Office Open XML) with real styles, bullets, links, page numbers and its fonts";
    }

    @Override
    public Set<Feature> features() {
        return EnumSet.of(Feature.EMBEDDED_FONTS, Feature.LINKS, Feature.METADATA, Feature.PAGE_NUMBERS,
                Feature.REPRODUCIBLE, Feature.EDITABLE);
    }

    @Override
    public Exporter create() {
        return new DocxExporter(FontCatalog.bundled());
    }
}
