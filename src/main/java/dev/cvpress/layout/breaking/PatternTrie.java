package dev.cvpress.layout.breaking;

import java.util.Arrays;
import java.util.List;

/**
 * Liang's pattern trie. A node's children sit in arrays sorted by letter, so a lookup is a binary
 * search over a few chars with no boxing; a node where a pattern ends holds that pattern's
 * inter-letter values. Built once per language and only read afterwards, so threads may share it.
 */
final class PatternTrie {
    private final Node root = new Node();

    PatternTrie(List<String> patterns) {
        patterns.forEach(this::add);
    }

    /**
     * Raises {@code levels[i + k]} to value {@code k} of every pattern that matches {@code dotted}
     * at offset {@code i}; {@code levels} has one slot more than {@code dotted} has chars.
     */
    void apply(String dotted, byte[] levels) {
        for (int i = 0; i < dotted.length(); i++) {
            Node node = root;
            for (int j = i; j < dotted.length(); j++) {
                node = node.child(dotted.charAt(j));
                if (node == null) {
                    break;
                }
                raise(levels, i, node.values);
            }
        }
    }

    private static void raise(byte[] levels, int offset, byte[] values) {
        if (values == null) {
            return;
        }
        for (int k = 0; k < values.length; k++) {
            if (values[k] > levels[offset + k]) {
                levels[offset + k] = values[k];
            }
        }
    }

    /** Adds a pattern such as {@code "1ba2t"}: the digits are the values between its letters. */
    private void add(String pattern) {
        StringBuilder letters = new StringBuilder();
        byte[] values = new byte[pattern.length() + 1];
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c >= '0' && c <= '9') {
                values[letters.length()] = (byte) (c - '0');
            } else {
                letters.append(c);
            }
        }
        Node node = root;
        for (int i = 0; i < letters.length(); i++) {
            node = node.childOrAdd(letters.charAt(i));
        }
        node.values = Arrays.copyOf(values, letters.length() + 1);
    }

    private static final class Node {
        private char[] keys = new char[0];
        private Node[] kids = new Node[0];
        private byte[] values;

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? kids[i] : null;
        }

        Node childOrAdd(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return kids[i];
            }
            int at = -i - 1;
            char[] newKeys = new char[keys.length + 1];
            Node[] newKids = new Node[kids.length + 1];
            System.arraycopy(keys, 0, newKeys, 0, at);
            System.arraycopy(kids, 0, newKids, 0, at);
            System.arraycopy(keys, at, newKeys, at + 1, keys.length - at);
            System.arraycopy(kids, at, newKids, at + 1, kids.length - at);
            newKeys[at] = c;
            newKids[at] = new Node();
            keys = newKeys;
            kids = newKids;
            return newKids[at];
        }
    }
}
