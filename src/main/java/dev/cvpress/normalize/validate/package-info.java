/**
 * Schema and semantic validation of a JSON Resume 1.x tree; depends on networknt
 * json-schema-validator, Jackson, {@code diag}, {@code model} and {@code normalize.Reporter}.
 */
package dev.cvpress.normalize.validate;
