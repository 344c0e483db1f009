package dev.cvpress.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.cvpress.units.Length;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed schema is the generated one, and it agrees with the loader on what a style may say. */
class StyleSchemaTest {
    private static final Path COMMITTED = Path.of(StyleSchema.FILE);
    private static final YAMLMapper YAML = new YAMLMapper();
    private final JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(StyleSchema.generate());

    @Test
    void theCommittedSchemaIsTheGeneratedOne() throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(COMMITTED, StyleSchema.text());
        }
        assertEquals(StyleSchema.text(), Files.readString(COMMITTED), StyleSchema.FILE
                + " differs from the style records; regenerate it with "
                + "mvn -B -q test -Dtest=StyleSchemaTest -Dgolden.update=true and review the diff");
    }

    @Test
    void everyBundledStyleIsValid() throws IOException {
        List<Path> styles;
        try (Stream<Path> files = Files.list(Path.of("layouts"))) {
            styles = files.map(dir -> dir.resolve("style.yaml")).filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(styles.isEmpty());
        for (Path style : styles) {
            assertEquals(Set.of(), problems(Files.readString(style)), style.toString());
        }
    }

    @Test
    void aPartialStyleNeedsOnlyItsOwnKeys() throws IOException {
        assertEquals(Set.of(), problems("""
                id: mine
                extends: classic
                description: Classic in green.
                colors: { accent: "#1F6F3F" }
                text: { heading: { weight: BOLD, caps: all } }
                """));
        assertFalse(problems("{id: mine, extends: classic}").isEmpty(), "its own description");
    }

    @Test
    void aBaseStyleMustSetEveryKeyButTheInheritingRoles() throws IOException {
        String classic = Files.readString(Path.of("layouts/classic/style.yaml"));
        assertEquals(Set.of(), problems(classic));
        assertFalse(problems(classic.replace("  link: \"#1E3A5F\"\n", "").replace("footer: {", "footer_: {")).isEmpty());
        assertFalse(problems(classic.replace("    indent: 0pt\n", "")).isEmpty(), "body sets every property");
    }

    @Test
    void rejectsWhatTheLoaderRejects(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("mine"));
        StyleLoader loader = new StyleLoader(dir);
        for (String wrong : List.of("colours: {}", "text: { heading: { sise: 12pt } }", "page: { size: A5 }",
                "bullets: { gap: 3 }", "page: { margins: { top: 10px } }", "heading_rule: { color: \"#12345\" }",
                "colors: { accent: muted }", "footer: { page_numbers: maybe }", "sections: [{ id: work }]",
                "labels: { score: 10 }")) {
            String style = "id: mine\nextends: classic\ndescription: Mine.\n" + wrong + "\n";
            assertFalse(problems(style).isEmpty(), wrong);
            Files.writeString(dir.resolve("mine/style.yaml"), style);
            assertThrows(StyleException.class, () -> loader.load("mine"), wrong);
        }
    }

    @Test
    void theLengthPatternAgreesWithTheParser() {
        Pattern pattern = Pattern.compile(StyleSchema.generate().at("/definitions/Page.Margins/properties/top/pattern").asText());
        for (String text : List.of("10pt", "18mm", "2CM", "0.5in", "-1pt", "10 pt", "10px", "10", ".5in", "1.pt", "pt")) {
            assertEquals(parses(text), pattern.matcher(text).find(), text);
        }
    }

    private static boolean parses(String text) {
        try {
            Length.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Set<ValidationMessage> problems(String yaml) throws IOException {
        return schema.validate(YAML.readTree(yaml));
    }
}
