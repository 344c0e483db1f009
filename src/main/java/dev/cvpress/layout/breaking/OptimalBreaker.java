package dev.cvpress.layout.breaking;

import dev.cvpress.layout.breaking.Element.Box;
import dev.cvpress.layout.breaking.Element.Glue;
import dev.cvpress.layout.breaking.Element.Kind;
import dev.cvpress.layout.breaking.Element.Penalty;
import java.util.Arrays;
import java.util.List;

/**
 * Knuth and Plass's total-fit line breaking: of all ways to break the paragraph, the one with the
 * least total demerits, found by dynamic programming over the active breakpoints. As in TeX, a
 * first pass tries without hyphenation (tolerance 100; ragged paragraphs may hyphenate in it), a
 * second with it (200), a third adds emergency stretch to every line, and a final pass accepts any
 * badness and may cut over-wide words anywhere, so no line passes the measure unless a single
 * character is wider than it.
 */
final class OptimalBreaker {
    static final Pass FIRST = new Pass(1, 100, false);
    /** The first pass's tolerance with hyphenation and address points, for ragged paragraphs that may hyphenate. */
    private static final Pass FIRST_WITH_HYPHENS = new Pass(2, 100, false);
    private static final Pass SECOND = new Pass(2, 200, false);
    private static final Pass EMERGENCY = new Pass(2, 200, true);
    /**
     * Every line is feasible here, so every breakpoint within a measure stays active: ten times
     * the work of the others, which is why TeX's emergency pass comes first.
     */
    private static final Pass FINAL = new Pass(3, Demerits.INF_BAD, true);

    /** Where lines start and end (element indices) and the total demerits of the breaks. */
    record Breaks(int[] starts, int[] ends, double demerits) {}

    /**
     * One pass: it may break where passes up to {@code points} may, accepts lines up to badness
     * {@code tolerance}, and with {@code emergency} measures lines as if they had TeX's
     * {@code \emergencystretch} more stretch.
     */
    record Pass(int points, double tolerance, boolean emergency) {}

    private final Element[] elements;
    /** The kind of each penalty, null for boxes and glue. */
    private final Kind[] kinds;
    /** The first pass that may break at each element: glue after a box from the first, boxes never. */
    private final int[] firstPass;
    private final LineMeasure measure;
    private final Demerits demerits;
    private final double emergencyStretch;
    /** The active nodes, in order of position: those from which a line may still reach a later break. */
    private Node[] active = new Node[16];
    private int actives;
    private final Node[] bestFrom = new Node[4];
    private final double[] bestDemerits = new double[4];

    /**
     * {@code lineEndStretch}: stretch every line has at its end (ragged right);
     * {@code emergencyStretch}: what the emergency passes add to that.
     */
    OptimalBreaker(List<Element> elements, double firstWidth, double width, double lineEndStretch,
            double emergencyStretch) {
        this.elements = elements.toArray(Element[]::new);
        int n = this.elements.length;
        kinds = new Kind[n];
        firstPass = new int[n];
        for (int i = 0; i < n; i++) {
            Element e = this.elements[i];
            kinds[i] = e instanceof Penalty p ? p.kind() : null;
            boolean glueBreak = e instanceof Glue && i > 0 && this.elements[i - 1] instanceof Box;
            firstPass[i] = kinds[i] != null ? kinds[i].firstPass : glueBreak ? 1 : Integer.MAX_VALUE;
        }
        this.measure = new LineMeasure(this.elements, firstWidth, width, lineEndStretch);
        this.demerits = new Demerits(kinds, measure);
        this.emergencyStretch = emergencyStretch;
    }

    /** The first pass: tolerance 100, hyphenation only if {@code hyphens}; null when no breaks are that good. */
    Breaks firstPass(boolean hyphens) {
        return solve(hyphens ? FIRST_WITH_HYPHENS : FIRST);
    }

    /** The best breaks of the first of the later passes that finds any; never null. */
    Breaks laterPasses() {
        for (Pass pass : List.of(SECOND, EMERGENCY)) {
            Breaks breaks = solve(pass);
            if (breaks != null) {
                return breaks;
            }
        }
        return solve(FINAL);
    }

