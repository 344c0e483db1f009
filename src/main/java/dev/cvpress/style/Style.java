package dev.cvpress.style;

import dev.cvpress.units.Length;
import dev.cvpress.units.Rgb;
import java.util.List;
import java.util.Map;

/**
 * A complete résumé style, loaded from {@code layouts/<id>/style.yaml}: everything about the look
 * that is not the content. No style value lives in Java.
 */
public record Style(String id, String description, Page page, Map<String, Rgb> colors, Fonts fonts,
        TextStyles text, HeadingRule headingRule, Bullets bullets, Contact contact, Dates dates, Footer footer,
        Pagination pagination, Map<String, String> labels, List<Section> sections, Sidebar sidebar,
        Map<String, Entry> entries) {

    public Style {
        colors = Map.copyOf(colors);
        labels = Map.copyOf(labels);
        sections = List.copyOf(sections);
        entries = Map.copyOf(entries);
    }

    /** Families tried, in order, for characters the role's own family lacks. */
    public record Fonts(List<String> fallback) {
        public Fonts {
            fallback = List.copyOf(fallback);
        }
    }

    /** The line under each section heading; width 0 for none. */
    public record HeadingRule(Length width, Rgb color, Length gap) {}

    /** The bullet glyph and the space between it and the text. */
    public record Bullets(String marker, Length gap) {}

    /** What separates items on the contact line and in inline lists. */
    public record Contact(String separator) {}

    /** Date pattern (java.time, e.g. {@code MMM yyyy}), its locale, the word for "present", the range dash. */
    public record Dates(String format, String locale, String present, String separator) {}

    /** Page numbers at the foot of each page; {@code template} has {page}, {pages} and {name}. */
    public record Footer(boolean pageNumbers, String template) {}

    /**
     * How tall an entry (a job, a degree) may be, as a fraction of the page's text height, and
     * still move whole to the next page rather than split there: 0 lets every entry split, 1 keeps
     * every entry that fits on a page. A taller entry splits between lines, as a paragraph would.
     */
    public record Pagination(double keepEntriesUpTo) {
        public Pagination {
            if (!(keepEntriesUpTo >= 0 && keepEntriesUpTo <= 1)) {
                throw new IllegalArgumentException("keep_entries_up_to is a fraction of the page from 0 to 1, not "
                        + keepEntriesUpTo);
            }
        }
    }

    /** A section in reading order and its heading. */
    public record Section(String id, String title) {}

    /**
     * A second column beside the main one, holding the listed sections (in the order of
     * {@code sections}) on a tinted panel; no sections, no sidebar. {@code padding} insets the
     * text from the panel's edges; {@code gap} separates the panel from the main column.
     */
    public record Sidebar(List<String> sections, Side side, Length width, Length gap, Length padding, Rgb fill) {
        public enum Side { LEFT, RIGHT }

        public Sidebar {
            sections = List.copyOf(sections);
        }

        public boolean holds(String section) {
            return sections.contains(section);
        }
    }

    /**
     * Where an entry's fields go. Each slot is a template of {@code {field}} placeholders and the
     * text between them, which is dropped beside a missing field: the title row (left and flush
     * right), the detail row beneath it, and an aside set in a column of {@code asideWidth} left of
     * the entry (dates in a margin column, or a publication's number). {@code body} lists the
     * fields below the rows, in order.
     */
    public record Entry(String title, String titleRight, String subtitle, String subtitleRight, String aside,
            Length asideWidth, List<String> body) {
        public Entry {
            body = List.copyOf(body);
        }
    }

    public String label(String key) {
        return labels.getOrDefault(key, key);
    }
}
