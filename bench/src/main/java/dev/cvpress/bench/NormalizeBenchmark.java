package dev.cvpress.bench;

import dev.cvpress.normalize.Normalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Normalize throughput over every document of the shared corpus and the seeds (JSON, YAML, FRESH,
 * old JSON Resume; good and bad): one operation normalizes the whole set once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizeBenchmark {
    private List<Document> documents;
    private Normalizer normalizer;

    record Document(String name, byte[] bytes) {}

    @Setup
    public void load() throws IOException {
        Path shared = Path.of(System.getProperty("cvpress.shared", "../shared"));
        try (Stream<Path> files = Stream.of("corpus/jsonresume", "corpus/fresh", "corpus/yaml", "corpus/other", "seeds")
                .flatMap(dir -> list(shared.resolve(dir)))) {
            documents = files.map(p -> new Document(p.toString(), read(p))).toList();
        }
        if (documents.isEmpty()) {
            throw new IllegalStateException("no documents under " + shared.toAbsolutePath() + " (set -Dcvpress.shared)");
        }
        normalizer = new Normalizer();
    }

    /** Documents per second = this score × {@link #documents}.size(), printed by run.sh. */
    @Benchmark
    public void normalizeCorpus(Blackhole sink) {
        for (Document document : documents) {
            sink.consume(normalizer.normalize(document.bytes(), document.name()));
        }
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.isDirectory(dir) ? Files.list(dir).filter(p -> p.toString().matches(".*\\.(json|ya?ml)")).sorted()
                    : Stream.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
