package dev.cvpress.layout;

/**
 * One element of the document's logical structure, as tagged PDF names them (Document, Sect, Div,
 * H1, P, L, LI, Lbl, LBody, Link). Nodes come parents first, in reading order; {@code alt} describes
 * a link for readers who cannot follow it.
 */
public record StructNode(int id, String role, int parent, String alt) {
    /** The "node" of content that is decoration (rules, page numbers), not part of the text. */
    public static final int ARTIFACT = -1;
}
