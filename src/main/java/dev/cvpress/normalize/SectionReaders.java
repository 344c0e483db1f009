package dev.cvpress.normalize;

import dev.cvpress.model.Award;
import dev.cvpress.model.Basics;
import dev.cvpress.model.Certificate;
import dev.cvpress.model.Education;
import dev.cvpress.model.Interest;
import dev.cvpress.model.Language;
import dev.cvpress.model.Location;
import dev.cvpress.model.Profile;
import dev.cvpress.model.Project;
import dev.cvpress.model.Publication;
import dev.cvpress.model.Reference;
import dev.cvpress.model.Skill;
import dev.cvpress.model.Volunteer;
import dev.cvpress.model.Work;

/** One small reader per JSON Resume 1.x section, field names as in the schema. */
final class SectionReaders {
    private SectionReaders() {}

    static Basics basics(Node n) {
        Node loc = n.object("location");
        Location location = new Location(loc.text("address"), loc.text("postalCode"), loc.text("city"),
                loc.text("countryCode"), loc.text("region"));
        return new Basics(n.text("name"), n.text("label"), n.text("image"), n.text("email"), n.text("phone"),
                n.text("url"), n.text("summary"), location,
                n.list("profiles", p -> new Profile(p.text("network"), p.text("username"), p.text("url"))));
    }

    static Work work(Node n) {
        return new Work(n.text("name"), n.text("position"), n.text("location"), n.text("description"),
                n.text("url"), n.dates(), n.text("summary"), n.texts("highlights"));
    }

    static Volunteer volunteer(Node n) {
        return new Volunteer(n.text("organization"), n.text("position"), n.text("url"), n.dates(),
                n.text("summary"), n.texts("highlights"));
    }

    static Education education(Node n) {
        return new Education(n.text("institution"), n.text("url"), n.text("area"), n.text("studyType"),
                n.dates(), n.text("score"), n.texts("courses"));
    }

    static Award award(Node n) {
        return new Award(n.text("title"), n.date("date"), n.text("awarder"), n.text("summary"));
    }

    static Certificate certificate(Node n) {
        return new Certificate(n.text("name"), n.date("date"), n.text("issuer"), n.text("url"));
    }

    static Publication publication(Node n) {
        return new Publication(n.text("name"), n.text("publisher"), n.date("releaseDate"), n.text("url"),
                n.text("summary"));
    }

    static Skill skill(Node n) {
        return new Skill(n.text("name"), n.text("level"), n.texts("keywords"));
    }

    static Language language(Node n) {
        return new Language(n.text("language"), n.text("fluency"));
    }

    static Interest interest(Node n) {
        return new Interest(n.text("name"), n.texts("keywords"));
    }

    static Reference reference(Node n) {
        return new Reference(n.text("name"), n.text("reference"));
    }

    static Project project(Node n) {
        return new Project(n.text("name"), n.text("description"), n.texts("highlights"), n.texts("keywords"),
                n.dates(), n.text("url"), n.texts("roles"), n.text("entity"), n.text("type"));
    }
}
