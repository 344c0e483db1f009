/**
 * Résumé + style → document tree: one composer for the header, one per section kind, one way to
 * lay out an entry. Depends on {@code model}, {@code style}, {@code doc}, {@code units}; never on an
 * exporter.
 */
package dev.cvpress.compose;
