package dev.cvpress.api;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * What one render did: whether it wrote the output, what reading the input reported and what
 * writing the output reported (characters no font has, for instance).
 */
public record RenderResult(boolean written, List<Diagnostic> input, List<Diagnostic> output) {
    public RenderResult {
        input = List.copyOf(input);
        output = List.copyOf(output);
    }

    /** The input's problems, then the output's. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(input);
        all.addAll(output);
        return List.copyOf(all);
    }

    public boolean hasWarnings() {
        return diagnostics().stream().anyMatch(d -> d.severity() == Severity.WARNING);
    }
}
