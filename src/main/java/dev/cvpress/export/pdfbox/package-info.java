/** The Apache PDFBox engine: paints a {@code PagedDocument}. The only package that imports PDFBox. */
package dev.cvpress.export.pdfbox;
