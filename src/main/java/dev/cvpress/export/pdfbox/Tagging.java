package dev.cvpress.export.pdfbox;

import dev.cvpress.layout.StructNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The tagged-PDF structure tree of one document. Elements are attached to their parents when their
 * first content is painted, so the tree's order is the painting order, which is the reading order;
 * an element that never receives content never appears.
 */
final class Tagging {
    private final List<StructNode> nodes;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final Map<Integer, Element> elements = new HashMap<>();
    private final Map<Integer, COSObjectable> parentTree = new HashMap<>();
    private COSArray pageContent;
    private PDPage page;

    Tagging(PDDocument pdf, List<StructNode> nodes) {
        this.nodes = nodes;
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
    }

    /** Starts a page: its marked content will be numbered from 0 and found through its own parent-tree entry. */
    void startPage(PDPage next) {
        page = next;
        pageContent = new COSArray();
        int key = parentTree.size();
        parentTree.put(key, pageContent);
        page.setStructParents(key);
    }

    String role(int node) {
        return nodes.get(node).role();
    }

    /** The description a node gives its link, for readers who cannot follow it. */
    String alt(int node) {
        return nodes.get(node).alt();
    }

    /**
     * Records that the next marked content on the current page belongs to {@code node}; returns its
     * MCID. On the element's own page (its /Pg) the MCID is a bare number among its kids; only
     * content that runs on to a later page needs a reference dictionary naming that page, so a
     * document carries a hundred-odd fewer objects to write.
     */
    int content(int node) {
        int mcid = pageContent.size();
        Element element = element(node);
        if (element.onPage(page)) {
            element.appendMcid(mcid);
        } else {
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setMCID(mcid);
            reference.setPage(page);
            element.appendKid(reference);
        }
        pageContent.add(element);
        return mcid;
    }

    /** Ties a link annotation to its Link element, both ways. */
    void annotation(int node, PDAnnotation annotation) {
        PDStructureElement element = element(node);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(annotation);
        reference.setPage(page);
        element.appendKid(reference);
        int key = parentTree.size();
        parentTree.put(key, element);
        annotation.setStructParent(key);
    }

    void finish() {
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(parentTree);
        root.setParentTree(tree);
        root.setParentTreeNextKey(parentTree.size());
    }

    /** The element for a node, created and attached to its parent (recursively) on first use. */
    private Element element(int node) {
        Element existing = elements.get(node);
        if (existing != null) {
            return existing;
        }
        StructNode described = nodes.get(node);
        Element element;
        if (described.parent() == StructNode.ARTIFACT) {
            element = new Element(described.role(), root);
            root.appendKid(element);
        } else {
            Element parent = element(described.parent());
            element = new Element(described.role(), parent);
            parent.appendKid(element);
        }
        element.setPage(page);
        if (!described.alt().isEmpty()) {
            element.setAlternateDescription(described.alt());
        }
        elements.put(node, element);
        return element;
    }

    /** A structure element that can take a bare MCID as a kid (PDFBox wraps that in a marked-content object). */
    private static final class Element extends PDStructureElement {
        Element(String role, PDStructureNode parent) {
            super(role, parent);
        }

        boolean onPage(PDPage page) {
            return getCOSObject().getDictionaryObject(COSName.PG) == page.getCOSObject();
        }

        void appendMcid(int mcid) {
            appendKid(COSInteger.get(mcid));
        }
    }
}
