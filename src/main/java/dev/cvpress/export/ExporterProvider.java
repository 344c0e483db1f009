package dev.cvpress.export;

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

    Exporter create();
}
