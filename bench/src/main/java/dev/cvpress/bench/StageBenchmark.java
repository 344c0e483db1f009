package dev.cvpress.bench;

import dev.cvpress.compose.Composer;
import dev.cvpress.doc.Document;
import dev.cvpress.export.Exporter;
import dev.cvpress.export.Exporters;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.layout.PageLayout;
import dev.cvpress.model.Resume;
import dev.cvpress.normalize.Normalizer;
import dev.cvpress.style.Style;
import dev.cvpress.style.StyleLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

/**
 * Each stage of one render of a two-page résumé (the first shared seed: 2 pages in classic), alone, in
 * milliseconds per operation: normalize (bytes → résumé), compose (résumé + style → document), layout
 * (document → pages), and the two exporters. {@code pdf} includes layout, as the PDF exporter lays out
 * itself, so PDF writing alone is pdf − layout; {@code docx} has no layout. A whole render is about
 * normalize + compose + pdf (or + docx).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class StageBenchmark {
    @Param({"classic"})
    public String style;

    private byte[] input;
    private Normalizer normalizer;
    private Resume resume;
    private Style loaded;
    private Document document;
    private PageLayout layout;
    private Exporter pdf;
    private Exporter docx;

    @Setup
    public void prepare() throws Exception {
        Path shared = Path.of(System.getProperty("cvpress.shared", "../shared"));
        input = Files.readAllBytes(shared.resolve("seeds/000_6ea5b9323f1ffe7a.resume.json"));
        normalizer = new Normalizer();
        resume = normalizer.normalize(input, "resume.json").resume().orElseThrow();
        loaded = new StyleLoader().load(style);
        document = new Composer().compose(resume, loaded);
        layout = new PageLayout(FontCatalog.bundled());
        pdf = Exporters.byId("pdf").orElseThrow().create();
        docx = Exporters.byId("docx").orElseThrow().create();
        System.out.println("\n" + layout.layout(document).pages().size() + " pages");
    }

    @Benchmark
    public Object normalize() {
        return normalizer.normalize(input, "resume.json");
    }

    @Benchmark
    public Object compose() {
        return new Composer().compose(resume, loaded);
    }

    @Benchmark
    public Object layout() {
        return layout.layout(document);
    }

    @Benchmark
    public Object pdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        pdf.write(document, out);
        return out;
    }

    @Benchmark
    public Object docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        docx.write(document, out);
        return out;
    }
}
