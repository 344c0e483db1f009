package dev.cvpress.doc;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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

    /**
     * What goes into the file's properties; {@code created} is fixed by the input so output is
     * reproducible; {@code attachment} is a file the output carries along (the résumé's own data).
     */
    public record Info(String title, String author, String subject, String keywords, Optional<Instant> created,
            String language, Optional<Attachment> attachment) {

        public Info(String title, String author, String subject, String keywords, Optional<Instant> created,
                String language) {
            this(title, author, subject, keywords, created, language, Optional.empty());
        }
    }

    /**
     * A file embedded in the output, such as the normalized résumé as JSON: its file name, media
     * type, a description for readers, and its bytes. Equal by content, so documents compare and
     * print (and output IDs derive) reproducibly.
     */
    public record Attachment(String name, String mediaType, String description, byte[] bytes) {
        public Attachment {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment a && name.equals(a.name) && mediaType.equals(a.mediaType)
                    && description.equals(a.description) && Arrays.equals(bytes, a.bytes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, mediaType, description, Arrays.hashCode(bytes));
        }

        @Override
        public String toString() {
            return "Attachment[" + name + ", " + mediaType + ", " + bytes.length + " bytes, hash "
                    + Arrays.hashCode(bytes) + "]";
        }
    }

    /** The same document carrying {@code attachment} in its file. */
    public Document withAttachment(Attachment attachment) {
        return new Document(page, new Info(info.title(), info.author(), info.subject(), info.keywords(),
                info.created(), info.language(), Optional.of(attachment)), styles, blocks, footer, fallbackFonts);
    }

    /** Page numbers at the foot of the page: {@code template} with {page} and {pages}. */
    public record Footer(ParagraphStyle style, String template) {
        public String text(int page, int pages) {
            return template.replace("{page}", Integer.toString(page)).replace("{pages}", Integer.toString(pages));
        }
    }

}
