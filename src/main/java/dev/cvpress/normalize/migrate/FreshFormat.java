package dev.cvpress.normalize.migrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Severity;
import dev.cvpress.normalize.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FRESH (fresh-resume-schema 1.0.0-beta, written by HackMyResume and FluentCV) to JSON Resume
 * 1.x. Dates are copied as written: the cleaning stage reads them like any other date.
 */
final class FreshFormat {
    private static final List<Mapping> MAPPINGS = List.of(
            Mapping.object("", "/basics", "name"),
            Mapping.object("/info", "/basics", "label image summary=brief"),
            Mapping.object("/contact", "/basics", "email phone url=website"),
            Mapping.object("/location", "/basics/location",
                    "address postalCode=code city countryCode=country region"),
            Mapping.list("/social", "/basics/profiles", "network username=user url"),
            Mapping.list("/employment/history", "/work",
                    "name=employer position url startDate=start endDate=end summary highlights location"),
            Mapping.list("/education/history", "/education", "institution url area studyType=studyType|title"
                    + " startDate=start endDate=end score=grade courses=curriculum"),
            Mapping.list("/service/history", "/volunteer",
                    "organization position url startDate=start endDate=end summary highlights"),
            Mapping.list("/skills/sets", "/skills", "name level keywords=skills"),
            Mapping.list("/skills/list", "/skills", "name level keywords"),
            Mapping.list("/recognition", "/awards", "title date awarder=from summary"),
            Mapping.list("/writing", "/publications",
                    "name=title publisher=publisher/name|publisher releaseDate=date url summary"),
            Mapping.list("/projects", "/projects", "name=title description=description|summary highlights"
                    + " keywords startDate=start endDate=end url=url|repo roles=[role] type=category"),
            // Work samples are projects in JSON Resume's sense: something made, with a link.
            Mapping.list("/samples", "/projects", "name=title description=summary highlights keywords"
                    + " startDate=date url"),
            Mapping.list("/languages", "/languages", "language fluency=level|fluency"),
            Mapping.list("/interests", "/interests", "name keywords"),
            Mapping.list("/testimonials", "/references", "name reference=quote"),
            Mapping.list("/references", "/references", "name reference=summary"),
            Mapping.object("/meta", "/meta", "version canonical=url lastModified=modified"));

    /** FRESH values JSON Resume 1.x has no place for; named in a warning so none vanishes unnoticed. */
    private static final List<String> NO_COUNTERPART = List.of("/info/quote", "/contact/other", "/disposition",
            "/affiliation", "/governance", "/speaking", "/reading", "/extracurricular");

    /** The top-level names of the FRESH schema; others are the author's own and are named too. */
    private static final Set<String> FRESH_NAMES = Set.of("name", "meta", "info", "disposition", "contact",
            "location", "employment", "projects", "skills", "service", "education", "social", "recognition",
            "writing", "reading", "speaking", "governance", "languages", "samples", "references", "testimonials",
            "interests", "extracurricular", "affiliation");

    private final Reporter reporter;

    FreshFormat(Reporter reporter) {
        this.reporter = reporter;
    }

    /** A new JSON Resume 1.x tree with everything of {@code source} that JSON Resume can hold. */
    ObjectNode convert(ObjectNode source) {
        String version = source.path("meta").path("format").asText("").strip();
        reporter.report(Severity.INFO, "MIGRATED", "", "converted from FRESH"
                + (version.isEmpty() ? "" : " (" + version + ")") + " to JSON Resume 1.x");
        ObjectNode out = Trees.NODES.objectNode();
        for (Mapping mapping : MAPPINGS) {
            mapping.apply(source, out, reporter);
        }
        reportLeftOut(source);
        return out;
    }

    private void reportLeftOut(ObjectNode source) {
        List<String> leftOut = new ArrayList<>();
        for (String pointer : NO_COUNTERPART) {
            if (!Trees.isBlank(source.at(pointer))) {
                leftOut.add(pointer);
            }
        }
        for (Map.Entry<String, ?> field : source.properties()) {
            String name = field.getKey();
            // "$schema" and the like describe the file, not the person.
            if (!FRESH_NAMES.contains(name) && !name.startsWith("$") && !Trees.isBlank(source.get(name))) {
                leftOut.add(Trees.child("", name));
            }
        }
        if (!leftOut.isEmpty()) {
            reporter.report(Severity.WARNING, "NOT_CONVERTED", leftOut.get(0),
                    "JSON Resume has no place for " + String.join(", ", leftOut) + "; left out",
                    "to print any of it, rewrite it as JSON Resume entries (work, volunteer, projects, awards, ...)");
        }
    }
}
