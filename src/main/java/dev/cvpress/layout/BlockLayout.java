package dev.cvpress.layout;

import dev.cvpress.doc.Block;
import dev.cvpress.doc.ParagraphStyle;
import dev.cvpress.doc.Rule;
import dev.cvpress.doc.Span;
import dev.cvpress.layout.breaking.Mode;
import dev.cvpress.units.Align;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks each block into line slots and marks which must stay together: every line of a heading
 * keeps with what follows, an entry's title rows keep with its first line of content, and no
 * paragraph leaves a single line alone at the foot or head of a page.
 */
final class BlockLayout {
    private final Itemizer itemizer;
    private final LineBreaker breaker;
    private final double left;
    private final double width;
    /** The height of a page's text area, which entries that keep whole are measured against. */
    private final double textHeight;
    private final Structure structure;
    /** Headings sit one level below the title (H2) when there is one, else at the top (H1). */
    private final int headingOffset;

    BlockLayout(Itemizer itemizer, LineBreaker breaker, double left, double width, double textHeight,
            Structure structure, boolean hasTitle) {
        this.itemizer = itemizer;
        this.breaker = breaker;
        this.left = left;
        this.width = width;
        this.textHeight = textHeight;
        this.structure = structure;
        this.headingOffset = hasTitle ? 1 : 0;
    }

    /** The same layout for a narrower measure: a column, or an entry beside its aside. */
    BlockLayout within(double left, double width) {
        return new BlockLayout(itemizer, breaker, left, width, textHeight, structure, headingOffset > 0);
    }

    double left() {
        return left;
    }

    /** The block's slots, its text tagged as children of structure node {@code parent}. */
    List<Slot> slots(Block block, int parent) {
        if (block instanceof Block.Paragraph p) {
            return paragraph(p.style(), p.spans(), structure.add(role(p.style()), parent));
        }
        if (block instanceof Block.Row row) {
            return row(row, structure.add("P", parent));
        }
        if (block instanceof Block.BulletList list) {
            return bullets(list, structure.add("L", parent));
        }
        if (block instanceof Block.Group group) {
            return group(group, parent);
        }
        throw new IllegalArgumentException("columns are laid out by the page, not inside a block: " + block);
    }

    private List<Slot> group(Block.Group group, int parent) {
        int node = structure.add(group.kind() == Block.Group.Kind.SECTION ? "Sect" : "Div", parent);
        List<Slot> aside = group.aside().map(a -> aside(a, node)).orElse(List.of());
        BlockLayout body = group.aside().map(a -> within(left + a.width(), width - a.width())).orElse(this);
        List<Slot> out = new ArrayList<>();
        for (Block child : group.blocks()) {
            List<Slot> slots = body.slots(child, node);
            out.addAll(child instanceof Block.Row ? slots.stream().map(Slot::keepingWithNext).toList() : slots);
        }
        List<Slot> lines = new ArrayList<>(alongside(aside, out));
        if (!lines.isEmpty() && lines.get(0).spaceBefore() < group.spaceBefore()) {
            Slot first = lines.get(0);
            lines.set(0, new Slot(group.spaceBefore(), first.height(), first.spaceAfter(), first.keepWithNext(), first.items()));
        }
        if (keepsWhole(group, lines)) {
            for (int i = 0; i < lines.size() - 1; i++) {
                lines.set(i, lines.get(i).keepingWithNext());
            }
        }
        return lines;
    }

    /** Whether the group's lines are short enough, for the group's limit, to move to the next page together. */
    boolean keepsWhole(Block.Group group, List<Slot> lines) {
        return group.keepWhole() > 0 && height(lines) <= group.keepWhole() * textHeight;
    }

    /** From the top of the first line to the foot of the last, with the space between them. */
    private static double height(List<Slot> lines) {
        double height = 0;
        for (int i = 0; i < lines.size(); i++) {
            Slot line = lines.get(i);
            height += (i > 0 ? line.spaceBefore() : 0) + line.height() + (i < lines.size() - 1 ? line.spaceAfter() : 0);
        }
        return height;
    }

