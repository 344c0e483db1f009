/**
 * The OpenPDF engine: paints the same {@code PagedDocument} as the PDFBox engine, untagged. The only
 * package that imports OpenPDF.
 */
package dev.cvpress.export.openpdf;