    /** The least-demerits breaks of {@code pass}; null when there are none within its tolerance. */
    Breaks solve(Pass pass) {
        active[0] = Node.START;
        actives = 1;
        double extra = pass.emergency() ? emergencyStretch : 0;
        for (int b = 0; b < elements.length; b++) {
            if (firstPass[b] <= pass.points()) {
                consider(b, pass.tolerance(), extra);
                if (actives == 0) {
                    return null;
                }
            }
        }
        Node best = active[0];
        for (int i = 1; i < actives; i++) {
            best = active[i].demerits < best.demerits ? active[i] : best;
        }
        return breaks(best);
    }

    /** Total demerits of lines ending at {@code ends}, by the same measure: the yardstick for other breakers. */
    double demeritsOf(int[] ends) {
        Node node = Node.START;
        for (int end : ends) {
            double ratio = measure.ratio(node, end, 0);
            int fitness = Demerits.fitness(ratio);
            node = node(end, node, fitness,
                    node.demerits + demerits.line(node, end, ratio) + Demerits.adjacent(node, fitness));
        }
        return node.demerits;
    }

    /** Offers a break at {@code b} to every active node; keeps those that may still reach later breaks. */
    private void consider(int b, double tolerance, double extraStretch) {
        Arrays.fill(bestFrom, null);
        Node overfull = null;
        boolean forced = kinds[b] == Kind.FORCED;
        int kept = 0;
        for (int i = 0; i < actives; i++) {
            Node node = active[i];
            double ratio = measure.ratio(node, b, extraStretch);
            if (ratio >= -1 && Demerits.badness(ratio) <= tolerance) {
                int fitness = Demerits.fitness(ratio);
                offer(node, fitness, node.demerits + demerits.line(node, b, ratio) + Demerits.adjacent(node, fitness));
            }
            if (ratio < -1 && (overfull == null || node.demerits < overfull.demerits)) {
                overfull = node;
            }
            if (ratio >= -1 && !forced) {
                active[kept++] = node;
            }
        }
        actives = kept;
        if (!addBest(b) && actives == 0 && tolerance >= Demerits.INF_BAD && overfull != null) {
            // Only a character wider than the line gets here: TeX's way, an over-full line, not no answer.
            activate(node(b, overfull, 1, overfull.demerits));
        }
    }

    private void offer(Node node, int fitness, double total) {
        if (bestFrom[fitness] == null || total < bestDemerits[fitness]) {
            bestFrom[fitness] = node;
            bestDemerits[fitness] = total;
        }
    }

    private void activate(Node node) {
        if (actives == active.length) {
            active = Arrays.copyOf(active, actives * 2);
        }
        active[actives++] = node;
    }

    /** One new node per fitness class, unless it is so much worse than the best that it can never win. */
    private boolean addBest(int b) {
        double least = Double.POSITIVE_INFINITY;
        for (int f = 0; f < 4; f++) {
            least = bestFrom[f] != null ? Math.min(least, bestDemerits[f]) : least;
        }
        boolean added = false;
        for (int f = 0; f < 4; f++) {
            if (bestFrom[f] != null && bestDemerits[f] <= least + Demerits.FITNESS_DEMERITS) {
                activate(node(b, bestFrom[f], f, bestDemerits[f]));
                added = true;
            }
        }
        return added;
    }

    private Node node(int b, Node previous, int fitness, double total) {
        double nextLine = elements[b] instanceof Penalty p ? p.nextLine() : 0;
        return new Node(b, lineStart(b), nextLine, previous.line + 1, fitness, demerits.flagged(b), total, previous);
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

    /**
     * A feasible break: where it is, where the next line starts and what the break adds to that
     * line's width, and the best way to get here.
     */
    record Node(int position, int start, double nextLine, int line, int fitness, boolean flagged, double demerits,
            Node previous) {
        static final Node START = new Node(-1, 0, 0, 0, 1, false, 0, null);
    }
}
