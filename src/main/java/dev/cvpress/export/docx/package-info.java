/**
 * The DOCX exporter: writes a composed {@link dev.cvpress.doc.Document} as an editable Word file with
 * Apache POI. The document's paragraph styles become real Word styles, bullets real numbering, links
 * real hyperlinks and the page number a field in a footer, so the file behaves like one a person
 * made in Word. This package is the only place POI is imported.
 */
package dev.cvpress.export.docx;
