package dev.cvpress.compose;

import dev.cvpress.doc.Span;
import dev.cvpress.doc.SpanStyle;
import dev.cvpress.model.Basics;
import dev.cvpress.model.Location;
import dev.cvpress.model.Profile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The ways to reach the person, each as linked spans: e-mail, telephone, address, web site and
 * profiles. Set on one line under the name, or one per line in a "contact" section.
 */
final class ContactItems {
    private static final int KEEP_TOGETHER_MAX = 60;

    private ContactItems() {}

    /**
     * The items present, in the order an address card lists them. On a shared line ({@code inline})
     * short ones never split across lines; on lines of their own they wrap at their spaces.
     */
    static List<List<Span>> of(Basics b, SpanStyle style, boolean inline) {
        List<List<Span>> items = new ArrayList<>();
        items.add(item(b.email(), Links.mail(b.email()).orElse(""), style, "/basics/email"));
        items.add(item(b.phone(), telephone(b.phone()), style, "/basics/phone"));
        items.add(item(place(b.location()), "", style, "/basics/location"));
        items.add(item(Links.display(b.url()), Links.web(b.url()).orElse(""), style, "/basics/url"));
        // A profile that leads where the web site (or an earlier profile) does, and whose user name
        // that address already shows, would say the same thing twice.
        Set<String> linked = new HashSet<>();
        linked.add(sameAddress(b.url()));
        for (int i = 0; i < b.profiles().size(); i++) {
            Profile p = b.profiles().get(i);
            Optional<String> link = Links.web(p.url());
            String address = sameAddress(p.url());
            if (link.isPresent() && !linked.add(address) && address.contains(p.username().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String shown = p.username().isEmpty() ? Links.display(p.url()) : p.username();
            String text = p.network().isEmpty() ? shown : shown.isEmpty() ? p.network() : p.network() + ": " + shown;
            items.add(item(text, link.orElse(""), style, "/basics/profiles/" + i));
        }
        return items.stream().filter(item -> !item.isEmpty())
                .map(item -> inline ? item.stream().map(ContactItems::whole).toList() : item)
                .toList();
    }

    /** Countries that write the postcode after the region ("San Francisco, CA 94115"). */
    private static final Set<String> POSTCODE_AFTER_REGION = Set.of("US", "CA", "AU");
    /** Countries that write it after the town ("London SW1A 2AA"). */
    private static final Set<String> POSTCODE_AFTER_CITY = Set.of("GB", "IE");

    /**
     * Street first, then town, region and country, the postcode where the country writes it:
     * after the region in North America and Australia, after the town in Britain and Ireland,
     * before the town elsewhere (and when the country is not given).
     */
    private static String place(Location l) {
        String street = l.address().replace('\n', ' ');
        String country = l.countryCode().toUpperCase(Locale.ROOT);
        if (POSTCODE_AFTER_REGION.contains(country)) {
            return Inline.join(", ", street, l.city(), Inline.join(" ", l.region(), l.postalCode()), l.countryCode());
        }
        if (POSTCODE_AFTER_CITY.contains(country)) {
            return Inline.join(", ", street, Inline.join(" ", l.city(), l.postalCode()), l.region(), l.countryCode());
        }
        return Inline.join(", ", street, Inline.join(" ", l.postalCode(), l.city()), l.region(), l.countryCode());
    }

    /** What two web addresses that lead to one page have in common: http or https, www. or not, a final slash. */
    private static String sameAddress(String url) {
        return Links.display(url).toLowerCase(Locale.ROOT);
    }

    private static String telephone(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        return digits.length() >= 5 ? "tel:" + digits : "";
    }

    /** An item from the field at {@code pointer}. */
    private static List<Span> item(String text, String link, SpanStyle style, String pointer) {
        if (text.isBlank()) {
            return List.of();
        }
        return List.of(new Span(text.strip(), style, link.isEmpty() ? Optional.empty() : Optional.of(link), pointer,
                false));
    }

    private static Span whole(Span span) {
        return span.text().length() <= KEEP_TOGETHER_MAX
                ? new Span(span.text().replace(' ', '\u00A0'), span.style(), span.link(), span.source(), false) : span;
    }
}
