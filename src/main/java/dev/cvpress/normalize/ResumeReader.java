package dev.cvpress.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.json.LocatedTree;
import dev.cvpress.json.LocatedTreeReader;
import dev.cvpress.model.Meta;
import dev.cvpress.model.Resume;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads a JSON Resume 1.x document into the model. Unknown fields are ignored; values of the
 * wrong type are reported and left out; only unreadable syntax or a non-object root is an error.
 */
public final class ResumeReader {

    /** The model (empty when there were errors) and everything worth telling the user. */
    public record Outcome(Optional<Resume> resume, List<Diagnostic> diagnostics) {
        public Outcome {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Outcome read(byte[] bytes) {
        LocatedTreeReader.Result result = LocatedTreeReader.json().read(bytes);
        if (result instanceof LocatedTreeReader.Result.Failed failed) {
            return new Outcome(Optional.empty(), List.of(failed.error()));
        }
        return read(((LocatedTreeReader.Result.Parsed) result).tree());
    }

    public Outcome read(LocatedTree tree) {
        Reporter reporter = new Reporter(tree);
        if (!tree.root().isObject()) {
            reporter.report(Severity.ERROR, "NOT_A_RESUME", "",
                    "expected a JSON object with sections such as \"basics\" and \"work\"");
            return new Outcome(Optional.empty(), reporter.diagnostics());
        }
        return new Outcome(Optional.of(read(tree.root(), reporter)), reporter.diagnostics());
    }

    /** Reads a JSON Resume 1.x object; problems go to {@code reporter}. */
    public Resume read(JsonNode tree, Reporter reporter) {
        Node root = new Node(tree, "", reporter);
        return new Resume(
                SectionReaders.basics(root.object("basics")),
                root.list("work", SectionReaders::work),
                root.list("volunteer", SectionReaders::volunteer),
                root.list("education", SectionReaders::education),
                root.list("awards", SectionReaders::award),
                root.list("certificates", SectionReaders::certificate),
                root.list("publications", SectionReaders::publication),
                root.list("skills", SectionReaders::skill),
                root.list("languages", SectionReaders::language),
                root.list("interests", SectionReaders::interest),
                root.list("references", SectionReaders::reference),
                root.list("projects", SectionReaders::project),
                meta(root.object("meta"), reporter));
    }

    private static Meta meta(Node n, Reporter reporter) {
        String modified = n.text("lastModified");
        Optional<Instant> lastModified = Optional.empty();
        if (!modified.isEmpty()) {
            try {
                lastModified = Optional.of(parseInstant(modified));
            } catch (DateTimeParseException e) {
                reporter.report(Severity.WARNING, "BAD_DATE", n.pointer() + "/lastModified",
                        "\"" + modified + "\" is not a date-time such as 2024-05-01T12:00:00Z (ignored)");
            }
        }
        return new Meta(n.text("canonical"), n.text("version"), lastModified);
    }

    /** ISO instants with or without an offset (no offset means UTC), or a bare date. */
    private static Instant parseInstant(String text) {
        if (text.length() == 10) {
            return Instant.parse(text + "T00:00:00Z");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.parse(text.endsWith("Z") ? text : text + "Z");
        }
    }
}
