package dev.cvpress.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The engines found through ServiceLoader, and how an output's extension picks one. */
class ExportersTest {

    @Test
    void everyEngineIsFoundById() {
        assertEquals(List.of("docx", "pdf", "pdf-openpdf"), Exporters.ids());
    }

    @Test
    void aPdfFileGetsPdfBoxUnlessOpenPdfIsNamed() {
        assertEquals("pdf", Exporters.byExtension("PDF").orElseThrow().id());
        assertEquals("docx", Exporters.byExtension("docx").orElseThrow().id());
        assertEquals("pdf", Exporters.byId("pdf-openpdf").orElseThrow().extension());
    }

    @Test
    void eachExtensionHasExactlyOneDefaultEngine() {
        for (ExporterProvider provider : Exporters.all()) {
            assertEquals(1, Exporters.all().stream()
                    .filter(p -> p.extension().equals(provider.extension()) && p.defaultForExtension()).count(),
                    provider.extension());
        }
    }

    @Test
    void theOpenPdfEngineSaysWhatItLacks() {
        ExporterProvider openpdf = Exporters.byId("pdf-openpdf").orElseThrow();
        assertFalse(openpdf.features().contains(Feature.TAGGED));
        assertFalse(openpdf.features().contains(Feature.ARCHIVAL));
        assertTrue(openpdf.features().contains(Feature.EMBEDDED_FONTS));
    }
}
