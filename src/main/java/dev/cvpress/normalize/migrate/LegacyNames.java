package dev.cvpress.normalize.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Severity;
import dev.cvpress.normalize.Reporter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field names JSON Resume used before 1.0 (schemas 0.0.11 to 0.1.x) and their 1.x names.
 * Themes and generators still write them, often mixed with 1.x names in one file, so they are
 * migrated field by field rather than by the version a file claims.
 */
final class LegacyNames {
    /** In {@code section} ("" for the top level), {@code from} is the 0.x name of {@code to}. */
    private record Rename(String section, String from, String to) {}

    /** A 0.x name found in a document: the object holding it and that object's pointer. */
    private record Found(Rename rename, ObjectNode holder, String pointer) {}

    private static final List<Rename> RENAMES = List.of(
            new Rename("", "hobbies", "interests"),
            new Rename("basics", "picture", "image"),
            new Rename("basics", "website", "url"),
            new Rename("work", "company", "name"),
            new Rename("work", "website", "url"),
            new Rename("volunteer", "website", "url"),
            new Rename("education", "gpa", "score"),
            new Rename("awards", "awardDate", "date"),
            new Rename("publications", "website", "url"));

    private final Reporter reporter;
    private final boolean announce;

    /**
     * @param announce whether each rename gets its own INFO; off when the caller already told the
     *     user the whole file is in an old shape
     */
    LegacyNames(Reporter reporter, boolean announce) {
        this.reporter = reporter;
        this.announce = announce;
    }

    /** Whether the document uses any 0.x name. */
    static boolean usedIn(ObjectNode root) {
        return !find(root).isEmpty();
    }

    /** Renames every 0.x field of {@code root} in place, recording each move. */
    void migrate(ObjectNode root) {
        for (Found found : find(root)) {
            rename(found);
        }
    }

    private void rename(Found found) {
        Rename rename = found.rename();
        String from = Trees.child(found.pointer(), rename.from());
        String to = Trees.child(found.pointer(), rename.to());
        String oldName = Trees.quote(rename.from());
        String newName = Trees.quote(rename.to());
        if (found.holder().has(rename.to())) {
            found.holder().remove(rename.from());
            reporter.report(Severity.WARNING, "DUPLICATE_FIELD", from, "both " + oldName
                    + " (the JSON Resume 0.x name) and " + newName + " are set; " + newName + " is used",
                    "remove " + oldName);
            return;
        }
        Trees.rename(found.holder(), rename.from(), rename.to());
        reporter.moved(from, to);
        if (announce) {
            reporter.report(Severity.INFO, "MIGRATED", from,
                    oldName + " is the JSON Resume 0.x name; read as " + newName);
        }
    }

    private static List<Found> find(ObjectNode root) {
        List<Found> found = new ArrayList<>();
        for (Rename rename : RENAMES) {
            holders(root, rename.section()).forEach((pointer, holder) -> {
                if (holder.has(rename.from())) {
                    found.add(new Found(rename, holder, pointer));
                }
            });
        }
        return found;
    }

    /**
     * The objects a section's names live in, by pointer: the root, the basics object, or each
     * entry of a list section (a lone object where a list belongs counts as its one entry).
     */
    private static Map<String, ObjectNode> holders(ObjectNode root, String section) {
        Map<String, ObjectNode> holders = new LinkedHashMap<>();
        if (section.isEmpty()) {
            holders.put("", root);
            return holders;
        }
        String pointer = Trees.child("", section);
        JsonNode value = root.get(section);
        if (value instanceof ObjectNode single) {
            holders.put(pointer, single);
        } else if (value instanceof ArrayNode entries) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) instanceof ObjectNode entry) {
                    holders.put(pointer + "/" + i, entry);
                }
            }
        }
        return holders;
    }
}
