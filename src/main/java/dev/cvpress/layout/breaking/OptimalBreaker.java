package dev.cvpress.layout.breaking;

import dev.cvpress.layout.breaking.Element.Box;
import dev.cvpress.layout.breaking.Element.Glue;
import dev.cvpress.layout.breaking.Element.Kind;
import dev.cvpress.layout.breaking.Element.Penalty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Knuth and Plass's total-fit line breaking: of all ways to break the paragraph, the one with the
 * least total demerits, found by dynamic programming over the active breakpoints. As in TeX, a
 * first pass tries without hyphenation (tolerance 100), a second with it (200), and a final pass
 * accepts any badness and may cut over-wide words anywhere, so no line passes the measure unless a
 * single character is wider than it.
 */
final class OptimalBreaker {
    static final double INF_BAD = 10_000;
    private static final double[] TOLERANCES = {100, 200, INF_BAD};
    private static final int FINAL_PASS = TOLERANCES.length;
    private static final double LINE_PENALTY = 10;
    private static final double CONSECUTIVE_HYPHEN_DEMERITS = 3000;
    private static final double FINAL_HYPHEN_DEMERITS = 5000;
    private static final double FITNESS_DEMERITS = 100;
    /** A last line of one short word (a runt) costs this much; moving a word down is usually cheaper. */
    private static final double RUNT_DEMERITS = 5000;
    /** A last line with no space in it and narrower than this share of the measure is a runt. */
    private static final double RUNT_SHARE = 0.25;
    /** More than any line can cost otherwise, so letters are split only where nothing else fits. */
    private static final double EMERGENCY_DEMERITS = 1e10;

    /** Where lines start and end (element indices) and the total demerits of the breaks. */
    record Breaks(int[] starts, int[] ends, double demerits) {}

    private final Element[] elements;
    private final LineMeasure measure;
    private final List<Node> active = new ArrayList<>();
    private final Node[] bestFrom = new Node[4];
    private final double[] bestDemerits = new double[4];

    OptimalBreaker(List<Element> elements, double firstWidth, double width, double lineEndStretch) {
        this.elements = elements.toArray(Element[]::new);
        this.measure = new LineMeasure(this.elements, firstWidth, width, lineEndStretch);
    }

    /** The best breaks of the first pass that finds any. */
    Breaks best() {
        for (int pass = 1; pass < FINAL_PASS; pass++) {
            Breaks breaks = solve(pass, TOLERANCES[pass - 1]);
            if (breaks != null) {
                return breaks;
            }
        }
        return solve(FINAL_PASS, INF_BAD);
    }

    /** The least-demerits breaks using the breakpoints of {@code pass}; null when none are within tolerance. */
    Breaks solve(int pass, double tolerance) {
        active.clear();
        active.add(Node.START);
        for (int b = 0; b < elements.length; b++) {
            if (legal(b, pass)) {
                consider(b, tolerance);
                if (active.isEmpty()) {
                    return null;
                }
            }
        }
        Node best = active.get(0);
        for (Node node : active) {
            best = node.demerits < best.demerits ? node : best;
        }
        return breaks(best);
    }

    /** Total demerits of lines ending at {@code ends}, by the same measure: the yardstick for other breakers. */
    double demeritsOf(int[] ends) {
        Node node = Node.START;
        for (int end : ends) {
            double ratio = measure.ratio(node, end);
            int fitness = fitness(ratio);
            node = new Node(end, lineStart(end), node.line + 1, fitness, flagged(end),
                    node.demerits + demerits(node, end, ratio, fitness), node);
        }
        return node.demerits;
    }

    private boolean legal(int b, int pass) {
        if (elements[b] instanceof Penalty p) {
            return p.kind().firstPass <= pass;
        }
        return elements[b] instanceof Glue && b > 0 && elements[b - 1] instanceof Box;
    }

