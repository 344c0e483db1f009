package dev.cvpress.export.docx;

import dev.cvpress.doc.Block;
import dev.cvpress.doc.Document;
import dev.cvpress.doc.Span;
import dev.cvpress.doc.SpanStyle;
import dev.cvpress.units.Caps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The faces a Word file's text is set in, each with the characters it must show: what the file
 * has to carry so that a reader without the fonts sees the same text as the PDF. Faces keep the
 * order of first use, so the file comes out the same every time.
 */
final class FacesUsed {
    /** One face of a family, as Word picks it: by family name and the bold and italic switches. */
    record Face(String family, boolean bold, boolean italic) {}

    /** Page numbers are fields that Word fills in. */
    private static final String DIGITS = "0123456789";
    /** A paragraph mark is measured in its paragraph's font, so even an empty paragraph needs the face. */
    private static final String PARAGRAPH_MARK = " ";

    private final Map<Face, Set<Integer>> chars = new LinkedHashMap<>();
    private final FallbackRuns fallbacks;

    private FacesUsed(FallbackRuns fallbacks) {
        this.fallbacks = fallbacks;
    }

    /**
     * The faces of {@code document}, whose unstyled paragraphs take the look {@code defaults}, with
     * characters a family lacks counted in the fallback face that shows them.
     */
    static FacesUsed of(Document document, SpanStyle defaults, FallbackRuns fallbacks) {
        FacesUsed used = new FacesUsed(fallbacks);
        used.add(defaults, PARAGRAPH_MARK);
        document.styles().forEach(style -> used.add(style.text(), PARAGRAPH_MARK));
        used.blocks(document.blocks());
        document.footer().ifPresent(footer ->
                used.add(footer.style().text(), PageFooter.PLACEHOLDER.matcher(footer.template()).replaceAll("") + DIGITS));
        return used;
    }

    /** Each face with its characters, in order of first use. */
    Map<Face, Set<Integer>> chars() {
        return chars;
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                spans(p.spans());
            } else if (block instanceof Block.Row row) {
                spans(row.left());
                spans(row.right());
            } else if (block instanceof Block.BulletList list) {
                add(list.style().text(), list.marker());
                list.items().forEach(this::spans);
            } else if (block instanceof Block.Columns columns) {
                columns.columns().forEach(column -> blocks(column.blocks()));
            } else if (block instanceof Block.Group group) {
                group.aside().ifPresent(aside -> spans(aside.spans()));
                blocks(group.blocks());
            }
        }
    }

    private void spans(List<Span> spans) {
        spans.forEach(span -> add(span.style(), span.text()));
    }

    /** Capitals and small capitals are drawn with the capital letters' glyphs. */
    private void add(SpanStyle look, String text) {
        if (look.family().isEmpty() || text.isEmpty()) {
            return;
        }
        String shown = look.caps() == Caps.NONE ? text : text + text.toUpperCase(Locale.ROOT);
        for (FallbackRuns.Piece piece : fallbacks.pieces(look, shown)) {
            SpanStyle in = piece.look();
            Set<Integer> set = chars.computeIfAbsent(new Face(in.family(), in.bold(), in.italic()), f -> new TreeSet<>());
            piece.text().codePoints().filter(cp -> !Character.isISOControl(cp)).forEach(set::add);
        }
    }
}
