package dev.cvpress.normalize.clean;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Web addresses as people write them, made absolute; schemes that can run code or read files refused. */
final class Urls {
    private static final Pattern BARE_HOST = Pattern.compile("(?i)(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}(:\\d+)?([/?#].*)?");
    private static final Pattern SCHEME = Pattern.compile("(?i)^([a-z][a-z0-9+.-]*):");
    private static final java.util.Set<String> UNSAFE = java.util.Set.of("javascript", "file", "data", "vbscript", "blob");

    private Urls() {}

    /** Whether this scheme must never reach a link or a fetch. */
    static boolean unsafe(String url) {
        var m = SCHEME.matcher(url.strip());
        return m.find() && UNSAFE.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** {@code example.com/x} → {@code https://example.com/x}; empty when it is not a bare host name. */
    static Optional<String> withScheme(String url) {
        String text = url.strip();
        if (SCHEME.matcher(text).find() || text.startsWith("//") || !BARE_HOST.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of("https://" + text);
    }
}
