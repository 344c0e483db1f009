package dev.cvpress.diag;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name a misspelt one was probably meant to be. Case is ignored ("startdate") and
 * a swap of two neighbouring letters counts as one slip ("adress"), as people type them.
 */
public final class Spelling {
    private static final int MAX_DISTANCE = 2;
    /** Up to this length a name gets only one slip: with two, "tel" would be taken for "url". */
    private static final int SHORT_NAME = 4;

    private Spelling() {}

    /** The nearest of {@code known} within reach of {@code name}; the first wins a tie. */
    public static Optional<String> closest(String name, Iterable<String> known) {
        String typed = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int limit = candidate.length() <= SHORT_NAME ? 1 : MAX_DISTANCE;
            int distance = distance(typed, candidate.toLowerCase(Locale.ROOT));
            if (distance <= limit && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
