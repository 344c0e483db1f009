/**
 * Optimal paragraph breaking: Knuth–Plass total fit over boxes, glue and penalties, ragged-right or
 * justified, with Liang hyphenation from TeX's hyph-utf8 patterns ({@code /hyphenation/<lang>/},
 * each with its licence; see the README there). No line is ever wider than its measure: over-wide
 * words are cut at hyphenation or address points, or anywhere as a last resort, with a warning.
 * Depends only on {@code fonts} and the JDK.
 *
 * <p>Entry point: {@link dev.cvpress.layout.breaking.ParagraphBreaker#breakParagraph}. The layout
 * package wires it in place of its first-fit {@code LineBreaker} like this ({@code Piece} and
 * {@code Line} being its own records):
 *
 * <pre>{@code
 * List<Run> runs = pieces.stream()
 *         .map(p -> new Run(p.text(), p.face(), p.size(), p.width(), p.space(), p))  // payload: the piece
 *         .toList();
 * BrokenParagraph broken = ParagraphBreaker.breakParagraph(runs, measure, Mode.RAGGED, language);
 * broken.warnings().forEach(w ->
 *         warnings.add(new Diagnostic(Severity.WARNING, w.code(), "", 0, 0, w.message())));
 * List<Line> lines = broken.lines().stream()
 *         .map(line -> new Line(line.runs().stream().map(r -> {
 *             Piece p = (Piece) r.payload();  // colour and link come back with it
 *             return new Piece(r.text(), p.face(), p.size(), p.color(), p.link(), r.space(), r.width());
 *         }).toList(), line.width()))
 *         .toList();
 * }</pre>
 *
 * <p>Output runs are the input runs, or fragments of them (a hyphenated or cut word), or an added
 * {@code "-"} after a hyphenated fragment, always with the payload of the run they came from; the
 * text of each fragment is measured with {@code FontFace.width}. Lines never begin or end with a
 * space. In {@link dev.cvpress.layout.breaking.Mode#JUSTIFIED} mode the space runs carry their
 * adjusted widths, so a line's runs must be placed one after another at their own widths (a space
 * merged into a text item with its neighbours would be drawn at its natural width).
 */
package dev.cvpress.layout.breaking;
