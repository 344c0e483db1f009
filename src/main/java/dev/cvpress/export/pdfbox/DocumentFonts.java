package dev.cvpress.export.pdfbox;

import dev.cvpress.fonts.FontFace;
import dev.cvpress.layout.Item;
import dev.cvpress.layout.PagedDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The fonts of one document: every face its text uses, each a subset of exactly the characters
 * shown in it, made before the first page is painted. Named F1, F2, … in order of first use.
 */
final class DocumentFonts {
    private final Map<FontFace, SubsetFont> fonts = new IdentityHashMap<>();

    DocumentFonts(PDDocument pdf, PagedDocument paged) throws IOException {
        Map<FontFace, Shown> used = new LinkedHashMap<>();
        for (PagedDocument.Page page : paged.pages()) {
            for (Item item : page.items()) {
                if (item instanceof Item.Text text) {
                    used.computeIfAbsent(text.face(), face -> new Shown()).add(text.text());
                }
            }
        }
        for (Map.Entry<FontFace, Shown> face : used.entrySet()) {
            String name = "F" + (fonts.size() + 1);
            fonts.put(face.getKey(), SubsetFont.embed(pdf, face.getKey(), face.getValue().inOrder, name));
        }
    }

    SubsetFont font(FontFace face) {
        return fonts.get(face);
    }

    /** The characters shown in one face, each once, in the order of first use. */
    private static final class Shown {
        final BitSet seen = new BitSet();
        final List<Integer> inOrder = new ArrayList<>();

        void add(String text) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (!seen.get(cp)) {
                    seen.set(cp);
                    inOrder.add(cp);
                }
                i += Character.charCount(cp);
            }
        }
    }
}
