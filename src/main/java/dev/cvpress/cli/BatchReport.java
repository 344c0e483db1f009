package dev.cvpress.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --report FILE.json}: a JSON array with one record per input, written as each input finishes
 * (so the report's size, not memory, grows with the batch) and closed at the end. Records arrive in
 * the order the inputs finish; each names its input.
 */
final class BatchReport implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Writer out;
    private boolean first = true;

    private BatchReport(Writer out) throws IOException {
        this.out = out;
        out.write("[");
    }

    static BatchReport open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return new BatchReport(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8)));
    }

    synchronized void add(ObjectNode record) {
        try {
            out.write(first ? "\n  " : ",\n  ");
            out.write(JSON.writeValueAsString(record));
            out.flush();
            first = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.write(first ? "]\n" : "\n]\n");
        out.close();
    }
}
