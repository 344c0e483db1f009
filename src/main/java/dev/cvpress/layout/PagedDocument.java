package dev.cvpress.layout;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.doc.Document;
import java.util.List;

/**
 * The laid-out résumé: pages of positioned items, the same for every paged exporter, the logical
 * structure their text belongs to, and the warnings layout raised (characters no font covers, words
 * broken by force).
 */
public record PagedDocument(Document.PageSetup page, Document.Info info, List<Page> pages,
        List<StructNode> structure, List<Diagnostic> warnings) {

    public PagedDocument {
        pages = List.copyOf(pages);
        structure = List.copyOf(structure);
        warnings = List.copyOf(warnings);
    }

    /** One page's items in drawing order. */
    public record Page(int number, List<Item> items) {
        public Page {
            items = List.copyOf(items);
        }
    }
}
