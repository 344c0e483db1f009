/**
 * The backend-independent document tree: blocks, paragraph styles, spans, links. Depends only on
 * {@code units}; never on PDFBox, OpenPDF or POI.
 */
package dev.cvpress.doc;
