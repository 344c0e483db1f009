package dev.cvpress.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A style's mistakes are reported at their file, line and column, all of them at once. */
class StyleErrorsTest {
    @TempDir
    Path dir;

    @Test
    void unknownKeysNameTheNearestKnownOneAndWrongValuesWhatWasExpected() throws IOException {
        String file = style("typo", """
                id: typo
                extends: classic
                description: Slips of the pen.
                colours:
                  accent: "#112233"
                text:
                  heading: { sise: 12pt }
                  body: { italic: maybe, weight: heavy, color: "#12345" }
                page: { margins: { top: 10px }, size: A5 }
                bullets: { gap: 3, market: "-" }
                sections:
                  - { id: work }
                  - { id: work, title: 2024 }
                """);
        assertEquals(List.of(
                "style typo is not valid:",
                file + ":4:1: error: /colours: unknown key \"colours\" (did you mean \"colors\"?)",
                file + ":7:14: error: /text/heading/sise: unknown key \"sise\" (did you mean \"size\"?)",
                file + ":8:11: error: /text/body/italic: expected true or false, found \"maybe\"",
                file + ":8:26: error: /text/body/weight: expected one of regular, bold, found \"heavy\"",
                file + ":8:41: error: /text/body/color: expected a colour written #RRGGBB or the name of one in colors,"
                        + " found \"#12345\"",
                file + ":9:20: error: /page/margins/top: expected a length such as 10pt, 18mm, 2cm or 0.5in, found \"10px\"",
                file + ":9:33: error: /page/size: expected one of a4, letter, found \"A5\"",
                file + ":10:12: error: /bullets/gap: expected a length such as 10pt, 18mm, 2cm or 0.5in, found the number 3",
                file + ":10:20: error: /bullets/market: unknown key \"market\" (did you mean \"marker\"?)",
                file + ":12:5: error: /sections/0: missing key \"title\" (each item of a list sets every key)",
                file + ":13:17: error: /sections/1/title: expected text, found the number 2024 (put it in quotes)"),
                problems("typo"));
    }

    @Test
    void aKeyFarFromAnyKnownOneListsThemAll() throws IOException {
        String file = style("far", "id: far\nextends: classic\ndescription: x\nfooter: { wibble: true }\n");
        assertEquals(file + ":4:11: error: /footer/wibble: unknown key \"wibble\" (known keys: page_numbers, template)",
                problems("far").get(1));
    }

    @Test
    void aMistakeInTheStyleExtendedIsReportedInItsOwnFile() throws IOException {
        String base = style("base", "id: base\nextends: classic\ndescription: Base.\ndates: { formt: yyyy }\n");
        style("child", "id: child\nextends: base\ndescription: Child.\n");
        assertEquals(List.of("style child is not valid:",
                base + ":4:10: error: /dates/formt: unknown key \"formt\" (did you mean \"format\"?)"), problems("child"));
    }

    @Test
    void anUnknownColourNameIsLocatedInTheFileThatUsesIt() throws IOException {
        String file = style("tint", """
                id: tint
                extends: classic
                description: Tinted.
                colors: { sky: "#87CEEB" }
                text:
                  heading: { color: acent }
                  name: { color: skye }
                """);
        assertEquals(Set.of("style tint is not valid:",
                file + ":6:14: error: /text/heading/color: no colour named \"acent\" in colors (did you mean \"accent\"?)",
                file + ":7:11: error: /text/name/color: no colour named \"skye\" in colors (did you mean \"sky\"?)"),
                Set.copyOf(problems("tint")));
    }

    @Test
    void aBaseStyleMustSetEveryKey() throws IOException {
        String file = style("bare", "id: bare\ndescription: Nearly empty.\npage: { size: A4 }\n");
        List<String> problems = problems("bare");
        assertTrue(problems.contains(file + ":1:1: error: missing key \"colors\" (a style without extends: sets every key)"),
                String.join("\n", problems));
        assertTrue(problems.contains(file + ":3:1: error: /page: missing key \"margins\" (a style without extends: sets every key)"),
                String.join("\n", problems));
    }

    @Test
    void aPartialStyleStillNamesItself() throws IOException {
        String file = style("anon", "extends: classic\n");
        assertEquals(List.of("style anon is not valid:",
                file + ":1:1: error: missing key \"id\" (every style sets its own id and description)",
                file + ":1:1: error: missing key \"description\" (every style sets its own id and description)"),
                problems("anon"));
    }

    @Test
    void extendsMustNameAnotherExistingStyle() throws IOException {
        String file = style("lost", "id: lost\nextends: clasic\ndescription: Lost.\n");
        assertEquals(file + ":2:1: error: /extends: there is no style \"clasic\" to extend (did you mean \"classic\"?)",
                problems("lost").get(1));
        style("a", "id: a\nextends: b\ndescription: A.\n");
        style("b", "id: b\nextends: a\ndescription: B.\n");
        assertTrue(problems("a").get(1).startsWith(dir.resolve("b/style.yaml") + ":2:1: error: /extends: extending a makes a loop"),
                problems("a").toString());
    }

    @Test
    void theIdIsTheFolderName() throws IOException {
        String file = style("mine", "id: yours\nextends: classic\ndescription: Mine.\n");
        assertEquals(file + ":1:1: error: /id: the id \"yours\" differs from the style's folder name (write id: mine)",
                problems("mine").get(1));
    }

    @Test
    void aSyntaxErrorIsLocated() throws IOException {
        String file = style("broken", "id: broken\nextends: classic\ndescription: [unclosed\n");
        List<String> problems = problems("broken");
        assertTrue(problems.get(1).matches("\\Q" + file + "\\E:\\d+:\\d+: error: .+"), problems.toString());
    }

    @Test
    void aStyleInAFolderMayExtendABundledOne() throws Exception {
        style("green", "id: green\nextends: classic\ndescription: Classic in green.\ncolors: { accent: \"#1F6F3F\" }\n");
        Style green = new StyleLoader(dir).load("green");
        assertEquals("Classic in green.", green.description());
        assertEquals("1F6F3F", green.text().heading().color().hex(), "color: accent follows the new palette");
        assertTrue(new StyleLoader(dir).available().containsAll(List.of("classic", "green")));
    }

    private String style(String id, String yaml) throws IOException {
        Path file = dir.resolve(id).resolve("style.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file.toString();
    }

    private List<String> problems(String id) {
        StyleException e = assertThrows(StyleException.class, () -> new StyleLoader(dir).load(id));
        return e.getMessage().lines().toList();
    }
}
