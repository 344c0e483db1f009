package dev.cvpress.export;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/** The exporters on the class path, looked up by id or by file extension. */
public final class Exporters {
    private static final List<ExporterProvider> ALL = ServiceLoader.load(ExporterProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .sorted(Comparator.comparing(ExporterProvider::id))
            .toList();

    private Exporters() {}

    public static List<ExporterProvider> all() {
        return ALL;
    }

    public static Optional<ExporterProvider> byId(String id) {
        return ALL.stream().filter(p -> p.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The exporter a file with this extension gets when no format is named: the default engine for it. */
    public static Optional<ExporterProvider> byExtension(String extension) {
        String ext = extension.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(p -> p.extension().equals(ext) && p.defaultForExtension()).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(ExporterProvider::id).toList();
    }
}
