/** Diagnostics: located problems in user input, collected rather than thrown, and "did you mean" hints. Depends on nothing. */
package dev.cvpress.diag;
