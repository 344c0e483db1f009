package dev.cvpress.normalize.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The official JSON Resume 1.3.1 schema shipped in the jar. It is read once; the tree is shared
 * and must not be modified. Both the validator and the field-name suggestions work from it, so a
 * schema update changes both at once.
 */
final class BundledSchema {
    static final String RESOURCE = "/schema/jsonresume-1.3.1.schema.json";
    /** Where the library keeps its built-in meta-schemas; nothing else may be loaded. */
    private static final Set<String> LOCAL_SCHEMES = Set.of("classpath", "resource");
    private static final JsonNode TREE = read();

    private BundledSchema() {}

    static JsonNode tree() {
        return TREE;
    }

    /** Follows a local {@code $ref} such as {@code #/definitions/iso8601}; other schemas come back as they are. */
    static JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.path("$ref");
        return ref.isTextual() && ref.asText().startsWith("#") ? TREE.at(ref.asText().substring(1)) : schema;
    }

    /** The pattern every date field of the schema shares, to recognise its violations. */
    static String datePattern() {
        return TREE.at("/definitions/iso8601/pattern").asText();
    }

    /**
     * Compiles a draft-07 schema with "email" and "uri" checked. The draft-07 meta-schema is
     * built into the library; any other schema a {@code $ref} names would be fetched from the
     * network by default, so such a load is refused with an exception instead: rendering a
     * résumé must never depend on, or leak to, a remote host.
     */
    static JsonSchema compile(JsonNode schema) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                builder -> builder.schemaLoaders(loaders -> loaders.add(new AllowSchemaLoader(BundledSchema::local))));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        JsonSchema compiled = factory.getSchema(schema, config);
        // Validators are otherwise created lazily on first use, which is not safe across threads.
        compiled.initializeValidators();
        return compiled;
    }

    private static boolean local(AbsoluteIri iri) {
        return LOCAL_SCHEMES.contains(iri.getScheme());
    }

    private static JsonNode read() {
        try (InputStream in = BundledSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar is missing " + RESOURCE);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
