/**
 * Line breaking and pagination with keep rules: {@code Document} → {@code PagedDocument}. Depends on
 * {@code doc}, {@code fonts}, {@code units}, {@code diag}; never on PDFBox, OpenPDF or POI.
 */
package dev.cvpress.layout;