    /** The aside's lines, set at the left of this measure in the width left of the entry. */
    private List<Slot> aside(Block.Aside aside, int parent) {
        if (aside.spans().isEmpty()) {
            return List.of();
        }
        ParagraphStyle style = aside.style();
        double measure = aside.width() - PageLayout.SIDE_GAP_EM * style.text().size();
        int node = structure.add("P", parent);
        List<Slot> slots = new ArrayList<>();
        for (Line line : breaker.lines(itemizer.pieces(aside.spans()), measure, measure, mode(style), false,
                source(aside.spans()))) {
            double baseline = LineSetter.baseline(style, line);
            slots.add(new Slot(0, LineSetter.height(style, line), 0, false,
                    LineSetter.place(line.pieces(), left, baseline, LineSetter.height(style, line), node, structure)));
        }
        return slots;
    }

    /**
     * The aside's lines ride on the entry's lines, one each, on the entry line's baseline (the last
     * entry line takes any left over, and grows to hold them), read before the entry's text on that line.
     */
    private static List<Slot> alongside(List<Slot> aside, List<Slot> entry) {
        if (aside.isEmpty() || entry.isEmpty()) {
            return entry;
        }
        List<List<Item>> riders = new ArrayList<>();
        double[] heights = entry.stream().mapToDouble(Slot::height).toArray();
        for (int i = 0; i < aside.size(); i++) {
            int at = Math.min(i, entry.size() - 1);
            Slot line = aside.get(i);
            double shift = baseline(entry.get(at)) - baseline(line) + (i - at) * line.height();
            if (riders.size() <= at) {
                riders.add(new ArrayList<>());
            }
            riders.get(at).addAll(line.items().stream().map(it -> Paginator.shift(it, shift)).toList());
            // An aside longer than its entry makes the entry's last line take the room it needs.
            heights[at] = Math.max(heights[at], shift + line.height());
        }
        List<Slot> out = new ArrayList<>(entry);
        for (int at = 0; at < riders.size(); at++) {
            Slot host = entry.get(at);
            List<Item> items = new ArrayList<>(riders.get(at));
            items.addAll(host.items());
            out.set(at, new Slot(host.spaceBefore(), heights[at], host.spaceAfter(), host.keepWithNext(), items));
        }
        return out;
    }

    private static double baseline(Slot slot) {
        return slot.items().stream().filter(Item.Text.class::isInstance).map(Item.Text.class::cast)
                .mapToDouble(Item.Text::baseline).findFirst().orElse(0);
    }

    private String role(ParagraphStyle style) {
        if (style.title()) {
            return "H1";
        }
        return style.isHeading() ? "H" + Math.min(6, style.outlineLevel() + headingOffset) : "P";
    }

    private List<Slot> paragraph(ParagraphStyle style, List<Span> spans, int node) {
        double measure = width - style.indent();
        List<Line> lines = breaker.lines(itemizer.pieces(spans), measure, measure, mode(style), prose(spans),
                source(spans));
        List<Slot> slots = new ArrayList<>();
        for (Line line : lines) {
            double baseline = LineSetter.baseline(style, line);
            slots.add(new Slot(0, LineSetter.height(style, line), 0, false,
                    LineSetter.set(style, line, left + style.indent(), measure, baseline, node, structure)));
        }
        return finish(style, slots);
    }

