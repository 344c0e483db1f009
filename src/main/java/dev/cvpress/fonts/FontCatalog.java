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
 * Families are parsed on first use and then shared.
 */
public final class FontCatalog {
    private static final FontCatalog BUNDLED = new FontCatalog();
    private static final Map<String, String> FACE_KEYS =
            Map.of("regular", "00", "italic", "01", "bold", "10", "bold_italic", "11");
    private final Map<String, Optional<FontFamily>> families = new ConcurrentHashMap<>();

    private FontCatalog() {}

    public static FontCatalog bundled() {
        return BUNDLED;
    }

    public Optional<FontFamily> family(String name) {
        return families.computeIfAbsent(name, FontCatalog::load);
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
            List<FontFace> faces = new ArrayList<>();
            for (Map.Entry<String, String> key : FACE_KEYS.entrySet()) {
                JsonNode file = description.path("faces").path(key.getKey());
                if (file.isTextual()) {
                    byte[] program = resource(folder + file.asText());
                    if (program == null) {
                        throw new IOException(folder + file.asText() + " is named in family.yaml but missing");
                    }
                    faces.add(new FontFace(description.path("name").asText(name),
                            key.getValue().charAt(0) == '1', key.getValue().charAt(1) == '1', program));
                }
            }
            return faces.isEmpty() ? Optional.empty()
                    : Optional.of(new FontFamily(name, faces, description.path("substitute").asText("")));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font family " + name + " is broken", e);
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = FontCatalog.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
