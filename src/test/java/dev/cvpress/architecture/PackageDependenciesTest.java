package dev.cvpress.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            "doc", List.of("dev.cvpress.style", "dev.cvpress.model", "dev.cvpress.export", "org.apache", "com.lowagie",
                    "org.openpdf"),
            "layout", List.of("dev.cvpress.export", "dev.cvpress.style", "org.apache.pdfbox", "org.apache.poi",
                    "com.lowagie", "org.openpdf"),
            "compose", List.of("dev.cvpress.export", "dev.cvpress.layout", "dev.cvpress.fonts", "org.apache"),
            "style", List.of("dev.cvpress.doc", "dev.cvpress.export", "org.apache"),
            "fonts", List.of("dev.cvpress.", "org.apache.pdfbox.pdmodel", "org.apache.poi"),
            "api", List.of("dev.cvpress.cli", "picocli", "org.apache", "com.lowagie", "org.openpdf"));

    /** The library facade sits on top of the pipeline: only the command line (and programs outside) use it. */
    @Test
    void onlyTheCommandLineUsesTheFacade() {
        List<String> violations = new ArrayList<>();
        sources(MAIN).stream()
                .filter(file -> !file.startsWith(MAIN.resolve("api")) && !file.startsWith(MAIN.resolve("cli")))
                .forEach(file -> imports(file).stream().filter(i -> i.startsWith("dev.cvpress.api."))
                        .forEach(i -> violations.add(file + " imports " + i)));
        assertEquals(List.of(), violations);
    }

    @Test
    void layersImportOnlyWhatTheyMay() {
        List<String> violations = new ArrayList<>();
        FORBIDDEN.forEach((pkg, prefixes) -> sources(MAIN.resolve(pkg)).forEach(file -> imports(file).stream()
                .filter(i -> prefixes.stream().anyMatch(i::startsWith))
                .filter(i -> !i.startsWith("dev.cvpress." + pkg + ".") && !isSibling(pkg, i))
                .forEach(i -> violations.add(file + " imports " + i))));
        assertEquals(List.of(), violations);
    }

    /**
     * Library package → the one folder allowed to import it. FontBox (org.apache.fontbox) and its I/O
     * layer (org.apache.pdfbox.io) are no PDF engine: {@code fonts} reads TrueType files with them.
     */
    private static final Map<String, String> ENGINES = Map.of(
            "org.apache.pdfbox.", "/export/pdfbox/",
            "com.lowagie.", "/export/openpdf/",
            "org.openpdf.", "/export/openpdf/",
            "org.apache.poi.", "/export/docx/",
            "me.tongfei.progressbar.", "/cli/");

    @Test
    void onlyEachEngineImportsItsLibrary() {
        List<String> violations = new ArrayList<>();
        sources(MAIN).forEach(file -> imports(file).forEach(i -> {
            String path = file.toString().replace('\\', '/');
            ENGINES.forEach((library, home) -> {
                if (i.startsWith(library) && !i.startsWith("org.apache.pdfbox.io.") && !path.contains(home)) {
                    violations.add(file + " imports " + i);
                }
            });
        }));
        assertEquals(List.of(), violations);
    }

    /** A renamed engine folder would leave the rule above nothing to check. */
    @Test
    void theEngineFoldersAreWhereTheRuleLooks() {
        ENGINES.values().forEach(home -> assertTrue(Files.isDirectory(MAIN.resolve(home.substring(1))), home));
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
