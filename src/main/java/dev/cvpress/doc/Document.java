package dev.cvpress.doc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A composed résumé: page geometry, metadata, the paragraph styles in use, the blocks in order, and
 * the font families to try for characters a span's own family lacks.
 */
public record Document(PageSetup page, Info info, List<ParagraphStyle> styles, List<Block> blocks,
        Optional<Footer> footer, List<String> fallbackFonts) {

    public Document {
        styles = List.copyOf(styles);
        blocks = List.copyOf(blocks);
        fallbackFonts = List.copyOf(fallbackFonts);
    }

    /** Paper size and margins, in points. */
    public record PageSetup(double width, double height, double top, double right, double bottom, double left) {
        public double contentWidth() {
            return width - left - right;
        }
    }

    /** What goes into the file's properties; {@code created} is fixed by the input so output is reproducible. */
    public record Info(String title, String author, String subject, String keywords, Optional<Instant> created,
            String language) {}

    /** Page numbers at the foot of the page: {@code template} with {page} and {pages}. */
    public record Footer(ParagraphStyle style, String template) {
        public String text(int page, int pages) {
            return template.replace("{page}", Integer.toString(page)).replace("{pages}", Integer.toString(pages));
        }
    }

}
