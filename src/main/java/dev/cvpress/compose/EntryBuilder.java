package dev.cvpress.compose;

import dev.cvpress.doc.Block;
import dev.cvpress.doc.ParagraphStyle;
import dev.cvpress.doc.Span;
import dev.cvpress.doc.SpanStyle;
import dev.cvpress.style.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a section (a job, a degree, an award) as its style's entry template places it: a
 * title row with text flush right, a detail row, an optional aside, then the body fields in order.
 * Missing parts leave no trace: no empty rows, no stray separators.
 */
final class EntryBuilder {
    private final Roles roles;
    private final Style.Entry template;
    private final double keepWhole;

    EntryBuilder(Roles roles, Style.Entry template, double keepWhole) {
        this.roles = roles;
        this.template = template;
        this.keepWhole = keepWhole;
    }

    /** The entry's blocks, or nothing when the template finds no value to show; {@code id} ("work/0") is its place in the résumé. */
    Optional<Block.Group> build(String id, EntryFields fields) {
        String entry = "/" + id;
        Slot title = slot(template.title(), fields, entry);
        Slot subtitle = slot(template.subtitle(), fields, entry);
        Slot titleRight = slot(template.titleRight(), fields, entry).unlinked();
        Slot subtitleRight = slot(template.subtitleRight(), fields, entry).unlinked();
        // The most telling part present takes the bold title slot.
        if (title.isEmpty() && !subtitle.isEmpty()) {
            title = subtitle;
            subtitle = Slot.EMPTY;
        }
        if (title.isEmpty() && !subtitleRight.isEmpty()) {
            title = subtitleRight;
            subtitleRight = Slot.EMPTY;
        }
        List<Block> blocks = new ArrayList<>();
        if (!title.isEmpty() || !titleRight.isEmpty()) {
            blocks.add(new Block.Row(roles.entry, title.spans(roles.entry.text()), titleRight.spans(roles.dates)));
        }
        if (!subtitle.isEmpty() || !subtitleRight.isEmpty()) {
            blocks.add(new Block.Row(roles.detail, subtitle.spans(roles.detail.text()),
                    subtitleRight.spans(roles.detail.text())));
        }
        boolean linkShown = title.link.isPresent() || subtitle.link.isPresent();
        if (!linkShown && !fields.url().isBlank()) {
            // A link that has no slot to sit on is shown as its own line rather than lost.
            blocks.add(paragraph(roles.body, Span.of(Links.display(fields.url()), roles.body.text()).from(entry + "/url")));
        }
        for (String name : template.body()) {
            fields.get(name).ifPresent(field -> body(field, entry + field.json().map(j -> "/" + j).orElse(""), blocks));
        }
        Slot aside = slot(template.aside(), fields, entry).unlinked();
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        // An entry without dates keeps the column empty, so its text lines up with the entries around it.
        Optional<Block.Aside> margin = template.asideWidth().points() <= 0 ? Optional.empty()
                : Optional.of(new Block.Aside(roles.aside, aside.spans(roles.aside.text()),
                        template.asideWidth().points()));
        return Optional.of(new Block.Group(Block.Group.Kind.ENTRY, id, blocks, keepWhole, margin,
                roles.entry.spaceBefore()));
    }

    /** A body field at JSON pointer {@code pointer}; running text (paragraphs, bullets, quotes) may be hyphenated. */
    private void body(EntryFields.Field field, String pointer, List<Block> blocks) {
        String text = field.text().strip();
        if (field.kind() == EntryFields.Kind.BULLETS) {
            List<List<Span>> items = new ArrayList<>();
            for (int i = 0; i < field.items().size(); i++) {
                String item = field.items().get(i).strip();
                if (!item.isEmpty()) {
                    items.add(List.of(Span.of(item, roles.bullet.text()).from(pointer + "/" + i).asProse()));
                }
            }
            if (!items.isEmpty()) {
                blocks.add(new Block.BulletList(roles.bullet, roles.bulletMarker, roles.bulletGap, items));
            }
            return;
        }
        if (text.isEmpty()) {
            return;
        }
        SpanStyle body = roles.body.text();
        switch (field.kind()) {
            case PARAGRAPH -> blocks.add(paragraph(roles.body, Span.of(text, body).from(pointer).asProse()));
            case QUOTE -> blocks.add(paragraph(roles.body, Span.of("“" + text + "”", body).from(pointer).asProse()));
            case ATTRIBUTION -> blocks.add(paragraph(roles.detail, Span.of("— " + text, roles.detail.text()).from(pointer)));
            case FACT -> blocks.add(new Block.Paragraph(roles.body, List.of(
                    Span.of(field.label() + ": ", body.withBold(true)).from(pointer), Span.of(text, body).from(pointer))));
            default -> blocks.add(paragraph(roles.detail, Span.of(text, roles.detail.text()).from(pointer)));
        }
    }

    /**
     * A filled slot, the link it carries when it shows the entry's linking field, and the field it
     * comes from (the entry itself when it joins several).
     */
    private record Slot(String text, Optional<String> link, String source) {
        static final Slot EMPTY = new Slot("", Optional.empty(), "");

        boolean isEmpty() {
            return text.isEmpty();
        }

        Slot unlinked() {
            return new Slot(text, Optional.empty(), source);
        }

        List<Span> spans(SpanStyle style) {
            return text.isEmpty() ? List.of() : List.of(new Span(text, style, link, source, false));
        }
    }

    private static Slot slot(String template, EntryFields fields, String entry) {
        String text = EntryTemplate.fill(template, fields::text);
        List<String> shown = EntryTemplate.placeholders(template).stream().filter(f -> !fields.text(f).isEmpty()).toList();
        boolean linked = !fields.linkField().isEmpty() && shown.contains(fields.linkField());
        String source = shown.size() == 1 ? fields.pointer(shown.get(0)).map(j -> entry + "/" + j).orElse(entry) : entry;
        return new Slot(text, linked ? Links.web(fields.url()) : Optional.empty(), source);
    }

    private static Block.Paragraph paragraph(ParagraphStyle style, Span span) {
        return new Block.Paragraph(style, List.of(span));
    }
}
