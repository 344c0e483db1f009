package dev.cvpress.compose;

import java.util.Locale;
import java.util.Optional;

/**
 * Which values may become clickable links. Only web and mail addresses do; a link is never made
 * to a local file or an unknown scheme, whatever the input says.
 */
final class Links {
    private Links() {}

    static Optional<String> web(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if ((lower.startsWith("https://") || lower.startsWith("http://")) && !url.strip().contains(" ")) {
            return Optional.of(url.strip());
        }
        return Optional.empty();
    }

    static Optional<String> mail(String email) {
        String address = email.strip();
        return address.matches("[^\\s@:/]+@[^\\s@:/]+") ? Optional.of("mailto:" + address) : Optional.empty();
    }

    /** A URL as a person reads it: without the scheme and a trailing slash. */
    static String display(String url) {
        return url.strip().replaceFirst("(?i)^https?://(www\\.)?", "").replaceFirst("/$", "");
    }
}
