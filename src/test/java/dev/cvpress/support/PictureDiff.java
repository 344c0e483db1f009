package dev.cvpress.support;

import java.awt.image.BufferedImage;

/**
 * Where two pictures of a page differ. A pixel counts as different only when one of its channels
 * moved by more than a tolerance, so a glyph edge anti-aliased a few levels lighter on another
 * renderer is not a difference, while a moved, missing or recoloured glyph is. Pictures of
 * different sizes differ in every pixel outside their common area.
 *
 * @param differing how many pixels differ
 * @param pixels    the pixels compared (the larger picture's area)
 * @param picture   the expected picture washed out, with every differing pixel in red
 */
public record PictureDiff(int differing, int pixels, BufferedImage picture) {
    private static final int RED = 0xE0102F;

    public static PictureDiff of(BufferedImage expected, BufferedImage actual, int channelTolerance) {
        int width = Math.max(expected.getWidth(), actual.getWidth());
        int height = Math.max(expected.getHeight(), actual.getHeight());
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int differing = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean common = x < expected.getWidth() && y < expected.getHeight()
                        && x < actual.getWidth() && y < actual.getHeight();
                if (common && distance(expected.getRGB(x, y), actual.getRGB(x, y)) <= channelTolerance) {
                    picture.setRGB(x, y, washedOut(expected.getRGB(x, y)));
                } else {
                    picture.setRGB(x, y, RED);
                    differing++;
                }
            }
        }
        return new PictureDiff(differing, width * height, picture);
    }

    public double fraction() {
        return (double) differing / pixels;
    }

    /** The largest difference in any one channel, 0 to 255. */
    private static int distance(int a, int b) {
        int red = Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF));
        int green = Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF));
        int blue = Math.abs((a & 0xFF) - (b & 0xFF));
        return Math.max(red, Math.max(green, blue));
    }

    /** A quarter of the colour's contrast with white: context for the red marks, never mistaken for them. */
    private static int washedOut(int rgb) {
        int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
        int light = 255 - (255 - grey) / 4;
        return light << 16 | light << 8 | light;
    }
}
