package dev.cvpress.layout.breaking;

import dev.cvpress.fonts.FontFace;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What cutting a run inside a word costs in width, at every character boundary: the width of the
 * text before it, the kerning across it, and the width of a hyphen after the character before it
 * (with its kerning). Everything is measured through {@link FontFace#width} on single characters
 * and pairs, which, kerning being by pairs, adds up to the width of any fragment.
 *
 * <p>With kerning, measuring is most of the cost of a paragraph that needs hyphenation, and a
 * résumé's words recur from paragraph to paragraph, so both the words' boundaries and the
 * characters and pairs they are made of are remembered. Shared by threads; each cache starts
 * afresh when full.
 */
final class Widths {
    /** Bounds each cache (a few megabytes at most); a résumé's vocabulary fits many times over. */
    private static final int LIMIT = 50_000;
    private static final ConcurrentMap<Key, Widths> WORDS = new ConcurrentHashMap<>();
    private static final ConcurrentMap<Key, Double> PIECES = new ConcurrentHashMap<>();

    /** Indexed by char offset; offsets inside a surrogate pair are never break points and stay 0. */
    private final double[] prefix;
    private final double[] kerning;
    private final double[] hyphen;

    private Widths(FontFace face, double size, String text) {
        int n = text.length();
        prefix = new double[n + 1];
        kerning = new double[n + 1];
        hyphen = new double[n + 1];
        String before = null;
        int at = 0;
        while (at < n) {
            int next = at + Character.charCount(text.codePointAt(at));
            String current = text.substring(at, next);
            double advance = measure(face, size, current);
            if (before != null) {
                kerning[at] = measure(face, size, before + current) - measure(face, size, before) - advance;
            }
            prefix[next] = prefix[at] + kerning[at] + advance;
            hyphen[next] = measure(face, size, current + "-") - advance;
            before = current;
            at = next;
        }
    }

    /** The boundaries of {@code run}'s text. */
    static Widths of(Run run) {
        Key key = new Key(run.face(), run.size(), run.text());
        Widths widths = WORDS.get(key);
        if (widths == null) {
            widths = new Widths(run.face(), run.size(), run.text());
            remember(WORDS, key, widths);
        }
        return widths;
    }

    /** Width of the text before offset {@code at}, kerning included. */
    double prefix(int at) {
        return prefix[at];
    }

    /** The kerning between the characters either side of offset {@code at}. */
    double kerning(int at) {
        return kerning[at];
    }

    /** A hyphen put at offset {@code at}: its width and its kerning with the character before. */
    double hyphen(int at) {
        return hyphen[at];
    }

    private static double measure(FontFace face, double size, String text) {
        Key key = new Key(face, size, text);
        Double width = PIECES.get(key);
        if (width == null) {
            width = face.width(text, size);
            remember(PIECES, key, width);
        }
        return width;
    }

    private static <V> void remember(ConcurrentMap<Key, V> cache, Key key, V value) {
        if (cache.size() >= LIMIT) {
            cache.clear();
        }
        cache.put(key, value);
    }

    /** Faces are compared by identity: the catalogue loads each once. */
    private record Key(FontFace face, double size, String text) {}
}
