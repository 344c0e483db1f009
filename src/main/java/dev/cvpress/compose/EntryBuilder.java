package dev.cvpress.compose;

import dev.cvpress.doc.Block;
import dev.cvpress.doc.Span;
import dev.cvpress.doc.SpanStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a section (a job, a degree, an award) laid out the same way everywhere: a title row
 * with the dates flush right, a detail row (organisation … location), then notes, paragraphs,
 * bullets, labelled facts and a closing attribution. Missing parts leave no trace: no empty rows,
 * no stray separators.
 */
final class EntryBuilder {
    private final Roles roles;
    private final boolean keepTogether;
    private Field title = Field.NONE;
    private Optional<String> titleLink = Optional.empty();
    private Field subtitle = Field.NONE;
    private Optional<String> subtitleLink = Optional.empty();
    private Field location = Field.NONE;
    private String dates = "";
    private Field urlLine = Field.NONE;
    private final List<Field> notes = new ArrayList<>();
    private final List<Field> paragraphs = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final List<Field> bullets = new ArrayList<>();
    private final List<Field> closing = new ArrayList<>();

    /**
     * A value and the résumé field it comes from: a name relative to the entry ("position",
     * "highlights/2"), or "" for a value made from several fields.
     */
    private record Field(String text, String name) {
        static final Field NONE = new Field("", "");

        boolean isEmpty() {
            return text.isEmpty();
        }
    }

    /** "Label: value", the label being the style's word. */
    private record Fact(String label, Field value) {}

    EntryBuilder(Roles roles, boolean keepTogether) {
        this.roles = roles;
        this.keepTogether = keepTogether;
    }

    EntryBuilder title(String text, String field, String url) {
        title = new Field(text, field);
        titleLink = Links.web(url);
        return this;
    }

    EntryBuilder subtitle(String text, String field, String url) {
        subtitle = new Field(text, field);
        subtitleLink = Links.web(url);
        return this;
    }

    EntryBuilder location(String text, String field) {
        location = new Field(text, field);
        return this;
    }

    EntryBuilder dates(String text) {
        dates = text;
        return this;
    }

    EntryBuilder note(String text, String field) {
        addIfPresent(notes, text, field);
        return this;
    }

    /** A line after everything else, set like the detail row: who said a quoted reference. */
    EntryBuilder attribution(String text, String field) {
        addIfPresent(closing, text, field);
        return this;
    }

    EntryBuilder paragraph(String text, String field) {
        addIfPresent(paragraphs, text, field);
        return this;
    }

    EntryBuilder fact(String label, String value, String field) {
        if (!value.isBlank()) {
            facts.add(new Fact(label, new Field(value, field)));
        }
        return this;
    }

    EntryBuilder bullets(List<String> items, String field) {
        for (int i = 0; i < items.size(); i++) {
            addIfPresent(bullets, items.get(i), field + "/" + i);
        }
        return this;
    }

    /** A link that has no title to sit on is shown as its own line rather than lost. */
    EntryBuilder url(String url) {
        if (!url.isBlank() && titleLink.isEmpty() && subtitleLink.isEmpty()) {
            urlLine = new Field(Links.display(url), "url");
        }
        return this;
    }

    boolean isEmpty() {
        return title.isEmpty() && subtitle.isEmpty() && location.isEmpty() && dates.isEmpty() && notes.isEmpty()
                && urlLine.isEmpty() && paragraphs.isEmpty() && facts.isEmpty() && bullets.isEmpty() && closing.isEmpty();
    }

    /** The entry's blocks; {@code id} ("work/0") is also where the entry is in the résumé ("/work/0"). */
    Block.Group build(String id) {
        promoteIntoEmptyTitle();
        Sources from = new Sources("/" + id);
        List<Block> blocks = new ArrayList<>();
        SpanStyle titleStyle = roles.entry.text();
        SpanStyle detailStyle = roles.detail.text();
        SpanStyle bodyStyle = roles.body.text();
        if (!title.isEmpty() || !dates.isEmpty()) {
            blocks.add(new Block.Row(roles.entry, from.spans(title, titleLink, titleStyle),
                    from.spans(new Field(dates, ""), Optional.empty(), roles.dates)));
        }
        if (!subtitle.isEmpty() || !location.isEmpty()) {
            blocks.add(new Block.Row(roles.detail, from.spans(subtitle, subtitleLink, detailStyle),
                    from.spans(location, Optional.empty(), detailStyle)));
        }
        notes.forEach(note -> blocks.add(new Block.Paragraph(roles.detail, List.of(from.span(note, detailStyle)))));
        if (!urlLine.isEmpty()) {
            blocks.add(new Block.Paragraph(roles.body, List.of(from.span(urlLine, bodyStyle))));
        }
        paragraphs.forEach(text -> blocks.add(new Block.Paragraph(roles.body,
                List.of(from.span(text, bodyStyle).asProse()))));
        if (!bullets.isEmpty()) {
            blocks.add(new Block.BulletList(roles.bullet, roles.bulletMarker, roles.bulletGap,
                    bullets.stream().map(b -> List.of(from.span(b, roles.bullet.text()).asProse())).toList()));
        }
        for (Fact fact : facts) {
            blocks.add(new Block.Paragraph(roles.body, List.of(
                    from.span(new Field(fact.label() + ": ", fact.value().name()), bodyStyle.withBold(true)),
                    from.span(fact.value(), bodyStyle))));
        }
        closing.forEach(line -> blocks.add(new Block.Paragraph(roles.detail, List.of(from.span(line, detailStyle)))));
        return new Block.Group(Block.Group.Kind.ENTRY, id, blocks, keepTogether);
    }

    /** The most telling part present takes the bold title slot. */
    private void promoteIntoEmptyTitle() {
        if (title.isEmpty() && !subtitle.isEmpty()) {
            title = subtitle;
            titleLink = subtitleLink;
            subtitle = Field.NONE;
            subtitleLink = Optional.empty();
        }
        if (title.isEmpty() && !location.isEmpty()) {
            title = location;
            location = Field.NONE;
        }
    }

    /** Spans of the entry at JSON pointer {@code entry}, each naming its field. */
    private record Sources(String entry) {
        List<Span> spans(Field field, Optional<String> link, SpanStyle style) {
            return field.isEmpty() ? List.of() : List.of(new Span(field.text(), style, link, source(field), false));
        }

        Span span(Field field, SpanStyle style) {
            return Span.of(field.text(), style).from(source(field));
        }

        private String source(Field field) {
            return field.name().isEmpty() ? entry : entry + "/" + field.name();
        }
    }

    private static void addIfPresent(List<Field> list, String text, String field) {
        if (!text.isBlank()) {
            list.add(new Field(text.strip(), field));
        }
    }
}
