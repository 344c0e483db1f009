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
    private final boolean keepTogether;

    EntryBuilder(Roles roles, Style.Entry template, boolean keepTogether) {
        this.roles = roles;
        this.template = template;
        this.keepTogether = keepTogether;
    }

    /** The entry's blocks, or nothing when the template finds no value to show. */
    Optional<Block.Group> build(String id, EntryFields fields) {
        Slot title = slot(template.title(), fields);
        Slot subtitle = slot(template.subtitle(), fields);
        String titleRight = EntryTemplate.fill(template.titleRight(), fields::text);
        String subtitleRight = EntryTemplate.fill(template.subtitleRight(), fields::text);
        // The most telling part present takes the bold title slot.
        if (title.text.isEmpty() && !subtitle.text.isEmpty()) {
            title = subtitle;
            subtitle = Slot.EMPTY;
        }
        if (title.text.isEmpty() && !subtitleRight.isEmpty()) {
            title = new Slot(subtitleRight, Optional.empty());
            subtitleRight = "";
        }
        List<Block> blocks = new ArrayList<>();
        if (!title.text.isEmpty() || !titleRight.isEmpty()) {
            blocks.add(new Block.Row(roles.entry, title.spans(roles.entry.text()), spans(titleRight, roles.dates)));
        }
        if (!subtitle.text.isEmpty() || !subtitleRight.isEmpty()) {
            blocks.add(new Block.Row(roles.detail, subtitle.spans(roles.detail.text()),
                    spans(subtitleRight, roles.detail.text())));
        }
        boolean linkShown = title.link.isPresent() || subtitle.link.isPresent();
        if (!linkShown && !fields.url().isBlank()) {
            // A link that has no slot to sit on is shown as its own line rather than lost.
            blocks.add(paragraph(roles.body, Links.display(fields.url())));
        }
        for (String name : template.body()) {
            fields.get(name).ifPresent(field -> body(field, blocks));
        }
        String aside = EntryTemplate.fill(template.aside(), fields::text);
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        Optional<Block.Aside> margin = aside.isEmpty() || template.asideWidth().points() <= 0 ? Optional.empty()
                : Optional.of(new Block.Aside(roles.aside, spans(aside, roles.aside.text()),
                        template.asideWidth().points()));
        return Optional.of(new Block.Group(Block.Group.Kind.ENTRY, id, blocks, keepTogether, margin));
    }

    private void body(EntryFields.Field field, List<Block> blocks) {
        String text = field.text().strip();
        if (field.kind() == EntryFields.Kind.BULLETS) {
            List<List<Span>> items = field.items().stream().filter(item -> !item.isBlank())
                    .map(item -> List.of(Span.of(item.strip(), roles.bullet.text()))).toList();
            if (!items.isEmpty()) {
                blocks.add(new Block.BulletList(roles.bullet, roles.bulletMarker, roles.bulletGap, items));
            }
            return;
        }
        if (text.isEmpty()) {
            return;
        }
        switch (field.kind()) {
            case PARAGRAPH -> blocks.add(paragraph(roles.body, text));
            case QUOTE -> blocks.add(paragraph(roles.body, "“" + text + "”"));
            case ATTRIBUTION -> blocks.add(paragraph(roles.detail, "— " + text));
            case FACT -> blocks.add(new Block.Paragraph(roles.body, List.of(
                    Span.of(field.label() + ": ", roles.body.text().withBold(true)), Span.of(text, roles.body.text()))));
            default -> blocks.add(paragraph(roles.detail, text));
        }
    }

    /** A filled slot and the link it carries when it shows the entry's linked field. */
    private record Slot(String text, Optional<String> link) {
        static final Slot EMPTY = new Slot("", Optional.empty());

        List<Span> spans(SpanStyle style) {
            return text.isEmpty() ? List.of() : List.of(new Span(text, style, link));
        }
    }

    private static Slot slot(String template, EntryFields fields) {
        String text = EntryTemplate.fill(template, fields::text);
        boolean linked = !fields.linkField().isEmpty() && !fields.text(fields.linkField()).isEmpty()
                && EntryTemplate.placeholders(template).contains(fields.linkField());
        return new Slot(text, linked ? Links.web(fields.url()) : Optional.empty());
    }

    private static Block.Paragraph paragraph(ParagraphStyle style, String text) {
        return new Block.Paragraph(style, List.of(Span.of(text, style.text())));
    }

    private static List<Span> spans(String text, SpanStyle style) {
        return text.isEmpty() ? List.of() : List.of(Span.of(text, style));
    }
}
