package dev.cvpress.normalize.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * Tells résumé formats apart by their shape, never by the file name (people rename files, and
 * all of these are often just "resume.json"). The formats with their own marker keys are checked
 * first, since they may also contain JSON Resume-like names ("basics" in Reactive Resume).
 */
public final class FormatDetector {
    /** The top-level sections of JSON Resume 1.x, in schema order. */
    static final List<String> SECTIONS = List.of("basics", "work", "volunteer", "education", "awards",
            "certificates", "publications", "skills", "languages", "interests", "references", "projects", "meta");

    /** Top-level names only FRESH uses; JSON Resume has none of them. */
    private static final Set<String> FRESH_ONLY = Set.of("info", "contact", "employment", "service", "social",
            "recognition", "writing", "reading", "speaking", "governance", "affiliation", "samples",
            "testimonials", "extracurricular", "disposition");

    private FormatDetector() {}

    public static SourceFormat detect(JsonNode root) {
        if (!(root instanceof ObjectNode object)) {
            return SourceFormat.UNKNOWN;
        }
        if (isReactiveResume(object)) {
            return SourceFormat.REACTIVE_RESUME;
        }
        if (object.path("cv").isObject() || (object.path("design").isObject() && !object.has("content"))) {
            return SourceFormat.RENDERCV;
        }
        if (object.path("content").isObject() || object.has("layouts")
                || (object.path("locale").isObject() && !object.has("basics"))) {
            return SourceFormat.YAMLRESUME;
        }
        if (object.path("bio").isObject() && !object.has("basics")) {
            return SourceFormat.JSON_RESUME_BIO;
        }
        if (isFresh(object)) {
            return SourceFormat.FRESH;
        }
        if (LegacyNames.usedIn(object)) {
            return SourceFormat.JSON_RESUME_LEGACY;
        }
        return SECTIONS.stream().anyMatch(object::has) ? SourceFormat.JSON_RESUME : SourceFormat.UNKNOWN;
    }

    /** Reactive Resume keeps every section as {@code sections.<id>.items}, next to "metadata". */
    private static boolean isReactiveResume(ObjectNode root) {
        JsonNode sections = root.path("sections");
        if (!sections.isObject()) {
            return false;
        }
        if (root.path("metadata").isObject()) {
            return true;
        }
        for (JsonNode section : sections) {
            if (section.path("items").isArray()) {
                return true;
            }
        }
        return false;
    }

    /**
     * FRESH says so in meta.format; files without it are still FRESH when they use its shapes: a
     * top-level name, FRESH-only sections, or education and skills as objects instead of lists.
     */
    private static boolean isFresh(ObjectNode root) {
        if (root.path("meta").path("format").asText("").regionMatches(true, 0, "FRESH", 0, 5)) {
            return true;
        }
        if (root.has("basics")) {
            return false;
        }
        return root.path("name").isTextual() || FRESH_ONLY.stream().anyMatch(root::has)
                || root.path("education").isObject() || root.path("skills").isObject();
    }
}
