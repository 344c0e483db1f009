package dev.cvpress.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvpress.doc.Block;
import dev.cvpress.doc.Span;
import dev.cvpress.normalize.Normalizer;
import dev.cvpress.style.StyleLoader;
import dev.cvpress.support.Pipeline;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every span the résumé fills names its field, and only running text may be hyphenated. */
class SpanSourcesTest {

    @Test
    void spansPointAtTheFieldTheirTextComesFrom() throws Exception {
        Normalizer.Outcome outcome = new Normalizer().normalize(Files.readAllBytes(Pipeline.example()), "resume.json");
        JsonNode normalized = outcome.cleaned().orElseThrow();
        List<Span> spans = spans(new Composer().compose(outcome.resume().orElseThrow(), new StyleLoader().load("classic"))
                .blocks());
        List<String> sources = spans.stream().map(Span::source).filter(s -> !s.isEmpty()).toList();
        assertTrue(sources.containsAll(List.of("/basics/name", "/basics/email", "/basics/profiles/0", "/work/0/position",
                "/work/0/highlights/2", "/education/0/institution", "/skills/0/keywords")), sources.toString());
        for (Span span : spans) {
            if (span.source().isEmpty()) {
                continue;
            }
            JsonNode field = normalized.at(span.source());
            assertFalse(field.isMissingNode(), span.source() + " is not in the normalized résumé");
            if (field.isTextual() && span.source().matches(".*/(position|name|highlights/\\d+|summary)")) {
                String value = field.asText();
                String text = span.text().strip();
                // a label adds to the value ("Backend (Expert): "), a summary line is part of it
                assertTrue(text.contains(value) || value.contains(text), span.source() + ": " + span.text());
            }
        }
    }

    @Test
    void onlySummariesHighlightsAndDescriptionsAreProse() throws Exception {
        List<Span> spans = spans(Pipeline.compose(Pipeline.read(Pipeline.example()), "classic").blocks());
        List<String> prose = spans.stream().filter(Span::prose).map(Span::source).distinct().toList();
        assertFalse(prose.isEmpty());
        for (String source : prose) {
            assertTrue(source.matches("/basics/summary|/\\w+/\\d+/(summary|description|reference|highlights/\\d+)"), source);
        }
        assertEquals(List.of(), spans.stream().filter(s -> s.prose() && s.link().isPresent()).toList(), "no link is prose");
    }

    private static List<Span> spans(List<Block> blocks) {
        List<Span> out = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                out.addAll(p.spans());
            } else if (block instanceof Block.Row row) {
                out.addAll(row.left());
                out.addAll(row.right());
            } else if (block instanceof Block.BulletList list) {
                list.items().forEach(out::addAll);
            } else if (block instanceof Block.Group group) {
                out.addAll(spans(group.blocks()));
            }
        }
        return out;
    }
}
