/**
 * From a parsed tree to the {@code model}: one small reader per section, every problem reported
 * with its pointer. Depends on {@code json}, {@code model}, {@code diag}.
 */
package dev.cvpress.normalize;
