package dev.cvpress.fonts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts bundled in {@code fonts/}, found on the class path and never on system paths. A family
 * "Source Serif 4" lives in {@code fonts/SourceSerif4/} with a {@code family.yaml} naming its faces.
 * A family is described on first use and each of its faces parsed on first use (see
 * {@link FontFamily}); both are then shared.
 */
public final class FontCatalog {
    private static final FontCatalog BUNDLED = new FontCatalog();
    private static final Map<String, String> FACE_KEYS =
            Map.of("regular", "00", "italic", "01", "bold", "10", "bold_italic", "11");
    private final Map<String, Optional<FontFamily>> families = new ConcurrentHashMap<>();

    private FontCatalog() {}

    /** The catalogue shared by the whole process: each face is parsed once. */
    public static FontCatalog bundled() {
        return BUNDLED;
    }

    /** A catalogue of the same fonts that shares nothing with {@link #bundled()}: its faces are parsed anew. */
    public static FontCatalog unshared() {
        return new FontCatalog();
    }

    public Optional<FontFamily> family(String name) {
        return families.computeIfAbsent(name, FontCatalog::load);
    }

    /** The faces this catalogue has parsed so far, of every family; parses none. */
    public List<FontFace> parsedFaces() {
        return families.values().stream().flatMap(Optional::stream).flatMap(f -> f.parsedFaces().stream()).toList();
    }

    /** The folder a family lives in: its name without spaces. */
    public static String folder(String family) {
        return "fonts/" + family.replace(" ", "") + "/";
    }

    private static Optional<FontFamily> load(String name) {
        String folder = folder(name);
        try {
            byte[] yaml = resource(folder + "family.yaml");
            if (yaml == null) {
                return Optional.empty();
            }
            JsonNode description = new YAMLMapper().readTree(yaml);
            String family = description.path("name").asText(name);
            List<FontFamily.Slot> faces = new ArrayList<>();
            for (Map.Entry<String, String> key : FACE_KEYS.entrySet()) {
                JsonNode file = description.path("faces").path(key.getKey());
                if (file.isTextual()) {
                    String path = folder + file.asText();
                    // A missing file is a broken bundle, told when the family is first named, not at some later face.
                    if (FontCatalog.class.getClassLoader().getResource(path) == null) {
                        throw new IOException(path + " is named in family.yaml but missing");
                    }
                    boolean bold = key.getValue().charAt(0) == '1';
                    boolean italic = key.getValue().charAt(1) == '1';
                    faces.add(new FontFamily.Slot(bold, italic, () -> parse(family, bold, italic, path)));
                }
            }
            return faces.isEmpty() ? Optional.empty()
                    : Optional.of(new FontFamily(name, faces, description.path("substitute").asText("")));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font family " + name + " is broken", e);
        }
    }

    private static FontFace parse(String family, boolean bold, boolean italic, String path) {
        try {
            byte[] program = resource(path);
            if (program == null) {
                throw new IOException(path + " is named in family.yaml but missing");
            }
            return new FontFace(family, bold, italic, program);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font " + path + " is broken", e);
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = FontCatalog.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
