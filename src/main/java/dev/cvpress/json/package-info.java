/** Parsing that keeps a JSON-pointer to line:column map. Depends on Jackson and {@code diag}. */
package dev.cvpress.json;
