package dev.cvpress.compose;

import dev.cvpress.doc.ParagraphStyle;
import dev.cvpress.doc.Rule;
import dev.cvpress.doc.SpanStyle;
import dev.cvpress.style.Style;
import dev.cvpress.style.TextStyle;
import java.util.List;

/**
 * The style's text roles turned into the named paragraph styles of a document. The names are the
 * ones Word users know ("Title", "Heading 1", "List Bullet"), so the DOCX reads naturally.
 */
final class Roles {
    final ParagraphStyle name;
    final ParagraphStyle label;
    final ParagraphStyle contact;
    final ParagraphStyle heading;
    final ParagraphStyle entry;
    final ParagraphStyle detail;
    final ParagraphStyle body;
    final ParagraphStyle bullet;
    final ParagraphStyle footer;
    final ParagraphStyle aside;
    final SpanStyle dates;
    final String bulletMarker;
    final double bulletGap;

    Roles(Style style) {
        var text = style.text();
        var rule = style.headingRule();
        name = paragraph("Title", text.name(), 0, Rule.NONE, true);
        label = paragraph("Subtitle", text.label(), 0, Rule.NONE, false);
        contact = paragraph("Contact", text.contact(), 0, Rule.NONE, false);
        heading = paragraph("Heading 1", text.heading(), 1,
                new Rule(rule.width().points(), rule.color(), rule.gap().points()), false);
        entry = paragraph("Entry Title", text.entry(), 0, Rule.NONE, false);
        detail = paragraph("Entry Detail", text.detail(), 0, Rule.NONE, false);
        body = paragraph("Body Text", text.body(), 0, Rule.NONE, false);
        bullet = paragraph("List Bullet", text.bullet(), 0, Rule.NONE, false);
        footer = paragraph("Footer", text.footer(), 0, Rule.NONE, false);
        aside = paragraph("Entry Aside", text.aside(), 0, Rule.NONE, false);
        dates = span(text.dates());
        bulletMarker = style.bullets().marker();
        bulletGap = style.bullets().gap().points();
    }

    List<ParagraphStyle> all() {
        return List.of(name, label, contact, heading, entry, detail, body, bullet, footer, aside);
    }

    static SpanStyle span(TextStyle t) {
        return new SpanStyle(t.family(), t.bold(), t.italic(), t.size().points(), t.color(), t.caps());
    }

    private static ParagraphStyle paragraph(String name, TextStyle t, int outline, Rule rule, boolean title) {
        return new ParagraphStyle(name, span(t), t.align(), t.lineHeight(), t.spaceBefore().points(),
                t.spaceAfter().points(), t.indent().points(), outline, rule, title);
    }
}
