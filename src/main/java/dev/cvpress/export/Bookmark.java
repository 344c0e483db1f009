package dev.cvpress.export;

import dev.cvpress.layout.Item;
import dev.cvpress.layout.PagedDocument;
import dev.cvpress.layout.StructNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a PDF's outline: a section heading's text and where it is printed ({@code page}
 * counts from 0, {@code top} is points from the page's top edge). Read off the laid-out pages, so
 * every PDF engine offers the same outline.
 */
public record Bookmark(String title, int page, double top) {

    /** A bookmark per section heading, in reading order. */
    public static List<Bookmark> of(PagedDocument paged) {
        Map<Integer, Builder> headings = new LinkedHashMap<>();
        for (int page = 0; page < paged.pages().size(); page++) {
            for (Item item : paged.pages().get(page).items()) {
                if (item instanceof Item.Text text && isSectionHeading(paged.structure(), text.node())) {
                    int where = page;
                    headings.computeIfAbsent(text.node(), node -> new Builder(where, text.baseline() - text.size()))
                            .title.append(text.text());
                }
            }
        }
        return headings.values().stream().map(b -> new Bookmark(b.title.toString().strip(), b.page, b.top)).toList();
    }

    private static boolean isSectionHeading(List<StructNode> nodes, int node) {
        if (node == StructNode.ARTIFACT) {
            return false;
        }
        StructNode described = nodes.get(node);
        return described.role().startsWith("H") && described.parent() != StructNode.ARTIFACT
                && nodes.get(described.parent()).role().equals("Sect");
    }

    private static final class Builder {
        final int page;
        final double top;
        final StringBuilder title = new StringBuilder();

        Builder(int page, double top) {
            this.page = page;
            this.top = top;
        }
    }
}
