package dev.cvpress.compose;

import dev.cvpress.doc.Block;
import dev.cvpress.doc.Span;
import dev.cvpress.model.Language;
import dev.cvpress.model.Resume;
import dev.cvpress.model.Skill;
import dev.cvpress.style.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The body of each JSON Resume section as blocks. Entries with dates and organisations go through
 * {@link EntryBuilder}; short lists (skills, languages, interests) become compact lines.
 */
final class SectionComposer {
    private final Roles roles;
    private final DateText dates;
    private final Style style;
    private final String separator;
    private final Map<String, Function<Resume, List<Block>>> sections = Map.ofEntries(
            Map.entry("summary", r -> summary(r)),
            Map.entry("work", r -> work(r)),
            Map.entry("volunteer", r -> volunteer(r)),
            Map.entry("education", r -> education(r)),
            Map.entry("awards", r -> awards(r)),
            Map.entry("certificates", r -> certificates(r)),
            Map.entry("publications", r -> publications(r)),
            Map.entry("skills", r -> skills(r)),
            Map.entry("languages", r -> languages(r)),
            Map.entry("interests", r -> interests(r)),
            Map.entry("references", r -> references(r)),
            Map.entry("projects", r -> projects(r)));

    SectionComposer(Roles roles, Style style) {
        this.roles = roles;
        this.style = style;
        this.dates = new DateText(style.dates());
        this.separator = style.contact().separator();
    }

    /** The section ids this composer knows, for checking a style's section list. */
    boolean knows(String id) {
        return sections.containsKey(id);
    }

    List<Block> body(String id, Resume resume) {
        return sections.get(id).apply(resume);
    }

    private List<Block> summary(Resume r) {
        return paragraphs(r.basics().summary(), "/basics/summary");
    }

    private List<Block> work(Resume r) {
        return entries("work", r.work(), w -> entry()
                .title(w.position(), "position", "")
                .subtitle(w.name(), "name", w.url())
                .location(w.location(), "location")
                .dates(dates.format(w.dates()))
                .note(w.description(), "description")
                .paragraph(w.summary(), "summary")
                .bullets(w.highlights(), "highlights")
                .url(w.url()));
    }

    private List<Block> volunteer(Resume r) {
        return entries("volunteer", r.volunteer(), v -> entry()
                .title(v.position(), "position", "")
                .subtitle(v.organization(), "organization", v.url())
                .dates(dates.format(v.dates()))
                .paragraph(v.summary(), "summary")
                .bullets(v.highlights(), "highlights")
                .url(v.url()));
    }

    private List<Block> education(Resume r) {
        return entries("education", r.education(), e -> entry()
                .title(e.institution(), "institution", e.url())
                .subtitle(Inline.join(", ", e.studyType(), e.area()), "", "")
                .dates(dates.format(e.dates()))
                .fact(style.label("score"), e.score(), "score")
                .fact(style.label("courses"), Inline.join("; ", e.courses()), "courses")
                .url(e.url()));
    }

    private List<Block> awards(Resume r) {
        return entries("awards", r.awards(), a -> entry()
                .title(a.title(), "title", "")
                .subtitle(a.awarder(), "awarder", "")
                .dates(dates.format(a.date()))
                .paragraph(a.summary(), "summary"));
    }

    private List<Block> certificates(Resume r) {
        return entries("certificates", r.certificates(), c -> entry()
                .title(c.name(), "name", c.url())
                .subtitle(c.issuer(), "issuer", "")
                .dates(dates.format(c.date()))
                .url(c.url()));
    }

    private List<Block> publications(Resume r) {
        return entries("publications", r.publications(), p -> entry()
                .title(p.name(), "name", p.url())
                .subtitle(p.publisher(), "publisher", "")
                .dates(dates.format(p.releaseDate()))
                .paragraph(p.summary(), "summary")
                .url(p.url()));
    }

    private List<Block> projects(Resume r) {
        return entries("projects", r.projects(), p -> entry()
                .title(p.name(), "name", p.url())
                .subtitle(Inline.join(separator, Inline.join(", ", p.roles()), p.entity(), p.type()), "", "")
                .dates(dates.format(p.dates()))
                .paragraph(p.description(), "description")
                .bullets(p.highlights(), "highlights")
                .fact(style.label("keywords"), Inline.join(", ", p.keywords()), "keywords")
                .url(p.url()));
    }

    private List<Block> skills(Resume r) {
        return IntStream.range(0, r.skills().size()).mapToObj(i -> {
            Skill s = r.skills().get(i);
            return labelled(s.level().isEmpty() ? s.name() : s.name() + " (" + s.level() + ")",
                    Inline.join(", ", s.keywords()), "/skills/" + i);
        }).flatMap(List::stream).toList();
    }

    private List<Block> interests(Resume r) {
        return IntStream.range(0, r.interests().size())
                .mapToObj(i -> labelled(r.interests().get(i).name(), Inline.join(", ", r.interests().get(i).keywords()),
                        "/interests/" + i))
                .flatMap(List::stream)
                .toList();
    }

    private List<Block> languages(Resume r) {
        List<List<Span>> items = IntStream.range(0, r.languages().size()).mapToObj(i -> {
            Language l = r.languages().get(i);
            Span language = Span.of(l.language(), roles.body.text().withBold(true)).from("/languages/" + i + "/language");
            Span fluency = Span.of(l.fluency(), roles.body.text()).from("/languages/" + i + "/fluency");
            return l.fluency().isEmpty() ? List.of(language)
                    : l.language().isEmpty() ? List.of(fluency)
                    : List.of(language, Span.of(" (" + l.fluency() + ")", fluency.style()).from(fluency.source()));
        }).toList();
        List<Span> line = Inline.joinSpans(separator, roles.body.text(), items);
        return line.isEmpty() ? List.of() : List.of(new Block.Paragraph(roles.body, line));
    }

    private List<Block> references(Resume r) {
        return entries("references", r.references(), ref -> entry()
                .paragraph(ref.reference().isEmpty() ? "" : "“" + ref.reference() + "”", "reference")
                .attribution(ref.name().isEmpty() ? "" : "— " + ref.name(), "name"));
    }

    /** "Name: keywords" of the entry at {@code pointer} ("/skills/0"). */
    private List<Block> labelled(String label, String value, String pointer) {
        if (label.isBlank() && value.isBlank()) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        if (!label.isBlank()) {
            spans.add(Span.of(value.isBlank() ? label : label + ": ", roles.body.text().withBold(true))
                    .from(pointer + "/name"));
        }
        if (!value.isBlank()) {
            spans.add(Span.of(value, roles.body.text()).from(pointer + "/keywords"));
        }
        return List.of(new Block.Paragraph(roles.body, spans));
    }

    /** Each line of the prose at {@code pointer} as a paragraph. */
    private List<Block> paragraphs(String text, String pointer) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> (Block) new Block.Paragraph(roles.body, List.of(Span.of(l, roles.body.text()).from(pointer).asProse())))
                .toList();
    }

    private <T> List<Block> entries(String section, List<T> items, Function<T, EntryBuilder> build) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            EntryBuilder entry = build.apply(items.get(i));
            if (!entry.isEmpty()) {
                out.add(entry.build(section + "/" + i));
            }
        }
        return out;
    }

    private EntryBuilder entry() {
        return new EntryBuilder(roles, !style.pagination().splitEntries());
    }
}
