package dev.cvpress.layout.breaking;

import dev.cvpress.layout.breaking.Element.Box;
import dev.cvpress.layout.breaking.Element.Glue;
import dev.cvpress.layout.breaking.Element.Kind;
import dev.cvpress.layout.breaking.Element.Penalty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns runs into elements: each word (the runs between two spaces, possibly in several faces)
 * becomes boxes cut at its possible breaks with a penalty at each, each space becomes glue, and
 * the paragraph ends with TeX's finishing glue and a forced break. Spaces at either end are dropped.
 *
 * <p>Measuring is most of the cost of breaking, so there are two builds: one with the first
 * pass's points only, where most words stay whole runs of known width, and, only when that pass
 * finds no good breaks, one with the points of every pass.
 */
final class ElementBuilder {
    /** The finishing glue's stretch: so much more than any line's shortfall that the last line's badness is 0. */
    static final double FIL = 1e7;
    private final List<Run> runs;
    private final Optional<Hyphenator> hyphenator;
    private final Mode mode;
    /** Whether to add the points of the later passes, or only the first pass's. */
    private final boolean everyPass;
    private final double narrowest;
    private final List<Element> out = new ArrayList<>();

    private ElementBuilder(List<Run> runs, Optional<Hyphenator> hyphenator, Mode mode, boolean everyPass,
            double narrowest) {
        this.runs = runs;
        this.hyphenator = hyphenator;
        this.mode = mode;
        this.everyPass = everyPass;
        this.narrowest = narrowest;
    }

    /** Elements for the first pass: breaks only at spaces and Unicode opportunities. Empty when there is no text. */
    static List<Element> firstPass(List<Run> runs, Mode mode) {
        return new ElementBuilder(runs, Optional.empty(), mode, false, Double.POSITIVE_INFINITY).walk();
    }

    /** Elements for every pass: hyphenation, address points, and letters of words wider than {@code narrowest}. */
    static List<Element> allPasses(List<Run> runs, Optional<Hyphenator> hyphenator, Mode mode, double narrowest) {
        return new ElementBuilder(runs, hyphenator, mode, true, narrowest).walk();
    }

    private List<Element> walk() {
        List<Integer> group = new ArrayList<>();
        boolean spaces = false;
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            if (run.text().isEmpty()) {
                continue;
            }
            if (run.space() != spaces && !group.isEmpty()) {
                flush(group, spaces, false);
                group.clear();
            }
            spaces = run.space();
            group.add(r);
        }
        if (!group.isEmpty()) {
            flush(group, spaces, true);
        }
        if (!out.isEmpty()) {
            out.add(new Penalty(Kind.PROHIBITED));
            out.add(new Glue(0, FIL, 0, -1));
            out.add(new Penalty(Kind.FORCED));
        }
        return out;
    }

    private void flush(List<Integer> group, boolean spaces, boolean last) {
        if (!spaces) {
            word(group);
        } else if (!out.isEmpty() && !last) {
            group.forEach(this::glue);
        }
    }

    private void glue(int r) {
        double width = runs.get(r).width();
        boolean justified = mode == Mode.JUSTIFIED;
        out.add(new Glue(width, justified ? width / 2 : 0, justified ? width / 3 : 0, r));
    }

    private void word(List<Integer> members) {
        StringBuilder text = new StringBuilder();
        int[] offsets = new int[members.size() + 1];
        double width = 0;
        for (int m = 0; m < members.size(); m++) {
            offsets[m] = text.length();
            text.append(runs.get(members.get(m)).text());
            width += runs.get(members.get(m)).width();
        }
        offsets[members.size()] = text.length();
        String word = text.toString();
        emit(members, offsets, everyPass ? BreakPoints.all(word, hyphenator, width > narrowest)
                : BreakPoints.firstPass(word));
    }

    /**
     * Boxes cut at run boundaries and at break points, a penalty at each break point. A box after a
     * break inside a run carries the kerning across that break, so an unbroken run's boxes add up
     * to its kerned width; the penalty takes that kerning back from the next line if it breaks there.
     */
    private void emit(List<Integer> members, int[] offsets, Kind[] at) {
        int m = 0;
        int begin = 0;
        for (int i = 1; i <= offsets[members.size()]; i++) {
            boolean runEnds = i == offsets[m + 1];
            if (runEnds || at[i] != null) {
                box(members.get(m), begin - offsets[m], i - offsets[m]);
                begin = i;
            }
            if (at[i] != null) {
                penalty(at[i], members.get(m), i - offsets[m]);
            }
            if (runEnds) {
                m++;
            }
        }
    }

    private void box(int r, int begin, int end) {
        Run run = runs.get(r);
        boolean whole = begin == 0 && end == run.text().length();
        Widths widths = whole ? null : Widths.of(run);
        out.add(new Box(whole ? run.width() : widths.prefix(end) - widths.prefix(begin), r, begin, end));
    }

    /** A break before char {@code at} of run {@code r}; at the run's end there is no kerning to take back. */
    private void penalty(Kind kind, int r, int at) {
        Widths widths = Widths.of(runs.get(r));
        out.add(new Penalty(kind == Kind.HYPHEN ? widths.hyphen(at) : 0, -widths.kerning(at), kind, r));
    }
}
