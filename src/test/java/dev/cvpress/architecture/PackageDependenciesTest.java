package dev.cvpress.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pipeline's layering, checked on the sources: the engines' libraries stay in the engines' packages. */
class PackageDependenciesTest {
    private static final Path MAIN = Path.of("src/main/java/dev/cvpress");

    /** Package → import prefixes it must never use. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "model", List.of("dev.cvpress.", "com.fasterxml", "org.apache"),
            "doc", List.of("dev.cvpress.style", "dev.cvpress.model", "dev.cvpress.export", "org.apache", "com.lowagie"),
            "layout", List.of("dev.cvpress.export", "dev.cvpress.style", "org.apache.pdfbox", "org.apache.poi", "com.lowagie"),
            "compose", List.of("dev.cvpress.export", "dev.cvpress.layout", "dev.cvpress.fonts", "org.apache"),
            "style", List.of("dev.cvpress.doc", "dev.cvpress.export", "org.apache"),
            "fonts", List.of("dev.cvpress.", "org.apache.pdfbox.pdmodel", "org.apache.poi"));

    @Test
    void layersImportOnlyWhatTheyMay() {
        List<String> violations = new ArrayList<>();
        FORBIDDEN.forEach((pkg, prefixes) -> sources(MAIN.resolve(pkg)).forEach(file -> imports(file).stream()
                .filter(i -> prefixes.stream().anyMatch(i::startsWith))
                .filter(i -> !i.startsWith("dev.cvpress." + pkg + ".") && !isSibling(pkg, i))
                .forEach(i -> violations.add(file + " imports " + i))));
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyEachEngineImportsItsLibrary() {
        List<String> violations = new ArrayList<>();
        sources(MAIN).forEach(file -> imports(file).forEach(i -> {
            String path = file.toString().replace('\\', '/');
            if (i.startsWith("org.apache.pdfbox.") && !i.startsWith("org.apache.pdfbox.io.")
                    && !path.contains("/export/pdfbox/")) {
                violations.add(file + " imports " + i);
            }
            if (i.startsWith("org.apache.poi.") && !path.contains("/export/docx/")) {
                violations.add(file + " imports " + i);
            }
        }));
        assertEquals(List.of(), violations);
    }

    /** Imports of the package itself ("dev.cvpress.model.X" inside model) are fine. */
    private static boolean isSibling(String pkg, String imported) {
        return imported.startsWith("dev.cvpress." + pkg + ".");
    }

    private static List<Path> sources(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> imports(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith("import "))
                    .map(l -> l.replaceFirst("import (static )?", "").replace(";", "").strip()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
