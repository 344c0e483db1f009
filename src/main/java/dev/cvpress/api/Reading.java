package dev.cvpress.api;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.model.Resume;
import dev.cvpress.normalize.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * A résumé read and normalized once, ready to render in any number of styles and formats. Immutable,
 * so threads may share it.
 */
public final class Reading {
    private final String source;
    private final Optional<Normalizer.Outcome> outcome;
    private final List<Diagnostic> diagnostics;

    Reading(String source, Optional<Normalizer.Outcome> outcome, List<Diagnostic> diagnostics) {
        this.source = source;
        this.outcome = outcome;
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** An input that could not be read at all ({@code message} says why: "no such file", "permission denied"). */
    public static Reading unreadable(String source, String message) {
        return unreadable(source, Diagnostic.error("READ", message));
    }

    /** An input refused before it was read, for the reason {@code problem} gives. */
    public static Reading unreadable(String source, Diagnostic problem) {
        return new Reading(source, Optional.empty(), List.of(problem));
    }

    /** The name diagnostics are reported against: the file, or what the caller called the bytes. */
    public String source() {
        return source;
    }

    /** Every problem found reading the input, in source order; information notes included. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Whether the input can be rendered: it was read and has no errors. */
    public boolean renderable() {
        return resume().isPresent();
    }

    /** The résumé, absent when the input has errors. */
    public Optional<Resume> resume() {
        return outcome.filter(o -> !o.hasErrors()).flatMap(Normalizer.Outcome::resume);
    }

    /** The normalized document as {@code cvpress normalize} writes it, absent when it could not be read as one. */
    public Optional<String> json() {
        return outcome.flatMap(Normalizer.Outcome::json);
    }

    /** Whether reading found anything to warn about (errors make it {@linkplain #renderable unrenderable}). */
    public boolean hasWarnings() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.WARNING);
    }
}
