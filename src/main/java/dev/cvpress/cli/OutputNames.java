package dev.cvpress.cli;

import dev.cvpress.api.Renderer;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Output paths of a batch, from a template such as {@code {stem}-{style}.{ext}}: each input's stem
 * is sanitized to a plain file name, every path is checked to lie inside the output folder, and an
 * input whose names another input already took gets {@code -2}, {@code -3}, … before the extension,
 * so nothing is overwritten. Names are handed out in input order, so a run names things the same way
 * every time (which {@code --skip-existing} relies on). Not thread-safe: the one thread that reads
 * the inputs names them.
 */
final class OutputNames {
    static final String DEFAULT_TEMPLATE = "{stem}-{style}.{ext}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final Set<String> FIELDS = Set.of("stem", "style", "format", "ext");
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{M}\\p{N}._-]+");
    private static final Pattern EDGES = Pattern.compile("^[.\\-_]+|[.\\-_]+$");
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com\\d|lpt\\d)(\\..*)?");
    private static final int MAX_STEM = 80;
    /**
     * File systems limit a name to 255 bytes, not characters: 80 letters outside the Basic Multilingual
     * Plane are 320. This leaves room for the rest of the template and the temporary name's suffix.
     */
    private static final int MAX_STEM_BYTES = 150;

    private final Path folder;
    private final Path absolute;
    private final String template;
    private final List<Renderer> renderers;
    /** Names taken so far, lower-cased: two names differing only in case are one file on some systems. */
    private final NameSet taken = new NameSet();
    /**
     * For a stem that has needed numbers, the last one given, so the next input of that stem starts
     * there instead of trying -2, -3, … again (a thousand {@code cv.json} would take a million tries).
     */
    private final Map<String, Integer> lastNumber = new HashMap<>();

    /**
     * @throws IllegalArgumentException when the template names an unknown field, gives two outputs of
     *                                  one input the same name, or leads out of {@code folder}
     */
    OutputNames(Path folder, String template, List<Renderer> renderers) {
        this.folder = folder.normalize();
        this.absolute = folder.toAbsolutePath().normalize();
        this.template = template;
        this.renderers = List.copyOf(renderers);
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!FIELDS.contains(m.group(1))) {
                throw new IllegalArgumentException("--name: unknown field {" + m.group(1) + "}; the fields are "
                        + "{stem}, {style}, {format} and {ext}");
            }
        }
        List<String> sample = names("x");
        if (new HashSet<>(sample).size() < sample.size()) {
            throw new IllegalArgumentException("--name \"" + template + "\" gives several outputs of one input the "
                    + "same name; add {style} (several styles) or {format} (several formats)");
        }
        sample.forEach(this::inside);
    }

    /** The outputs of one input, one per renderer in order, under names no earlier input has. */
    List<Path> claim(BatchInput input) {
        String stem = sanitize(input.stem()).orElse(input.fallbackStem());
        List<String> names = names(stem);
        if (anyTaken(names)) {
            String stemKey = key(stem);
            int n = lastNumber.getOrDefault(stemKey, 1);
            List<String> candidates;
            do {
                String suffix = "-" + ++n;
                candidates = names.stream().map(name -> numbered(name, suffix)).toList();
            } while (anyTaken(candidates));
            lastNumber.put(stemKey, n);
            names = candidates;
        }
        List<Path> paths = new ArrayList<>();
        for (String name : names) {
            taken.add(key(name));
            paths.add(inside(name));
        }
        return paths;
    }

    private boolean anyTaken(List<String> names) {
        return names.stream().anyMatch(name -> taken.contains(key(name)));
    }

    /** A stem safe as (part of) a file name: letters, digits, {@code . - _}; empty when nothing is left. */
    static java.util.Optional<String> sanitize(String stem) {
        String plain = Normalizer.normalize(stem, Normalizer.Form.NFC);
        String safe = EDGES.matcher(UNSAFE.matcher(plain).replaceAll("-")).replaceAll("");
        int end = shortened(safe);
        if (end < safe.length()) {
            safe = EDGES.matcher(safe.substring(0, end)).replaceAll("");
        }
        if (RESERVED.matcher(safe).matches()) {
            safe = "_" + safe;
        }
        return safe.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(safe);
    }

    /** Where to cut {@code stem} so it has at most {@link #MAX_STEM} characters and {@link #MAX_STEM_BYTES} in UTF-8. */
    private static int shortened(String stem) {
        int end = 0;
        int bytes = 0;
        for (int count = 0; end < stem.length() && count < MAX_STEM; count++) {
            int c = stem.codePointAt(end);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes > MAX_STEM_BYTES) {
                break;
            }
            end += Character.charCount(c);
        }
        return end;
    }

    private List<String> names(String stem) {
        return renderers.stream().map(r -> fill(Map.of("stem", stem, "style", r.style(), "format", r.format(),
                "ext", r.extension()))).toList();
    }

    private String fill(Map<String, String> values) {
        return PLACEHOLDER.matcher(template).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
    }

    /** {@code cv-classic.pdf} → {@code cv-classic-2.pdf}; the suffix goes before the last name's extension. */
    private static String numbered(String name, String suffix) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * The name as a path in the folder (as the folder was given); a name that would lead out of it is
     * refused, whatever made it.
     */
    private Path inside(String name) {
        Path path = absolute.resolve(name).normalize();
        if (!path.startsWith(absolute) || path.equals(absolute)) {
            throw new IllegalArgumentException("--name \"" + template + "\" leads out of the output folder (" + name + ")");
        }
        return folder.resolve(absolute.relativize(path));
    }
}
