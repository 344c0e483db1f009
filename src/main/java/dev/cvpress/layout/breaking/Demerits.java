package dev.cvpress.layout.breaking;

import dev.cvpress.layout.breaking.Element.Kind;
import dev.cvpress.layout.breaking.OptimalBreaker.Node;

/**
 * What a line costs, after Knuth and Plass: its badness (how far its spaces are stretched or
 * shrunk) and the penalty it ends at, squared, plus extra demerits for two hyphens in a row, for
 * a loose line next to a tight one, for a hyphen on the last line but one, and, cvpress's own,
 * for a last line of one short word and for cutting a word between letters.
 */
final class Demerits {
    static final double INF_BAD = 10_000;
    private static final double LINE_PENALTY = 10;
    private static final double CONSECUTIVE_HYPHEN_DEMERITS = 3000;
    private static final double FINAL_HYPHEN_DEMERITS = 5000;
    /** Also the margin beyond which a fitness class's best node can never beat the best of another. */
    static final double FITNESS_DEMERITS = 100;
    /** A last line of one short word (a runt) costs this much; moving a word down is usually cheaper. */
    private static final double RUNT_DEMERITS = 5000;
    /** A last line with no space in it and narrower than this share of the measure is a runt. */
    private static final double RUNT_SHARE = 0.25;
    /** More than any line can cost otherwise, so letters are split only where nothing else fits. */
    private static final double EMERGENCY_DEMERITS = 1e10;

    private final Kind[] kinds;
    private final LineMeasure measure;

    Demerits(Kind[] kinds, LineMeasure measure) {
        this.kinds = kinds;
        this.measure = measure;
    }

    /** The line from {@code from} to a break at {@code b}, but for its fitness against the line before. */
    double line(Node from, int b, double ratio) {
        double cost = kinds[b] != null ? kinds[b].cost : 0;
        double demerits = square(LINE_PENALTY + badness(ratio));
        if (cost >= 0) {
            demerits += square(cost);
        } else if (cost > -INF_BAD) {
            demerits -= square(cost);
        }
        if (flagged(b) && from.flagged()) {
            demerits += CONSECUTIVE_HYPHEN_DEMERITS;
        }
        return demerits + lastResort(from, b);
    }

    /** A very loose line next to a tight one, or the like, is conspicuous. */
    static double adjacent(Node from, int fitness) {
        return Math.abs(fitness - from.fitness()) > 1 ? FITNESS_DEMERITS : 0;
    }

    static double badness(double ratio) {
        return Math.min(INF_BAD, 100 * Math.abs(ratio * ratio * ratio));
    }

    /** TeX's fitness classes: tight, decent, loose, very loose. */
    static int fitness(double ratio) {
        if (ratio < -0.5) {
            return 0;
        }
        return ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
    }

    boolean flagged(int b) {
        return kinds[b] != null && kinds[b].flagged;
    }

    private double lastResort(Node from, int b) {
        if (kinds[b] == Kind.EMERGENCY) {
            return EMERGENCY_DEMERITS;
        }
        if (kinds[b] != Kind.FORCED) {
            return 0;
        }
        boolean runt = measure.spaces(from, b) == 0 && measure.natural(from, b) < RUNT_SHARE * measure.width(from);
        return (from.flagged() ? FINAL_HYPHEN_DEMERITS : 0) + (runt ? RUNT_DEMERITS : 0);
    }

    private static double square(double x) {
        return x * x;
    }
}
