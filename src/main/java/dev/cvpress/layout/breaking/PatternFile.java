package dev.cvpress.layout.breaking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One hyph-utf8 {@code hyph-*.tex} file as shipped with TeX: the {@code \patterns{…}} and
 * {@code \hyphenation{…}} (exceptions) blocks, and the left/right hyphen minimums its header gives
 * for typesetting. The file is read whole, unmodified, so its licence header travels with it.
 */
record PatternFile(List<String> patterns, List<String> exceptions, int leftMin, int rightMin) {
    /** The header is YAML inside TeX comments: {@code hyphenmins: typesetting: left: 2 right: 3}. */
    private static final Pattern MINS =
            Pattern.compile("typesetting:\\s*%\\s*left:\\s*(\\d+)\\s*%\\s*right:\\s*(\\d+)");

    static PatternFile read(String resource) {
        try (InputStream in = PatternFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("hyphenation patterns " + resource + " are missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PatternFile parse(String tex) {
        Matcher mins = MINS.matcher(tex);
        if (!mins.find()) {
            throw new IllegalArgumentException("the pattern file's header gives no typesetting hyphenmins");
        }
        String body = tex.replaceAll("%[^\\n]*", "");
        return new PatternFile(block(body, "\\patterns{"), block(body, "\\hyphenation{"),
                Integer.parseInt(mins.group(1)), Integer.parseInt(mins.group(2)));
    }

    /** The whitespace-separated words of {@code command}'s braces; patterns never contain braces. */
    private static List<String> block(String body, String command) {
        int start = body.indexOf(command);
        if (start < 0) {
            return List.of();
        }
        int from = start + command.length();
        return Arrays.stream(body.substring(from, body.indexOf('}', from)).split("\\s+"))
                .filter(word -> !word.isEmpty()).toList();
    }
}
