package dev.cvpress.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics while a stage runs, so every problem is reported, not just the first. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(List<Diagnostic> more) {
        items.addAll(more);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public List<Diagnostic> list() {
        return List.copyOf(items);
    }
}
