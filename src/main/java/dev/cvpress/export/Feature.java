package dev.cvpress.export;

/**
 * Something a format's files may offer. Each engine declares what it does through
 * {@link ExporterProvider#features()}, so {@code cvpress formats} and the README can say plainly what
 * an engine lacks.
 */
public enum Feature {
    EMBEDDED_FONTS("fonts embedded and subset"),
    LINKS("live links"),
    BOOKMARKS("a bookmark per section"),
    METADATA("title, author, subject, keywords"),
    PAGE_NUMBERS("page numbers"),
    REPRODUCIBLE("same input, same bytes"),
    TAGGED("tagged for screen readers (PDF/UA-1)"),
    ARCHIVAL("archival (PDF/A-2u)"),
    EDITABLE("editable in a word processor");

    private final String label;

    Feature(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
