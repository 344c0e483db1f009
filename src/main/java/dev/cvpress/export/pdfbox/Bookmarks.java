package dev.cvpress.export.pdfbox;

import dev.cvpress.layout.Item;
import dev.cvpress.layout.StructNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** One bookmark per section heading, pointing at where the heading is printed. */
final class Bookmarks {
    private final List<StructNode> nodes;
    private final Map<Integer, Mark> marks = new LinkedHashMap<>();

    private static final class Mark {
        final PDPage page;
        final float top;
        final StringBuilder title = new StringBuilder();

        Mark(PDPage page, float top) {
            this.page = page;
            this.top = top;
        }
    }

    Bookmarks(List<StructNode> nodes) {
        this.nodes = nodes;
    }

    /** Notes text as it is painted; a section heading's text becomes its bookmark's title. */
    void saw(Item.Text text, PDPage page) {
        if (!isSectionHeading(text.node())) {
            return;
        }
        float top = page.getMediaBox().getHeight() - (float) (text.baseline() - text.size());
        marks.computeIfAbsent(text.node(), node -> new Mark(page, top)).title.append(text.actualText().orElse(text.text()));
    }

    void applyTo(PDDocument pdf) {
        if (marks.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        for (Mark mark : marks.values()) {
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(mark.page);
            destination.setTop(Math.round(mark.top));
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(mark.title.toString().strip());
            item.setDestination(destination);
            outline.addLast(item);
        }
        pdf.getDocumentCatalog().setDocumentOutline(outline);
    }

    private boolean isSectionHeading(int node) {
        if (node == StructNode.ARTIFACT) {
            return false;
        }
        StructNode described = nodes.get(node);
        return described.role().startsWith("H") && described.parent() != StructNode.ARTIFACT
                && nodes.get(described.parent()).role().equals("Sect");
    }
}
