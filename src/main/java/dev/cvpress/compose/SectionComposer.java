package dev.cvpress.compose;

import dev.cvpress.doc.Block;
import dev.cvpress.doc.Span;
import dev.cvpress.model.Resume;
import dev.cvpress.style.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
        return paragraphs(r.basics().summary());
    }

    private List<Block> work(Resume r) {
        return entries("work", r.work(), w -> entry()
                .title(w.position(), "")
                .subtitle(w.name(), w.url())
                .location(w.location())
                .dates(dates.format(w.dates()))
                .note(w.description())
                .paragraph(w.summary())
                .bullets(w.highlights())
                .url(w.url()));
    }

    private List<Block> volunteer(Resume r) {
        return entries("volunteer", r.volunteer(), v -> entry()
                .title(v.position(), "")
                .subtitle(v.organization(), v.url())
                .dates(dates.format(v.dates()))
                .paragraph(v.summary())
                .bullets(v.highlights())
                .url(v.url()));
    }

    private List<Block> education(Resume r) {
        return entries("education", r.education(), e -> entry()
                .title(e.institution(), e.url())
                .subtitle(Inline.join(", ", e.studyType(), e.area()), "")
                .dates(dates.format(e.dates()))
                .fact(style.label("score"), e.score())
                .fact(style.label("courses"), Inline.join("; ", e.courses()))
                .url(e.url()));
    }

    private List<Block> awards(Resume r) {
        return entries("awards", r.awards(), a -> entry()
                .title(a.title(), "")
                .subtitle(a.awarder(), "")
                .dates(dates.format(a.date()))
                .paragraph(a.summary()));
    }

    private List<Block> certificates(Resume r) {
        return entries("certificates", r.certificates(), c -> entry()
                .title(c.name(), c.url())
                .subtitle(c.issuer(), "")
                .dates(dates.format(c.date()))
                .url(c.url()));
    }

    private List<Block> publications(Resume r) {
        return entries("publications", r.publications(), p -> entry()
                .title(p.name(), p.url())
                .subtitle(p.publisher(), "")
                .dates(dates.format(p.releaseDate()))
                .paragraph(p.summary())
                .url(p.url()));
    }

    private List<Block> projects(Resume r) {
        return entries("projects", r.projects(), p -> entry()
                .title(p.name(), p.url())
                .subtitle(Inline.join(separator, Inline.join(", ", p.roles()), p.entity(), p.type()), "")
                .dates(dates.format(p.dates()))
                .paragraph(p.description())
                .bullets(p.highlights())
                .fact(style.label("keywords"), Inline.join(", ", p.keywords()))
                .url(p.url()));
    }

    private List<Block> skills(Resume r) {
        return r.skills().stream()
                .map(s -> labelled(s.level().isEmpty() ? s.name() : s.name() + " (" + s.level() + ")",
                        Inline.join(", ", s.keywords())))
                .flatMap(List::stream)
                .toList();
    }

    private List<Block> interests(Resume r) {
        return r.interests().stream()
                .map(i -> labelled(i.name(), Inline.join(", ", i.keywords())))
                .flatMap(List::stream)
                .toList();
    }

    private List<Block> languages(Resume r) {
        List<List<Span>> items = r.languages().stream()
                .map(l -> l.fluency().isEmpty() ? bold(l.language())
                        : l.language().isEmpty() ? plain(l.fluency())
                        : List.of(Span.of(l.language(), roles.body.text().withBold(true)),
                                Span.of(" (" + l.fluency() + ")", roles.body.text())))
                .toList();
        List<Span> line = Inline.joinSpans(separator, roles.body.text(), items);
        return line.isEmpty() ? List.of() : List.of(new Block.Paragraph(roles.body, line));
    }

    private List<Block> references(Resume r) {
        return entries("references", r.references(), ref -> entry()
                .paragraph(ref.reference().isEmpty() ? "" : "“" + ref.reference() + "”")
                .attribution(ref.name().isEmpty() ? "" : "— " + ref.name()));
    }

    private List<Block> labelled(String label, String value) {
        if (label.isBlank() && value.isBlank()) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        if (!label.isBlank()) {
            spans.add(Span.of(value.isBlank() ? label : label + ": ", roles.body.text().withBold(true)));
        }
        if (!value.isBlank()) {
            spans.add(Span.of(value, roles.body.text()));
        }
        return List.of(new Block.Paragraph(roles.body, spans));
    }

    private List<Block> paragraphs(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> (Block) new Block.Paragraph(roles.body, plain(l)))
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

    private List<Span> plain(String text) {
        return List.of(Span.of(text, roles.body.text()));
    }

    private List<Span> bold(String text) {
        return List.of(Span.of(text, roles.body.text().withBold(true)));
    }
}
