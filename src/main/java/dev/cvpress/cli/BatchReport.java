package dev.cvpress.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.api.AtomicOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code --report FILE.json}: a JSON array with one record per input, written as each input finishes
 * (so the report's size, not memory, grows with the batch). It grows under a temporary name and is
 * renamed into place when the run ends, interrupted or not, so {@code FILE.json} is always a whole
 * JSON array: a killed run leaves the previous report, never half of one. Records arrive in the order
 * the inputs finish; each names its input.
 */
final class BatchReport implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path target;
    private final AtomicOutput.Pending file;
    private final Writer out;
    private boolean first = true;
    private boolean closed;

    private BatchReport(Path target, AtomicOutput.Pending file) throws IOException {
        this.target = target;
        this.file = file;
        this.out = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
        out.write("[");
    }

    static BatchReport open(Path path) throws IOException {
        return new BatchReport(path, AtomicOutput.open(path));
    }

    /** Where the report goes. */
    Path target() {
        return target;
    }

    /** Adds a record; after {@link #close} (an interrupted run's last workers) records are dropped. */
    synchronized void add(ObjectNode record) {
        if (closed) {
            return;
        }
        try {
            out.write(first ? "\n  " : ",\n  ");
            out.write(JSON.writeValueAsString(record));
            first = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + target, e);
        }
    }

    /** Ends the array and puts the file in place. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (file) {
            out.write(first ? "]\n" : "\n]\n");
            out.flush();
            file.commit();
        }
    }
}
