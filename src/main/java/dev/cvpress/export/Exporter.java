package dev.cvpress.export;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.doc.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes a composed document in one format. Instances are used by one thread at a time. */
public interface Exporter {

    /** Writes the whole file to {@code out}; returns warnings (e.g. characters no font covers). */
    List<Diagnostic> write(Document document, OutputStream out) throws IOException;
}
