package dev.cvpress.compose;

import dev.cvpress.doc.Block;
import dev.cvpress.doc.Span;
import dev.cvpress.model.Basics;
import java.util.ArrayList;
import java.util.List;

/** The top of the résumé: name, label, and (unless a contact section holds it) one contact line. */
final class HeaderComposer {
    private final Roles roles;
    private final String separator;
    private final boolean contactLine;

    HeaderComposer(Roles roles, String separator, boolean contactLine) {
        this.roles = roles;
        this.separator = separator;
        this.contactLine = contactLine;
    }

    List<Block> compose(Basics basics) {
        List<Block> blocks = new ArrayList<>();
        if (!basics.name().isEmpty()) {
            blocks.add(new Block.Paragraph(roles.name, List.of(Span.of(basics.name(), roles.name.text()).from("/basics/name"))));
        }
        if (!basics.label().isEmpty()) {
            blocks.add(new Block.Paragraph(roles.label, List.of(Span.of(basics.label(), roles.label.text()).from("/basics/label"))));
        }
        List<Span> contact = contactLine
                ? Inline.joinSpans(separator, roles.contact.text(), ContactItems.of(basics, roles.contact.text(), true))
                : List.of();
        if (!contact.isEmpty()) {
            blocks.add(new Block.Paragraph(roles.contact, contact));
        }
        return blocks;
    }
}
