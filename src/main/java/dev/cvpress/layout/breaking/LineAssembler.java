package dev.cvpress.layout.breaking;

import dev.cvpress.layout.breaking.Element.Box;
import dev.cvpress.layout.breaking.Element.Glue;
import dev.cvpress.layout.breaking.Element.Kind;
import dev.cvpress.layout.breaking.Element.Penalty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds lines of runs from the chosen breaks: adjacent boxes of one run become one fragment,
 * measured anew; a hyphen run is added where a word was hyphenated; in justified mode the spaces
 * take up the line's slack. Widths come from the fragments as measured, not from the breaker's
 * sums, so what the layout paints is what is checked against the measure.
 */
final class LineAssembler {
    private final List<Run> runs;
    private final Element[] elements;
    private final Mode mode;
    private final Map<String, BreakWarning> warnings = new LinkedHashMap<>();

    private LineAssembler(List<Run> runs, List<Element> elements, Mode mode) {
        this.runs = runs;
        this.elements = elements.toArray(Element[]::new);
        this.mode = mode;
    }

    static BrokenParagraph assemble(List<Run> runs, List<Element> elements, OptimalBreaker.Breaks breaks, Mode mode,
            double firstWidth, double width) {
        LineAssembler assembler = new LineAssembler(runs, elements, mode);
        List<BrokenLine> lines = new ArrayList<>();
        int count = breaks.ends().length;
        for (int k = 0; k < count; k++) {
            lines.add(assembler.line(breaks.starts()[k], breaks.ends()[k], k == 0 ? firstWidth : width,
                    k == count - 1));
        }
        return new BrokenParagraph(lines, List.copyOf(assembler.warnings.values()));
    }

    private BrokenLine line(int start, int end, double measure, boolean last) {
        List<Run> out = new ArrayList<>();
        Map<Integer, Glue> spaces = new LinkedHashMap<>();
        Box pending = null;
        for (int i = start; i < end; i++) {
            if (elements[i] instanceof Box box) {
                boolean joins = pending != null && pending.run() == box.run() && pending.end() == box.begin();
                pending = joins ? new Box(0, box.run(), pending.begin(), box.end()) : flush(pending, out, box);
            } else if (elements[i] instanceof Glue glue && glue.run() >= 0) {
                pending = flush(pending, out, null);
                spaces.put(out.size(), glue);
                out.add(runs.get(glue.run()));
            }
        }
        flush(pending, out, null);
        boolean hyphenated = elements[end] instanceof Penalty p && p.kind() == Kind.HYPHEN;
        if (hyphenated) {
            Penalty hyphen = (Penalty) elements[end];
            Run before = runs.get(hyphen.run());
            out.add(new Run("-", before.face(), before.size(), hyphen.width(), false, before.payload()));
        }
        if (mode == Mode.JUSTIFIED) {
            justify(out, spaces, measure, last);
        }
        BrokenLine line = new BrokenLine(out, width(out), hyphenated);
        check(line, start, end, measure);
        return line;
    }

    /** Adds the pending fragment to {@code out} and returns {@code next}, the new pending one. */
    private Box flush(Box pending, List<Run> out, Box next) {
        if (pending != null) {
            out.add(runs.get(pending.run()).slice(pending.begin(), pending.end()));
        }
        return next;
    }

    /**
     * Shares a justified line's slack among its spaces by each one's stretch (or shrink, when the
     * line is over-full), from the line as measured; the last line only ever shrinks.
     */
    private static void justify(List<Run> out, Map<Integer, Glue> spaces, double measure, boolean last) {
        double natural = width(out);
        boolean shrinks = natural > measure;
        double flexible = spaces.values().stream().mapToDouble(g -> shrinks ? g.shrink() : g.stretch()).sum();
        if (flexible <= 0 || (last && !shrinks)) {
            return;
        }
        double ratio = Math.max(-1, (measure - natural) / flexible);
        spaces.forEach((i, glue) -> out.set(i,
                out.get(i).withWidth(glue.width() + ratio * (shrinks ? glue.shrink() : glue.stretch()))));
    }

    private void check(BrokenLine line, int start, int end, double measure) {
        if (elements[end] instanceof Penalty p && p.kind() == Kind.EMERGENCY) {
            String word = word(end);
            warnings.putIfAbsent(BreakWarning.FORCED_BREAK + word, new BreakWarning(BreakWarning.FORCED_BREAK,
                    "\"" + abbreviated(word) + "\" is wider than a line and was broken between letters"));
        }
        if (line.width() > measure + LineMeasure.EPSILON) {
            String text = text(start, end - 1);
            warnings.putIfAbsent(BreakWarning.OVERFULL_LINE + text, new BreakWarning(BreakWarning.OVERFULL_LINE,
                    "\"" + abbreviated(text) + "\" is wider than the line even one letter at a time"));
        }
    }

    /** The whole word around a break inside it: out to the spaces or the ends of the paragraph. */
    private String word(int b) {
        int from = b;
        while (from > 0 && !(elements[from - 1] instanceof Glue)) {
            from--;
        }
        int to = b;
        while (to + 1 < elements.length && !(elements[to + 1] instanceof Glue)) {
            to++;
        }
        return text(from, to);
    }

    private String text(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (elements[i] instanceof Box box) {
                text.append(runs.get(box.run()).text(), box.begin(), box.end());
            }
        }
        return text.toString();
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    private static double width(List<Run> runs) {
        return runs.stream().mapToDouble(Run::width).sum();
    }
}
