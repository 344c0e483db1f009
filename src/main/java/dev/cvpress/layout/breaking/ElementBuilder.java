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
 */
final class ElementBuilder {
    /** The finishing glue's stretch: so much more than any line's shortfall that the last line's badness is 0. */
    static final double FIL = 1e7;
    private final List<Run> runs;
    private final Optional<Hyphenator> hyphenator;
    private final Mode mode;
    private final double narrowest;
    private final List<Element> out = new ArrayList<>();

    private ElementBuilder(List<Run> runs, Optional<Hyphenator> hyphenator, Mode mode, double narrowest) {
        this.runs = runs;
        this.hyphenator = hyphenator;
        this.mode = mode;
        this.narrowest = narrowest;
    }

    /** The elements of {@code runs}; empty when they hold no text. */
    static List<Element> build(List<Run> runs, Optional<Hyphenator> hyphenator, Mode mode, double narrowest) {
        ElementBuilder builder = new ElementBuilder(runs, hyphenator, mode, narrowest);
        builder.walk();
        return builder.out;
    }

    private void walk() {
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
            out.add(new Penalty(0, Kind.PROHIBITED, -1));
            out.add(new Glue(0, FIL, 0, -1));
            out.add(new Penalty(0, Kind.FORCED, -1));
        }
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
        emit(members, offsets, BreakPoints.of(text.toString(), hyphenator, width > narrowest));
    }

    /** Boxes cut at run boundaries and at break points, a penalty at each break point. */
    private void emit(List<Integer> members, int[] offsets, Kind[] at) {
        int m = 0;
        int begin = 0;
        int length = offsets[members.size()];
        for (int i = 1; i <= length; i++) {
            boolean runEnds = i == offsets[m + 1];
            if (runEnds || at[i] != null) {
                box(members.get(m), begin - offsets[m], i - offsets[m]);
                begin = i;
            }
            if (at[i] != null) {
                penalty(at[i], members.get(m));
            }
            if (runEnds) {
                m++;
            }
        }
    }

    private void box(int r, int begin, int end) {
        Run run = runs.get(r);
        double width = begin == 0 && end == run.text().length() ? run.width()
                : run.face().width(run.text().substring(begin, end), run.size());
        out.add(new Box(width, r, begin, end));
    }

    private void penalty(Kind kind, int r) {
        Run run = runs.get(r);
        out.add(new Penalty(kind == Kind.HYPHEN ? run.face().width("-", run.size()) : 0, kind, r));
    }
}
