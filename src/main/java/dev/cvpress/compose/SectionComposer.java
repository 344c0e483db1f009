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
 * {@link EntryBuilder}; short lists (skills, languages, interests) become compact lines (in a
 * sidebar, a language per line).
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
            Map.entry("projects", r -> projects(r)),
            Map.entry("contact", r -> contact(r)));

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
        return entries("work", r.work(), w -> new EntryFields()
                .inline("position", w.position())
                .inline("name", w.name())
                .inline("location", w.location())
                .derived("dates", dates.format(w.dates()))
                .note("description", w.description())
                .paragraph("summary", w.summary())
                .bullets("highlights", w.highlights())
                .link("name", w.url()));
    }

    private List<Block> volunteer(Resume r) {
        return entries("volunteer", r.volunteer(), v -> new EntryFields()
                .inline("position", v.position())
                .inline("organization", v.organization())
                .derived("dates", dates.format(v.dates()))
                .paragraph("summary", v.summary())
                .bullets("highlights", v.highlights())
                .link("organization", v.url()));
    }

    private List<Block> education(Resume r) {
        return entries("education", r.education(), e -> new EntryFields()
                .inline("institution", e.institution())
                .inline("study_type", e.studyType())
                .inline("area", e.area())
                .derived("dates", dates.format(e.dates()))
                .fact("score", style.label("score"), e.score())
                .fact("courses", style.label("courses"), Inline.join("; ", e.courses()))
                .link("institution", e.url()));
    }

    private List<Block> awards(Resume r) {
        return entries("awards", r.awards(), a -> new EntryFields()
                .inline("title", a.title())
                .inline("awarder", a.awarder())
                .derived("dates", dates.format(a.date()))
                .paragraph("summary", a.summary()));
    }

    private List<Block> certificates(Resume r) {
        return entries("certificates", r.certificates(), c -> new EntryFields()
                .inline("name", c.name())
                .inline("issuer", c.issuer())
                .derived("dates", dates.format(c.date()))
                .link("name", c.url()));
    }

    private List<Block> publications(Resume r) {
        return entries("publications", r.publications(), p -> new EntryFields()
                .inline("name", p.name())
                .inline("publisher", p.publisher())
                .derived("dates", dates.format(p.releaseDate()))
                .paragraph("summary", p.summary())
                .link("name", p.url()));
    }

    private List<Block> projects(Resume r) {
        return entries("projects", r.projects(), p -> new EntryFields()
                .inline("name", p.name())
                .inline("roles", Inline.join(", ", p.roles()))
                .inline("entity", p.entity())
                .inline("type", p.type())
                .derived("dates", dates.format(p.dates()))
                .paragraph("description", p.description())
                .bullets("highlights", p.highlights())
                .fact("keywords", style.label("keywords"), Inline.join(", ", p.keywords()))
                .link("name", p.url()));
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
        if (style.sidebar().holds("languages")) {
            // A sidebar is too narrow for a run-on list: each language gets a line, as contact items do.
            return items.stream().map(item -> (Block) new Block.Paragraph(roles.body, item)).toList();
        }
        List<Span> line = Inline.joinSpans(separator, roles.body.text(), items);
        return line.isEmpty() ? List.of() : List.of(new Block.Paragraph(roles.body, line));
    }

    private List<Block> references(Resume r) {
        return entries("references", r.references(), ref -> new EntryFields()
                .quote("reference", ref.reference())
                .attribution("name", ref.name()));
    }

    /** One line per way to reach the person, for styles that give contact details a section. */
    private List<Block> contact(Resume r) {
        return ContactItems.of(r.basics(), roles.contact.text(), false).stream()
                .map(item -> (Block) new Block.Paragraph(roles.contact, item))
                .toList();
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

    private <T> List<Block> entries(String section, List<T> items, Function<T, EntryFields> fields) {
        Style.Entry template = style.entries().get(section);
        if (template == null) {
            throw new IllegalArgumentException("style " + style.id() + " has no entry template for " + section);
        }
        EntryBuilder builder = new EntryBuilder(roles, template, style.pagination().keepEntriesUpTo());
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            EntryFields entry = fields.apply(items.get(i)).derived("number", Integer.toString(i + 1));
            checkTemplate(section, template, entry);
            builder.build(section + "/" + i, entry).ifPresent(out::add);
        }
        return out;
    }

    /** A template naming a field the section does not have is a mistake in the style, not the résumé. */
    private void checkTemplate(String section, Style.Entry template, EntryFields entry) {
        List<String> named = new ArrayList<>(template.body());
        for (String slot : List.of(template.title(), template.titleRight(), template.subtitle(),
                template.subtitleRight(), template.aside())) {
            named.addAll(EntryTemplate.placeholders(slot));
        }
        for (String name : named) {
            if (!entry.names().contains(name)) {
                throw new IllegalArgumentException("style " + style.id() + ": entries." + section + " names \""
                        + name + "\", which " + section + " entries do not have; they have " + entry.names());
            }
        }
    }
}
