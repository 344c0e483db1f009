package dev.cvpress.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.doc.Document;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.fonts.FontFace;
import dev.cvpress.model.Resume;
import dev.cvpress.normalize.Normalizer;
import dev.cvpress.support.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Faces are parsed when a character first needs them, not with their family: a Latin résumé never
 * parses the fallback fonts (megabytes of CJK and Noto outlines), and a name in Chinese still gets them.
 */
class FaceLoadingTest {

    @Test
    void aLatinResumeParsesOnlyTheFacesItsStyleUses() {
        FontCatalog catalog = FontCatalog.unshared();
        new PageLayout(catalog).layout(Pipeline.compose(Pipeline.read(Pipeline.example()), "classic"));

        Set<String> parsed = names(catalog.parsedFaces());
        assertEquals(Set.of("Source Serif 4"),
                catalog.parsedFaces().stream().map(FontFace::family).collect(Collectors.toSet()), parsed.toString());
        assertTrue(parsed.contains("Source Serif 4 regular") && parsed.contains("Source Serif 4 bold")
                && parsed.contains("Source Serif 4 italic"), parsed.toString());
        assertTrue(!parsed.contains("Source Serif 4 bold italic"), "classic sets nothing in bold italic: " + parsed);
    }

    @Test
    void aChineseNameIsSetInTheFallbackFaceParsedForIt() {
        FontCatalog catalog = FontCatalog.unshared();
        Document document = Pipeline.compose(resume("王小明 Wang"), "classic");
        PagedDocument paged = new PageLayout(catalog).layout(document);

        List<Item.Text> chinese = paged.pages().get(0).items().stream()
                .filter(Item.Text.class::isInstance).map(Item.Text.class::cast)
                .filter(t -> t.text().contains("王小明")).toList();
        assertTrue(!chinese.isEmpty(), "the name is on the first page (heading and footer)");
        chinese.forEach(t -> assertEquals("Droid Sans Fallback", t.face().family(), t.text()));
        Set<String> parsed = names(catalog.parsedFaces());
        assertTrue(parsed.contains("Droid Sans Fallback regular"), parsed.toString());
        long noto = catalog.parsedFaces().stream().filter(f -> f.family().equals("Noto Serif")).count();
        assertTrue(noto <= 1, "Noto Serif, asked first, parses only the face asked for: " + parsed);
    }

    private static Resume resume(String name) {
        String json = "{\"basics\": {\"name\": \"" + name + "\", \"label\": \"Engineer\"},"
                + " \"work\": [{\"name\": \"Acme\", \"position\": \"Engineer\", \"startDate\": \"2020-01\","
                + " \"highlights\": [\"Shipped the thing\"]}]}";
        return new Normalizer().normalize(json.getBytes(StandardCharsets.UTF_8), "cjk.json").resume().orElseThrow();
    }

    private static Set<String> names(List<FontFace> faces) {
        return faces.stream().map(f -> f.family() + (f.bold() && f.italic() ? " bold italic" : f.bold() ? " bold"
                : f.italic() ? " italic" : " regular")).collect(Collectors.toSet());
    }
}
