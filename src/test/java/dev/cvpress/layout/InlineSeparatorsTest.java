package dev.cvpress.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.doc.Document;
import dev.cvpress.support.Documents;
import dev.cvpress.support.PdfText;
import dev.cvpress.support.Pipeline;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The "·" between the items of the contact line (and other inline lists) separates items on one
 * line; where the line wraps after it, it would separate nothing, so the layout leaves it out.
 */
class InlineSeparatorsTest {

    @ParameterizedTest(name = "{0} points wide")
    @ValueSource(doubles = {595, 420, 300})
    void noLineEndsWithASeparatorAndItemsOnALineStaySeparated(double width) {
        Document document = Documents.narrow(Pipeline.compose(Pipeline.read(Pipeline.example()), "classic"), width);
        String text = PdfText.of(Pipeline.render(document, "pdf").bytes());
        List<String> header = text.lines().limit(8).toList();
        assertTrue(header.stream().noneMatch(line -> line.strip().endsWith("·")), "a line ends with a separator: " + header);
        assertTrue(header.stream().noneMatch(line -> line.strip().startsWith("·")), "a line starts with a separator: " + header);
        assertTrue(header.stream().anyMatch(line -> line.contains("zoe.halvorsen@example.com · +31 6 1234 5678")),
                "items on one line are separated: " + header);
    }
}
