package dev.cvpress.compose;

import dev.cvpress.doc.Block;
import dev.cvpress.doc.Span;
import dev.cvpress.doc.SpanStyle;
import dev.cvpress.model.Basics;
import dev.cvpress.model.Location;
import dev.cvpress.model.Profile;
import java.util.ArrayList;
import java.util.List;

/** The top of the résumé: name, label, and one contact line with live links. */
final class HeaderComposer {
    private static final int KEEP_TOGETHER_MAX = 60;
    private final Roles roles;
    private final String separator;

    HeaderComposer(Roles roles, String separator) {
        this.roles = roles;
        this.separator = separator;
    }

    List<Block> compose(Basics basics) {
        List<Block> blocks = new ArrayList<>();
        if (!basics.name().isEmpty()) {
            blocks.add(new Block.Paragraph(roles.name, List.of(Span.of(basics.name(), roles.name.text()).from("/basics/name"))));
        }
        if (!basics.label().isEmpty()) {
            blocks.add(new Block.Paragraph(roles.label, List.of(Span.of(basics.label(), roles.label.text()).from("/basics/label"))));
        }
        List<Span> contact = Inline.joinSpans(separator, roles.contact.text(), contactItems(basics));
        if (!contact.isEmpty()) {
            blocks.add(new Block.Paragraph(roles.contact, contact));
        }
        return blocks;
    }

    private List<List<Span>> contactItems(Basics b) {
        SpanStyle style = roles.contact.text();
        List<List<Span>> items = new ArrayList<>();
        items.add(item(b.email(), Links.mail(b.email()).orElse(""), style, "/basics/email"));
        items.add(item(b.phone(), telephone(b.phone()), style, "/basics/phone"));
        items.add(item(place(b.location()), "", style, "/basics/location"));
        items.add(item(Links.display(b.url()), Links.web(b.url()).orElse(""), style, "/basics/url"));
        for (int i = 0; i < b.profiles().size(); i++) {
            Profile p = b.profiles().get(i);
            String shown = p.username().isEmpty() ? Links.display(p.url()) : p.username();
            String text = p.network().isEmpty() ? shown : shown.isEmpty() ? p.network() : p.network() + ": " + shown;
            items.add(item(text, Links.web(p.url()).orElse(""), style, "/basics/profiles/" + i));
        }
        return items;
    }

    /** Street and postcode first, then city, region and country, as an address is written. */
    private static String place(Location l) {
        return Inline.join(", ", l.address().replace('\n', ' '), Inline.join(" ", l.postalCode(), l.city()),
                l.region(), l.countryCode());
    }

    private static String telephone(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        return digits.length() >= 5 ? "tel:" + digits : "";
    }

    /** A contact item from {@code pointer}; short ones are kept on one line ("GitHub: octocat" never splits). */
    private static List<Span> item(String text, String link, SpanStyle style, String pointer) {
        if (text.isBlank()) {
            return List.of();
        }
        String shown = text.strip().length() <= KEEP_TOGETHER_MAX ? text.strip().replace(' ', '\u00A0') : text.strip();
        return List.of((link.isEmpty() ? Span.of(shown, style) : Span.link(shown, style, link)).from(pointer));
    }
}
