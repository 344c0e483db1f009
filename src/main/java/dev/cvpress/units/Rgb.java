package dev.cvpress.units;

/** An sRGB colour, written in styles as {@code #1F3A5F}. */
public record Rgb(int red, int green, int blue) {
    public static final Rgb BLACK = new Rgb(0, 0, 0);

    public static Rgb parse(String text) {
        String hex = text.strip();
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("\"" + text + "\" is not a colour; write it as #RRGGBB");
        }
        int value = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(value >> 16, (value >> 8) & 0xFF, value & 0xFF);
    }

    /** {@code RRGGBB}, as Word wants it. */
    public String hex() {
        return String.format("%02X%02X%02X", red, green, blue);
    }
}
