/**
 * Styles as data: {@code style.yaml} checked against the records' shape, merged along {@code extends}
 * and bound to records; the shape also gives the JSON Schema. Depends on {@code units}, {@code json},
 * {@code diag} and Jackson.
 */
package dev.cvpress.style;
