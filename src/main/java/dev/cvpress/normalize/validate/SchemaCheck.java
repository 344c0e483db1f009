package dev.cvpress.normalize.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.cvpress.diag.Severity;
import dev.cvpress.normalize.Reporter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Checks a résumé tree against the official JSON Resume 1.3.1 schema and reports every violation
 * as an error at the offending value. Safe to use from many threads.
 */
public final class SchemaCheck {

    /**
     * The compiled schema, built once by whichever thread needs it first and then shared:
     * compiling costs far more than validating, and a compiled schema with its validators
     * initialized is read-only.
     */
    private static final FutureTask<JsonSchema> COMPILED =
            new FutureTask<>(() -> BundledSchema.compile(BundledSchema.tree()));

    private final JsonSchema schema;

    /** A check against the bundled official schema. */
    public SchemaCheck() {
        this(compiled());
    }

    /**
     * Starts compiling the bundled schema on a background thread and returns at once. In a fresh
     * process compiling takes about a tenth of a second, mostly loading the validator's classes;
     * a command that first loads a style can overlap the two. A check made before it is done waits for it.
     */
    public static void compileInBackground() {
        Thread compile = new Thread(COMPILED, "cvpress-schema");
        compile.setDaemon(true);
        compile.start();
    }

    private static JsonSchema compiled() {
        COMPILED.run(); // compiles here unless another thread has started to
        try {
            return COMPILED.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the JSON Schema compiled", e);
        }
    }

    /** A check against another compiled schema (see {@link BundledSchema#compile}). */
    SchemaCheck(JsonSchema schema) {
        this.schema = schema;
    }

    public void check(JsonNode resume, Reporter reporter) {
        for (List<ValidationMessage> same : problems(schema.validate(resume)).values()) {
            ViolationText text = ViolationText.of(same);
            reporter.report(Severity.ERROR, "SCHEMA", pointer(same.get(0)), text.message(), text.hint());
        }
    }

    /**
     * Groups the messages by place and keyword, in the validator's order: through {@code anyOf} or
     * {@code oneOf} one wrong value yields a message per alternative, but it is one problem.
     */
    private static Map<String, List<ValidationMessage>> problems(Iterable<ValidationMessage> messages) {
        Map<String, List<ValidationMessage>> byProblem = new LinkedHashMap<>();
        for (ValidationMessage m : messages) {
            // The property tells two missing required fields of one object apart.
            String key = pointer(m) + " " + m.getType() + " " + Objects.toString(m.getProperty(), "");
            byProblem.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        return byProblem;
    }

    /**
     * Where to point: the value itself, or for a field that is not allowed the field rather than
     * the object holding it. A missing field has no place of its own, so its object is used.
     */
    private static String pointer(ValidationMessage m) {
        String at = Pointers.of(m.getInstanceLocation());
        return m.getType().equals("additionalProperties") && m.getProperty() != null
                ? Pointers.child(at, m.getProperty())
                : at;
    }
}
