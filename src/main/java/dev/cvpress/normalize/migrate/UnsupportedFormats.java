package dev.cvpress.normalize.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Severity;
import dev.cvpress.normalize.Reporter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The error for a file cvpress does not convert: what it looks like, and how to get a JSON Resume
 * from it. Naming the format saves the user from reading "no basics" for a file that is fine for
 * another tool; for a file of no known format, near misses of section names ("Work", "educaton")
 * are pointed out.
 */
final class UnsupportedFormats {
    private static final String CODE = "UNSUPPORTED_FORMAT";
    private static final String READS = "cvpress reads JSON Resume 1.x, its 0.x forms and FRESH";
    /** Two edits catch a swapped or dropped letter and a wrong case, without matching unrelated words. */
    private static final int MAX_EDITS = 2;

    private UnsupportedFormats() {}

    static void report(SourceFormat format, ObjectNode root, Reporter reporter) {
        switch (format) {
            case RENDERCV -> other(format, marker(root, "cv", "design"), "RenderCV has no JSON Resume export: "
                    + "write cv.name, cv.email and cv.phone as basics and the entries of cv.sections as work, "
                    + "education, projects, ...", reporter);
            case YAMLRESUME -> other(format, marker(root, "content", "layouts", "locale"), "its \"content\" is "
                    + "close to JSON Resume: save that part as JSON, with location and profiles moved into "
                    + "basics, headline renamed label and degree renamed studyType", reporter);
            case REACTIVE_RESUME -> other(format, marker(root, "sections"), "Reactive Resume exports its own "
                    + "format: copy basics and the items of sections.experience, sections.education, ... "
                    + "into a JSON Resume file (experience becomes work)", reporter);
            case UNKNOWN -> unknown(root, reporter);
            default -> throw new IllegalArgumentException(format + " is converted, not rejected");
        }
    }

    private static void other(SourceFormat format, String pointer, String how, Reporter reporter) {
        reporter.report(Severity.ERROR, CODE, pointer,
                "this looks like a " + format.humanName() + " file, not a JSON Resume", READS + "; " + how);
    }

    /** Points at the key that gave the format away, so the location shown is meaningful. */
    private static String marker(ObjectNode root, String... keys) {
        for (String key : keys) {
            if (root.has(key)) {
                return Trees.child("", key);
            }
        }
        return "";
    }

    private static void unknown(ObjectNode root, Reporter reporter) {
        Map<String, String> meant = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            closest(field.getKey(), FormatDetector.SECTIONS)
                    .ifPresent(section -> meant.put(field.getKey(), section));
        }
        String message = "no JSON Resume sections found (basics, work, education, ...)";
        if (meant.isEmpty()) {
            reporter.report(Severity.ERROR, CODE, "", message, READS);
            return;
        }
        String first = meant.keySet().iterator().next();
        reporter.report(Severity.ERROR, CODE, Trees.child("", first), message, "did you mean " + guesses(meant) + "?");
    }

    /** {@code "education"} for one near miss; {@code "work" for "Work", "education" for "educaton"} for more. */
    private static String guesses(Map<String, String> meant) {
        if (meant.size() == 1) {
            return Trees.quote(meant.values().iterator().next());
        }
        return meant.entrySet().stream().map(e -> Trees.quote(e.getValue()) + " for " + Trees.quote(e.getKey()))
                .collect(Collectors.joining(", "));
    }

    /** The closest of {@code known} within two edits, ignoring case; empty for an exact match. */
    private static Optional<String> closest(String typed, List<String> known) {
        String lower = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String name : known) {
            int distance = distance(lower, name.toLowerCase(Locale.ROOT));
            if (distance < bestDistance && !name.equals(typed)) {
                best = name;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance: insertions, deletions and substitutions, one row at a time. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
