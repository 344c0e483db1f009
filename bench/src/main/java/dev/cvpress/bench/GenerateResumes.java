package dev.cvpress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes a batch for bench/batch.sh from the shared seeds and JSON Resume corpus: résumé i is source
 * i mod n with {@code basics.name} replaced by a made-up name, so no two are the same. Written either
 * as files {@code DIR/00001.json ...} or as one JSON Lines file. Run from the repository folder:
 * {@code java -cp target/cvpress.jar bench/src/main/java/dev/cvpress/bench/GenerateResumes.java SHARED COUNT (--dir DIR | --jsonl FILE)}.
 */
public final class GenerateResumes {
    private static final String[] GIVEN = {"Ada", "Bruno", "Chiara", "Dmitri", "Elif", "Farah", "Goran", "Hana",
        "Ines", "Jonas", "Kenji", "Lucía", "Mateo", "Noor", "Olga", "Pavel", "Quinn", "Rosa", "Sven", "Tomás"};
    private static final String[] FAMILY = {"Okafor", "Lindqvist", "Moreau", "Nakamura", "Petrović", "Quintero",
        "Rahman", "Schäfer", "Tanaka", "Urquhart", "Varga", "Whitfield", "Xu", "Yilmaz", "Zeller", "Brennholt"};
    /** The schema's own "must fail" fixtures are not résumés to render. */
    private static final String INVALID = "jsonresume-schema-fixture-invalid";

    private GenerateResumes() {}

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        ObjectMapper json = new ObjectMapper();
        List<ObjectNode> sources = new ArrayList<>();
        for (Path file : sources(shared)) {
            JsonNode tree = json.readTree(file.toFile());
            if (tree.path("basics").isObject()) {
                sources.add((ObjectNode) tree);
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException("no résumés with basics under " + shared.toAbsolutePath());
        }
        boolean lines = args[2].equals("--jsonl");
        Path target = Path.of(args[3]);
        if (lines) {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                for (int i = 0; i < count; i++) {
                    out.write(json.writeValueAsString(resume(sources, i)));
                    out.write('\n');
                }
            }
        } else {
            Files.createDirectories(target);
            for (int i = 0; i < count; i++) {
                Files.writeString(target.resolve(String.format("%05d.json", i + 1)),
                        json.writerWithDefaultPrettyPrinter().writeValueAsString(resume(sources, i)));
            }
        }
        System.out.println("wrote " + count + " résumés (from " + sources.size() + " sources) to " + target);
    }

    private static ObjectNode resume(List<ObjectNode> sources, int i) {
        ObjectNode copy = sources.get(i % sources.size()).deepCopy();
        String name = GIVEN[i % GIVEN.length] + " " + FAMILY[(i / GIVEN.length) % FAMILY.length] + " " + (i + 1);
        ((ObjectNode) copy.get("basics")).put("name", name);
        return copy;
    }

    private static List<Path> sources(Path shared) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("seeds", "corpus/jsonresume")) {
            Path folder = shared.resolve(dir);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> list = Files.list(folder)) {
                    list.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith(INVALID))
                            .sorted().forEach(files::add);
                }
            }
        }
        return files;
    }
}
