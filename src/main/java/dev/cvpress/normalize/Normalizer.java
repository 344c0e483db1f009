package dev.cvpress.normalize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.json.LocatedTree;
import dev.cvpress.json.SourceParser;
import dev.cvpress.model.Resume;
import dev.cvpress.normalize.clean.Cleaner;
import dev.cvpress.normalize.clean.Pruner;
import dev.cvpress.normalize.migrate.Migrator;
import dev.cvpress.normalize.validate.SchemaCheck;
import dev.cvpress.normalize.validate.SemanticChecks;
import dev.cvpress.normalize.validate.UnknownFields;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every résumé document in, one clean model out: parse (JSON, lenient JSON or YAML), migrate (0.x,
 * bio, FRESH), clean, check, validate against the official schema, read. Nothing throws for a
 * user's mistake; everything is reported, located, before anything is decided.
 */
public final class Normalizer {
    private final Clock clock;

    public Normalizer() {
        this(Clock.systemUTC());
    }

    /** {@code clock} decides what "a future date" is, so tests can fix it. */
    public Normalizer(Clock clock) {
        this.clock = clock;
    }

    /**
     * The model (absent when there are errors), the cleaned JSON Resume 1.x tree (absent when the
     * file could not be read as one) and every diagnostic, in source order.
     */
    public record Outcome(Optional<Resume> resume, Optional<ObjectNode> cleaned, List<Diagnostic> diagnostics) {
        public Outcome {
            diagnostics = diagnostics.stream()
                    .sorted(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column))
                    .toList();
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        }

        /** The cleaned document as {@code cvpress normalize} writes it: two-space indented JSON ending in a newline. */
        public Optional<String> json() {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return cleaned.map(tree -> {
                try {
                    return new ObjectMapper().writer(pretty).writeValueAsString(tree) + "\n";
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("a JSON tree always serializes", e);
                }
            });
        }
    }

    public Outcome normalize(byte[] bytes, String fileName) {
        SourceParser.Parsed parsed = new SourceParser().parse(bytes, fileName);
        if (parsed.tree().isEmpty()) {
            return new Outcome(Optional.empty(), Optional.empty(), parsed.diagnostics());
        }
        LocatedTree tree = parsed.tree().get();
        Reporter reporter = new Reporter(tree);
        parsed.diagnostics().forEach(reporter::add);
        if (!(tree.root() instanceof ObjectNode root)) {
            reporter.report(Severity.ERROR, "NOT_A_RESUME", "",
                    "expected an object with sections such as \"basics\" and \"work\", found "
                            + tree.root().getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            return new Outcome(Optional.empty(), Optional.empty(), reporter.diagnostics());
        }
        Optional<ObjectNode> migrated = Migrator.toJsonResume(root, reporter);
        if (migrated.isEmpty()) {
            return new Outcome(Optional.empty(), Optional.empty(), reporter.diagnostics());
        }
        ObjectNode resume = migrated.get();
        new Cleaner(reporter).clean(resume);
        new SemanticChecks().check(resume, reporter, LocalDate.now(clock));
        Pruner.prune(resume);
        new SchemaCheck().check(resume, reporter);
        new UnknownFields().check(resume, reporter);
        if (!reporter.hasErrors() && !hasContent(resume)) {
            reporter.report(Severity.ERROR, "EMPTY_RESUME", "", "there is nothing to print: every section is empty",
                    "fill in at least basics.name or one entry");
        }
        if (reporter.hasErrors()) {
            return new Outcome(Optional.empty(), Optional.of(resume), reporter.diagnostics());
        }
        Resume model = new ResumeReader().read(resume, reporter);
        return new Outcome(Optional.of(model), Optional.of(resume), reporter.diagnostics());
    }

    /** Whether anything but the file's own metadata is left. */
    private static boolean hasContent(ObjectNode resume) {
        for (var field : resume.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (!name.equals("meta") && !name.equals("$schema") && !value.isNull()
                    && !(value.isContainerNode() && value.isEmpty())) {
                return true;
            }
        }
        return false;
    }
}
