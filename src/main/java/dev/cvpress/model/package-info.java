/** The résumé as immutable records with no nulls. Depends on nothing but the JDK. */
package dev.cvpress.model;
