package dev.cvpress.bench;

import dev.cvpress.compose.Composer;
import dev.cvpress.doc.Document;
import dev.cvpress.export.Exporter;
import dev.cvpress.export.Exporters;
import dev.cvpress.normalize.Normalizer;
import dev.cvpress.style.Style;
import dev.cvpress.style.StyleLoader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The two PDF engines on the same composed résumés (our example, the seeds and the renderable corpus,
 * classic style): one operation lays out and writes every document once, so documents per second =
 * score × the number of documents. Layout is inside both, as it is in {@code cvpress render}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 6, time = 5)
@Fork(1)
public class PdfEngineBenchmark {
    @Param({"pdf", "pdf-openpdf"})
    public String engine;

    private List<Document> documents;
    private Exporter exporter;

    @Setup
    public void compose() throws Exception {
        Path shared = Path.of(System.getProperty("cvpress.shared", "../shared"));
        Style style = new StyleLoader().load("classic");
        Normalizer normalizer = new Normalizer();
        try (Stream<Path> files = Stream.concat(Stream.of(Path.of("examples/resume.json")),
                Stream.of("seeds", "corpus/jsonresume", "corpus/fresh").flatMap(dir -> list(shared.resolve(dir))))) {
            documents = files.map(p -> normalizer.normalize(read(p), p.toString()).resume())
                    .flatMap(Optional::stream)
                    .map(resume -> new Composer().compose(resume, style))
                    .toList();
        }
        exporter = Exporters.byId(engine).orElseThrow().create();
        System.out.println("\n" + documents.size() + " documents");
    }

    @Benchmark
    public void exportAll(Blackhole sink) throws IOException {
        for (Document document : documents) {
            sink.consume(exporter.write(document, OutputStream.nullOutputStream()));
        }
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.isDirectory(dir) ? Files.list(dir).filter(p -> p.toString().endsWith(".json")).sorted()
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