    /** Offers a break at {@code b} to every active node; keeps those that may still reach later breaks. */
    private void consider(int b, double tolerance) {
        Arrays.fill(bestFrom, null);
        Node overfull = null;
        boolean forced = kind(b) == Kind.FORCED;
        int kept = 0;
        for (Node node : active) {
            double ratio = measure.ratio(node, b);
            if (ratio >= -1 && badness(ratio) <= tolerance) {
                offer(node, b, ratio);
            }
            if (ratio < -1 && (overfull == null || node.demerits < overfull.demerits)) {
                overfull = node;
            }
            if (ratio >= -1 && !forced) {
                active.set(kept++, node);
            }
        }
        active.subList(kept, active.size()).clear();
        boolean added = addBest(b);
        if (!added && active.isEmpty() && tolerance >= INF_BAD && overfull != null) {
            // Only a character wider than the line gets here: TeX's way, an over-full line, not no answer.
            active.add(new Node(b, lineStart(b), overfull.line + 1, 1, flagged(b), overfull.demerits, overfull));
        }
    }

    private void offer(Node node, int b, double ratio) {
        int fitness = fitness(ratio);
        double total = node.demerits + demerits(node, b, ratio, fitness);
        if (bestFrom[fitness] == null || total < bestDemerits[fitness]) {
            bestFrom[fitness] = node;
            bestDemerits[fitness] = total;
        }
    }

    /** One new node per fitness class, unless it is so much worse than the best that it can never win. */
    private boolean addBest(int b) {
        double least = Double.POSITIVE_INFINITY;
        for (int f = 0; f < 4; f++) {
            least = bestFrom[f] != null ? Math.min(least, bestDemerits[f]) : least;
        }
        boolean added = false;
        for (int f = 0; f < 4; f++) {
            if (bestFrom[f] != null && bestDemerits[f] <= least + FITNESS_DEMERITS) {
                active.add(new Node(b, lineStart(b), bestFrom[f].line + 1, f, flagged(b), bestDemerits[f], bestFrom[f]));
                added = true;
            }
        }
        return added;
    }

    private double demerits(Node from, int b, double ratio, int fitness) {
        double cost = elements[b] instanceof Penalty p ? p.kind().cost : 0;
        double demerits = square(LINE_PENALTY + badness(ratio));
        if (cost >= 0) {
            demerits += square(cost);
        } else if (cost > -INF_BAD) {
            demerits -= square(cost);
        }
        if (flagged(b) && from.flagged) {
            demerits += CONSECUTIVE_HYPHEN_DEMERITS;
        }
        if (Math.abs(fitness - from.fitness) > 1) {
            demerits += FITNESS_DEMERITS;
        }
        return demerits + lastResort(from, b);
    }

    private double lastResort(Node from, int b) {
        if (kind(b) == Kind.EMERGENCY) {
            return EMERGENCY_DEMERITS;
        }
        if (kind(b) != Kind.FORCED) {
            return 0;
        }
        boolean runt = measure.spaces(from, b) == 0 && measure.natural(from, b) < RUNT_SHARE * measure.width(from);
        return (from.flagged ? FINAL_HYPHEN_DEMERITS : 0) + (runt ? RUNT_DEMERITS : 0);
    }

    static double badness(double ratio) {
        return Math.min(INF_BAD, 100 * Math.abs(ratio * ratio * ratio));
    }

    /** TeX's fitness classes: tight, decent, loose, very loose. */
    private static int fitness(double ratio) {
        if (ratio < -0.5) {
            return 0;
        }
        return ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
    }

    /** The first element of the line after a break at {@code b}: glue and penalties there are discarded. */
    private int lineStart(int b) {
        int start = b + 1;
        while (start < elements.length && (elements[start] instanceof Glue
                || elements[start] instanceof Penalty p && p.kind() != Kind.FORCED)) {
            start++;
        }
        return start;
    }

    private Kind kind(int b) {
        return elements[b] instanceof Penalty p ? p.kind() : null;
    }

    private boolean flagged(int b) {
        return elements[b] instanceof Penalty p && p.kind().flagged;
    }

    private static double square(double x) {
        return x * x;
    }

    private static Breaks breaks(Node last) {
        int lines = last.line;
        int[] starts = new int[lines];
        int[] ends = new int[lines];
        for (Node node = last; node.previous != null; node = node.previous) {
            starts[node.line - 1] = node.previous.start;
            ends[node.line - 1] = node.position;
        }
        return new Breaks(starts, ends, last.demerits);
    }

    /** A feasible break: where it is, where the next line starts, and the best way to get here. */
    record Node(int position, int start, int line, int fitness, boolean flagged, double demerits, Node previous) {
        static final Node START = new Node(-1, 0, 0, 1, false, 0, null);
    }
}
