package dev.cvpress.doc;

import dev.cvpress.units.Align;

/**
 * A named paragraph style, as a word processor has them: the default look of its text, spacing in
 * points, left indent, whether it is an outline heading (level 1) that keeps with what follows, and
 * whether it sets the document's title (the person's name). {@code name} is what a DOCX calls the
 * style (e.g. "Heading 1").
 */
public record ParagraphStyle(String name, SpanStyle text, Align align, double lineHeight, double spaceBefore,
        double spaceAfter, double indent, int outlineLevel, Rule ruleBelow, boolean title) {

    public boolean isHeading() {
        return outlineLevel > 0;
    }
}
