/** Diagnostics: located problems in user input, collected rather than thrown. Depends on nothing. */
package dev.cvpress.diag;
