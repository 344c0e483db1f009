package dev.cvpress.normalize.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Severity;
import dev.cvpress.normalize.Reporter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The first public JSON Resume shape (schema 0.0.11, July 2014): a top-level "bio" with first and
 * last name, e-mail and phone as {work, personal} objects, and profiles and websites as maps keyed
 * by network or label. "basics" is built from it; the other sections already have the 1.x shape
 * apart from the 0.x field names.
 */
final class BioFormat {
    /** The bio fields placed by name; any other bio field is kept in basics as written. */
    private static final Set<String> PLACED = Set.of("firstName", "lastName", "label", "picture", "email", "phone",
            "websites", "summary", "location", "profiles");
    private static final Pattern WEB_ADDRESS = Pattern.compile("^(?i)(https?://|www\\.)");
    private final Reporter reporter;

    BioFormat(Reporter reporter) {
        this.reporter = reporter;
    }

    /** A new JSON Resume 1.x tree from a document with a "bio" object and no "basics". */
    ObjectNode convert(ObjectNode source) {
        reporter.report(Severity.INFO, "MIGRATED", "/bio", "the file has the 2014 JSON Resume \"bio\" shape "
                + "(schema 0.0.11); \"bio\" was read as \"basics\" and the rest as JSON Resume 1.x",
                "see https://jsonresume.org/schema for the current shape");
        ObjectNode out = Trees.NODES.objectNode();
        out.set("basics", basics((ObjectNode) source.get("bio")));
        // Fields kept under their own name are then located in "bio" through this ancestor.
        reporter.moved("/bio", "/basics");
        for (Map.Entry<String, JsonNode> field : source.properties()) {
            if (!field.getKey().equals("bio")) {
                out.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        new LegacyNames(reporter, false).migrate(out);
        return out;
    }

    private ObjectNode basics(ObjectNode bio) {
        ObjectNode basics = Trees.NODES.objectNode();
        name(bio, basics);
        copy(bio, "label", basics, "label");
        copy(bio, "picture", basics, "image");
        contact(bio, "email", basics);
        contact(bio, "phone", basics);
        url(bio, basics);
        copy(bio, "summary", basics, "summary");
        location(bio, basics);
        profiles(bio, basics);
        for (Map.Entry<String, JsonNode> field : bio.properties()) {
            if (!PLACED.contains(field.getKey()) && !basics.has(field.getKey())) {
                basics.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return basics;
    }

    private void name(ObjectNode bio, ObjectNode basics) {
        String first = text(bio.get("firstName"));
        String name = (first + " " + text(bio.get("lastName"))).strip();
        if (!name.isEmpty()) {
            basics.put("name", name);
            reporter.moved(first.isEmpty() ? "/bio/lastName" : "/bio/firstName", "/basics/name");
        }
    }

    /** E-mail or phone: of a {work, personal} object the personal one, as a résumé outlives the job. */
    private void contact(ObjectNode bio, String field, ObjectNode basics) {
        if (!(bio.get(field) instanceof ObjectNode kinds)) {
            copy(bio, field, basics, field);
            return;
        }
        firstFilled(kinds, List.of("personal", "work")).ifPresent(kind -> {
            basics.set(field, kinds.get(kind).deepCopy());
            reporter.moved(Trees.child("/bio/" + field, kind), "/basics/" + field);
        });
    }

    /** The first website is the home page; the others become profiles (see {@link #profiles}). */
    private void url(ObjectNode bio, ObjectNode basics) {
        if (bio.path("websites").isTextual()) {
            copy(bio, "websites", basics, "url");
            return;
        }
        List<Map.Entry<String, JsonNode>> sites = websites(bio);
        if (!sites.isEmpty()) {
            basics.set("url", sites.get(0).getValue().deepCopy());
            reporter.moved(Trees.child("/bio/websites", sites.get(0).getKey()), "/basics/url");
        }
    }

    /** The bio location has the 1.x fields, except that 1.x calls "state" "region". */
    private void location(ObjectNode bio, ObjectNode basics) {
        copy(bio, "location", basics, "location");
        if (basics.get("location") instanceof ObjectNode location && location.has("state") && !location.has("region")) {
            Trees.rename(location, "state", "region");
            reporter.moved("/bio/location/state", "/basics/location/region");
        }
    }

    /** Profiles from the {network: username or address} map, then every website after the first. */
    private void profiles(ObjectNode bio, ObjectNode basics) {
        ArrayNode profiles = Trees.NODES.arrayNode();
        JsonNode networks = bio.get("profiles");
        if (networks instanceof ArrayNode written) {
            profiles.addAll(written.deepCopy());
        } else if (networks instanceof ObjectNode map) {
            for (Map.Entry<String, JsonNode> network : map.properties()) {
                String key = isWebAddress(network.getValue()) ? "url" : "username";
                addProfile(profiles, network, key, Trees.child("/bio/profiles", network.getKey()));
            }
        }
        List<Map.Entry<String, JsonNode>> sites = websites(bio);
        for (Map.Entry<String, JsonNode> site : sites.subList(Math.min(1, sites.size()), sites.size())) {
            addProfile(profiles, site, "url", Trees.child("/bio/websites", site.getKey()));
        }
        if (!profiles.isEmpty()) {
            basics.set("profiles", profiles);
        }
    }

    /** One profile named after the map key; a value that is itself a profile object is kept as written. */
    private void addProfile(ArrayNode profiles, Map.Entry<String, JsonNode> entry, String key, String from) {
        if (Trees.isBlank(entry.getValue())) {
            return;
        }
        reporter.moved(from, "/basics/profiles/" + profiles.size());
        ObjectNode profile = profiles.addObject().put("network", entry.getKey());
        if (entry.getValue() instanceof ObjectNode written) {
            profile.setAll(written.deepCopy());
        } else {
            profile.set(key, entry.getValue().deepCopy());
        }
    }

    private void copy(ObjectNode bio, String from, ObjectNode basics, String to) {
        JsonNode value = bio.get(from);
        if (value != null && !value.isNull()) {
            basics.set(to, value.deepCopy());
            reporter.moved("/bio/" + from, "/basics/" + to);
        }
    }

    /** The labelled websites that have an address, in the order written. */
    private static List<Map.Entry<String, JsonNode>> websites(ObjectNode bio) {
        if (!(bio.get("websites") instanceof ObjectNode sites)) {
            return List.of();
        }
        return sites.properties().stream().filter(site -> !Trees.isBlank(site.getValue())).toList();
    }

    /** The first of {@code preferred} that has a value, else the first member that has one. */
    private static Optional<String> firstFilled(ObjectNode object, List<String> preferred) {
        Stream<String> written = object.properties().stream().map(Map.Entry::getKey);
        return Stream.concat(preferred.stream(), written).filter(name -> !Trees.isBlank(object.get(name))).findFirst();
    }

    /** 0.0.11 profiles map a network to a user name, but people wrote the profile's address there too. */
    private static boolean isWebAddress(JsonNode value) {
        return value.isTextual() && WEB_ADDRESS.matcher(value.asText().strip()).find();
    }

    private static String text(JsonNode value) {
        return value != null && value.isValueNode() && !value.isNull() ? value.asText().strip() : "";
    }
}
