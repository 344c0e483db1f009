package dev.cvpress.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvpress.doc.Span;
import dev.cvpress.doc.SpanStyle;
import dev.cvpress.model.Basics;
import dev.cvpress.model.Location;
import dev.cvpress.model.Profile;
import dev.cvpress.units.Caps;
import dev.cvpress.units.Rgb;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ContactItemsTest {
    private static final SpanStyle STYLE = new SpanStyle("Source Serif 4", false, false, 9, Rgb.BLACK, Caps.NONE);

    @Test
    void aProfileLeadingWhereTheWebSiteOrAnEarlierProfileDoesIsNotRepeated() {
        Basics basics = new Basics("Alex Rivera", "", "", "", "", "https://flows.cv/alexrn", "", Location.NONE, List.of(
                new Profile("flows.cv", "alexrn", "http://www.flows.cv/alexrn/"),
                new Profile("GitHub", "alexrn", "https://github.com/alexrn"),
                new Profile("Code", "alexrn", "https://GitHub.com/alexrn"),
                new Profile("Mastodon", "@alexrn", "")));
        assertEquals(List.of("flows.cv/alexrn", "GitHub: alexrn", "Mastodon: @alexrn"), texts(basics));
    }

    /** Placeholder addresses shared by every profile: each profile's network and user name still tell something. */
    @Test
    void profilesSharingAnAddressThatDoesNotShowTheirUserNamesAreKept() {
        Basics basics = new Basics("Max", "", "", "", "", "https://example.com", "", Location.NONE, List.of(
                new Profile("LinkedIn", "maxm", "https://example.com"),
                new Profile("GitHub", "maxm", "https://example.com")));
        assertEquals(List.of("example.com", "LinkedIn: maxm", "GitHub: maxm"), texts(basics));
    }

    private static List<String> texts(Basics basics) {
        return ContactItems.of(basics, STYLE, false).stream()
                .map(item -> item.stream().map(Span::text).collect(Collectors.joining())).toList();
    }
}
