/** Styles as data: {@code style.yaml} loaded into records. Depends on {@code units} and Jackson. */
package dev.cvpress.style;
