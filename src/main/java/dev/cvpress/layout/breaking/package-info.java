/**
 * Optimal paragraph breaking: Knuth–Plass total fit over boxes, glue and penalties, ragged-right or
 * justified, with Liang hyphenation from TeX's hyph-utf8 patterns ({@code /hyphenation/<lang>/},
 * each with its licence; see the README there). No line is ever wider than its measure: over-wide
 * words are cut at hyphenation or address points, or anywhere as a last resort, with a warning.
 * Depends only on {@code fonts} and the JDK.
 *
 * <p>Entry point: {@link dev.cvpress.layout.breaking.ParagraphBreaker#breakParagraph}. The layout's
 * {@code LineBreaker} maps its pieces to runs (the piece as the payload, so colour and link come
 * back with every fragment) and the lines' runs back to pieces; its {@code SplitWords} then marks
 * hyphenated words so they extract whole.
 *
 * <p>Output runs are the input runs, or fragments of them (a hyphenated or cut word), or an added
 * {@code "-"} after a hyphenated fragment, always with the payload of the run they came from; the
 * text of each fragment is measured with {@code FontFace.width}. Lines never begin or end with a
 * space. In {@link dev.cvpress.layout.breaking.Mode#JUSTIFIED} mode the space runs carry their
 * adjusted widths, so a line's runs must be placed one after another at their own widths (the
 * layout gives a text item holding such spaces its word spacing, which exporters paint).
 */
package dev.cvpress.layout.breaking;
