/**
 * The exporter SPI and registry. Each engine lives in its own subpackage ({@code pdfbox},
 * {@code openpdf}, {@code docx}) and is the only place its library is imported.
 */
package dev.cvpress.export;
