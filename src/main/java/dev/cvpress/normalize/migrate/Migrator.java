package dev.cvpress.normalize.migrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.normalize.Reporter;
import java.util.Optional;

/**
 * Brings any résumé shape cvpress understands to JSON Resume 1.x before it is cleaned and read.
 * The result is always a new tree: the parsed input stays as the user wrote it, so its locations
 * stay true. Every moved value is recorded with the {@link Reporter}, so later problems are
 * reported where the user wrote the value.
 */
public final class Migrator {
    private Migrator() {}

    /** The document in JSON Resume 1.x shape, or empty (with an error reported) for formats not converted. */
    public static Optional<ObjectNode> toJsonResume(ObjectNode root, Reporter reporter) {
        SourceFormat format = FormatDetector.detect(root);
        return switch (format) {
            case JSON_RESUME, JSON_RESUME_LEGACY -> Optional.of(legacy(root, reporter));
            case JSON_RESUME_BIO -> Optional.of(new BioFormat(reporter).convert(root));
            case FRESH -> Optional.of(new FreshFormat(reporter).convert(root));
            case RENDERCV, YAMLRESUME, REACTIVE_RESUME, UNKNOWN -> {
                UnsupportedFormats.report(format, root, reporter);
                yield Optional.empty();
            }
        };
    }

    private static ObjectNode legacy(ObjectNode root, Reporter reporter) {
        ObjectNode copy = root.deepCopy();
        new LegacyNames(reporter, true).migrate(copy);
        return copy;
    }
}
