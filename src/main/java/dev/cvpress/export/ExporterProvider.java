package dev.cvpress.export;

import java.util.Set;

/**
 * A format, registered in {@code META-INF/services/dev.cvpress.export.ExporterProvider} and found
 * by {@link java.util.ServiceLoader}; adding an engine touches nothing outside its own package.
 */
public interface ExporterProvider {

    /** The id users type: {@code pdf}, {@code docx}. */
    String id();

    /** The usual file extension, without the dot. */
    String extension();

    String mediaType();

    /** One line for {@code --help} and listings. */
    String description();

    /** What the files this exporter writes offer; {@code cvpress formats} lists it. */
    Set<Feature> features();

    /**
     * Whether a file's extension alone selects this exporter. An alternative engine for a format
     * another engine already writes says {@code false} and is chosen by its id.
     */
    default boolean defaultForExtension() {
        return true;
    }

    Exporter create();
}
