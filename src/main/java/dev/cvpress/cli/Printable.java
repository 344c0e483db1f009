package dev.cvpress.cli;

/**
 * Text from outside (a file name met in a folder, a résumé's own words quoted in a message) made
 * safe to print on a terminal: control characters, which can move the cursor, recolour or retitle
 * the window, and the bidirectional overrides, which can make a line read other than it is, are
 * shown as escapes ({@code \x1B}, {@code \u202E}).
 */
final class Printable {
    private Printable() {}

    static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isUnsafe(char c) {
        return Character.getType(c) == Character.CONTROL || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
