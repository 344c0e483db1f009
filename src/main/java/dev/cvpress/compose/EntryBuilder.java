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
    private String title = "";
    private Optional<String> titleLink = Optional.empty();
    private String subtitle = "";
    private Optional<String> subtitleLink = Optional.empty();
    private String location = "";
    private String dates = "";
    private final List<String> notes = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String[]> facts = new ArrayList<>();
    private final List<String> bullets = new ArrayList<>();
    private final List<String> closing = new ArrayList<>();

    EntryBuilder(Roles roles, boolean keepTogether) {
        this.roles = roles;
        this.keepTogether = keepTogether;
    }

    EntryBuilder title(String text, String url) {
        title = text;
        titleLink = Links.web(url);
        return this;
    }

    EntryBuilder subtitle(String text, String url) {
        subtitle = text;
        subtitleLink = Links.web(url);
        return this;
    }

    EntryBuilder location(String text) {
        location = text;
        return this;
    }

    EntryBuilder dates(String text) {
        dates = text;
        return this;
    }

    EntryBuilder note(String text) {
        addIfPresent(notes, text);
        return this;
    }

    /** A line after everything else, set like the detail row: who said a quoted reference. */
    EntryBuilder attribution(String text) {
        addIfPresent(closing, text);
        return this;
    }

    EntryBuilder paragraph(String text) {
        addIfPresent(paragraphs, text);
        return this;
    }

    EntryBuilder fact(String label, String value) {
        if (!value.isBlank()) {
            facts.add(new String[] {label, value});
        }
        return this;
    }

    EntryBuilder bullets(List<String> items) {
        items.forEach(item -> addIfPresent(bullets, item));
        return this;
    }

    /** A link that has no title to sit on is shown as its own line rather than lost. */
    EntryBuilder url(String url) {
        if (!url.isBlank() && titleLink.isEmpty() && subtitleLink.isEmpty()) {
            paragraphs.add(0, Links.display(url));
        }
        return this;
    }

    boolean isEmpty() {
        return title.isEmpty() && subtitle.isEmpty() && location.isEmpty() && dates.isEmpty() && notes.isEmpty()
                && paragraphs.isEmpty() && facts.isEmpty() && bullets.isEmpty() && closing.isEmpty();
    }

    Block.Group build(String id) {
        promoteIntoEmptyTitle();
        List<Block> blocks = new ArrayList<>();
        SpanStyle titleStyle = roles.entry.text();
        SpanStyle detailStyle = roles.detail.text();
        if (!title.isEmpty() || !dates.isEmpty()) {
            blocks.add(new Block.Row(roles.entry, spans(title, titleLink, titleStyle), spans(dates, Optional.empty(), roles.dates)));
        }
        if (!subtitle.isEmpty() || !location.isEmpty()) {
            blocks.add(new Block.Row(roles.detail, spans(subtitle, subtitleLink, detailStyle),
                    spans(location, Optional.empty(), detailStyle)));
        }
        notes.forEach(note -> blocks.add(new Block.Paragraph(roles.detail, List.of(Span.of(note, detailStyle)))));
        paragraphs.forEach(text -> blocks.add(new Block.Paragraph(roles.body, List.of(Span.of(text, roles.body.text())))));
        if (!bullets.isEmpty()) {
            blocks.add(new Block.BulletList(roles.bullet, roles.bulletMarker, roles.bulletGap,
                    bullets.stream().map(b -> List.of(Span.of(b, roles.bullet.text()))).toList()));
        }
        for (String[] fact : facts) {
            SpanStyle plain = roles.body.text();
            blocks.add(new Block.Paragraph(roles.body,
                    List.of(Span.of(fact[0] + ": ", plain.withBold(true)), Span.of(fact[1], plain))));
        }
        closing.forEach(line -> blocks.add(new Block.Paragraph(roles.detail, List.of(Span.of(line, detailStyle)))));
        return new Block.Group(Block.Group.Kind.ENTRY, id, blocks, keepTogether);
    }

    /** The most telling part present takes the bold title slot. */
    private void promoteIntoEmptyTitle() {
        if (title.isEmpty() && !subtitle.isEmpty()) {
            title = subtitle;
            titleLink = subtitleLink;
            subtitle = "";
            subtitleLink = Optional.empty();
        }
        if (title.isEmpty() && !location.isEmpty()) {
            title = location;
            location = "";
        }
    }

    private static List<Span> spans(String text, Optional<String> link, SpanStyle style) {
        if (text.isEmpty()) {
            return List.of();
        }
        return List.of(new Span(text, style, link));
    }

    private static void addIfPresent(List<String> list, String text) {
        if (!text.isBlank()) {
            list.add(text.strip());
        }
    }
}
