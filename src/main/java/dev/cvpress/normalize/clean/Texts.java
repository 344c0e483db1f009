package dev.cvpress.normalize.clean;

import java.util.regex.Pattern;

/** The text clean-ups that need no context: whitespace and typed-in bullet markers. */
final class Texts {
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t\\x0B\\f]+");
    /** Control characters other than line breaks and tabs: invisible, and invalid in XML. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");
    /** A list marker someone typed or pasted in front of a list item. */
    private static final Pattern MARKER = Pattern.compile("^(?:[•●▪◦‣∙·*–—-]|\\d{1,2}[.)])\\s+");

    private Texts() {}

    /** One line: runs of spaces, tabs and line breaks become one space; no space at either end. */
    static String line(String text) {
        String visible = CONTROL.matcher(text).replaceAll("");
        return SPACES.matcher(visible.replace("\r\n", "\n").replace('\r', '\n').replace('\n', ' ')).replaceAll(" ").strip();
    }

    /** Paragraph text: each line cleaned, line breaks kept, at most one blank line in a row. */
    static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        String visible = CONTROL.matcher(text).replaceAll("");
        for (String line : visible.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            out.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return MANY_BLANK_LINES.matcher(out.toString().strip()).replaceAll("\n\n");
    }

    /** A list item without a leading bullet glyph or number. */
    static String item(String text) {
        return MARKER.matcher(line(text)).replaceFirst("");
    }
}