    private List<Slot> row(Block.Row row, int node) {
        ParagraphStyle style = row.style();
        List<Piece> right = itemizer.pieces(row.right());
        double rightWidth = right.stream().mapToDouble(Piece::width).sum();
        double gap = rightWidth > 0 ? PageLayout.SIDE_GAP_EM * style.text().size() : 0;
        double measure = width - style.indent();
        List<Line> lines = new ArrayList<>(breaker.lines(itemizer.pieces(row.left()), measure - rightWidth - gap,
                measure, mode(style), false, source(row.left())));
        Line rightLine = new Line(right, rightWidth);
        if (lines.isEmpty()) {
            lines.add(new Line(List.of(), 0));
        }
        List<Slot> slots = new ArrayList<>();
        double firstBaseline = 0;
        double above = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Line measured = i == 0 ? new Line(concat(line.pieces(), right), line.width()) : line;
            double height = LineSetter.height(style, measured);
            double baseline = LineSetter.baseline(style, measured);
            List<Item> items = new ArrayList<>(
                    LineSetter.place(line.pieces(), left + style.indent(), baseline, height, node, structure));
            if (i == 0) {
                firstBaseline = baseline;
            }
            if (i == lines.size() - 1) {
                // Painted after the left text, so extraction reads "title … dates", but on the first line.
                double up = above;
                items.addAll(LineSetter.place(rightLine.pieces(), left + width - rightWidth, firstBaseline - up,
                        LineSetter.height(style, lines.get(0)), node, structure).stream()
                        .map(item -> item instanceof Item.Link ? Paginator.shift(item, -up) : item).toList());
            }
            above += height;
            slots.add(new Slot(0, height, 0, false, items));
        }
        // The flush-right text hangs from the last line, so the row's lines must share a page.
        List<Slot> out = finish(style, slots);
        for (int i = 0; i < out.size() - 1; i++) {
            out.set(i, out.get(i).keepingWithNext());
        }
        return out;
    }

    private List<Slot> bullets(Block.BulletList list, int node) {
        ParagraphStyle style = list.style();
        List<Slot> out = new ArrayList<>();
        for (List<Span> item : list.items()) {
            int listItem = structure.add("LI", node);
            int label = structure.add("Lbl", listItem);
            List<Slot> lines = paragraph(style, item, structure.add("LBody", listItem));
            if (lines.isEmpty()) {
                continue;
            }
            List<Piece> marker = itemizer.pieces(List.of(Span.of(list.marker(), style.text())));
            double markerWidth = marker.stream().mapToDouble(Piece::width).sum();
            double markerX = Math.max(left, left + style.indent() - list.gap() - markerWidth);
            Slot first = lines.get(0);
            double baseline = first.items().stream().filter(Item.Text.class::isInstance)
                    .map(Item.Text.class::cast).mapToDouble(Item.Text::baseline).findFirst().orElse(0);
            List<Item> items = new ArrayList<>(LineSetter.place(marker, markerX, baseline, first.height(), label,
                    structure));
            items.addAll(first.items());
            lines.set(0, new Slot(first.spaceBefore(), first.height(), first.spaceAfter(), first.keepWithNext(), items));
            out.addAll(lines);
        }
        return out;
    }

    /**
     * Adds the paragraph's spacing and rule to its first and last slots, and the keep rules: a
     * heading keeps with what follows; the first and the second-to-last lines keep with the next
     * line, so no page starts or ends with a lone line of a paragraph.
     */
    private List<Slot> finish(ParagraphStyle style, List<Slot> slots) {
        int n = slots.size();
        List<Slot> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Slot slot = slots.get(i);
            boolean keep = style.isHeading() || (i == 0 && n > 1) || (i == n - 2);
            double height = slot.height();
            List<Item> items = new ArrayList<>(slot.items());
            if (i == n - 1 && style.ruleBelow().visible()) {
                Rule rule = style.ruleBelow();
                double y = height + rule.gap() + rule.width() / 2;
                items.add(new Item.Line(left + style.indent(), y, left + width, y, rule.width(), rule.color()));
                height += rule.gap() + rule.width();
            }
            out.add(new Slot(i == 0 ? style.spaceBefore() : 0, height, i == n - 1 ? style.spaceAfter() : 0,
                    keep, items));
        }
        return out;
    }

    private static Mode mode(ParagraphStyle style) {
        return style.align() == Align.JUSTIFY ? Mode.JUSTIFIED : Mode.RAGGED;
    }

    /** Only running text is hyphenated, never names, titles, dates or addresses. */
    private static boolean prose(List<Span> spans) {
        return !spans.isEmpty() && spans.stream().allMatch(Span::prose);
    }

    /** The résumé field a paragraph's warnings name: its first span's. */
    private static String source(List<Span> spans) {
        return spans.stream().map(Span::source).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }

    private static List<Piece> concat(List<Piece> a, List<Piece> b) {
        List<Piece> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
