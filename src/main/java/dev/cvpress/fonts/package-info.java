/**
 * The bundled font catalogue and its metrics, read with FontBox (the font parser PDFBox is built
 * on, with no PDF in it). Depends on nothing else in cvpress.
 */
package dev.cvpress.fonts;
