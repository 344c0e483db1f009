/**
 * Cleaning of a JSON Resume 1.x tree: loose dates, typed-in bullets, whitespace, empty and repeated
 * values, strings where lists belong, web addresses. Every change is reported. Depends on Jackson,
 * {@code diag}, {@code model} and {@code normalize.Reporter}.
 */
package dev.cvpress.normalize.clean;
