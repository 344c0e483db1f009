package dev.cvpress.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the structure tree while blocks are laid out, so it follows the reading order exactly. */
final class Structure {
    private final List<StructNode> nodes = new ArrayList<>();
    private final Map<String, Integer> links = new HashMap<>();

    Structure() {
        nodes.add(new StructNode(0, "Document", StructNode.ARTIFACT, ""));
    }

    static int root() {
        return 0;
    }

    /** A new child of {@code parent}; beneath an artifact everything stays an artifact. */
    int add(String role, int parent) {
        if (parent == StructNode.ARTIFACT) {
            return StructNode.ARTIFACT;
        }
        nodes.add(new StructNode(nodes.size(), role, parent, ""));
        return nodes.size() - 1;
    }

    /** The node a piece's text belongs to: its element, or that element's Link to {@code link}. */
    int textNode(int element, Optional<String> link) {
        if (link.isEmpty() || element == StructNode.ARTIFACT) {
            return element;
        }
        return links.computeIfAbsent(element + " " + link.get(), key -> {
            nodes.add(new StructNode(nodes.size(), "Link", element, describe(link.get())));
            return nodes.size() - 1;
        });
    }

    List<StructNode> nodes() {
        return List.copyOf(nodes);
    }

    private static String describe(String uri) {
        if (uri.startsWith("mailto:")) {
            return "E-mail " + uri.substring("mailto:".length());
        }
        if (uri.startsWith("tel:")) {
            return "Telephone " + uri.substring("tel:".length());
        }
        return "Link to " + uri;
    }
}
