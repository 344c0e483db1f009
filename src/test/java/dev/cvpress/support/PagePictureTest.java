package dev.cvpress.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picture helpers the snapshot tests stand on: the palette, the PNG round trip, the tolerance. */
class PagePictureTest {
    private static final int WHITE = 0xFFFFFF;
    private static final int TEAL = 0x1B6F75;

    @Test
    void thePaletteKeepsEveryInkAndStaysNearTheBlends() {
        // Paper, a black-to-white ramp as anti-aliasing makes, and a few pixels of an accent.
        BufferedImage page = new BufferedImage(256, 20, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 256; x++) {
            for (int y = 0; y < 20; y++) {
                page.setRGB(x, y, y < 2 ? x * 0x010101 : WHITE);
            }
        }
        for (int x = 0; x < 6; x++) {
            page.setRGB(100 + x, 10, TEAL);
        }
        BufferedImage picture = PagePicture.toPalette(page);
        assertEquals(WHITE, picture.getRGB(0, 19) & 0xFFFFFF);
        assertEquals(0x000000, picture.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(TEAL, picture.getRGB(103, 10) & 0xFFFFFF, "six pixels of accent keep their colour");
        for (int x = 0; x < 256; x++) {
            int level = picture.getRGB(x, 0) & 0xFF;
            assertTrue(Math.abs(level - x) <= 16, "grey " + x + " became " + level);
        }
    }

    @Test
    void aPictureReadsBackAsItWasWritten(@TempDir Path dir) {
        BufferedImage picture = PagePicture.toPalette(sample());
        Path file = dir.resolve("page.png");
        PagePicture.write(picture, file);
        assertEquals(0, PictureDiff.of(picture, PagePicture.read(file), 0).differing());
    }

    /** ImageIO reads a grey PNG into a linear colour space; its levels must come back as written. */
    @Test
    void aGreyPngReadsAsItsLevels(@TempDir Path dir) throws IOException {
        BufferedImage grey = new BufferedImage(4, 1, BufferedImage.TYPE_BYTE_GRAY);
        int[] levels = {0, 64, 128, 255};
        for (int x = 0; x < levels.length; x++) {
            grey.getRaster().setSample(x, 0, 0, levels[x]);
        }
        Path file = dir.resolve("grey.png");
        ImageIO.write(grey, "png", file.toFile());
        BufferedImage read = PagePicture.read(file);
        for (int x = 0; x < levels.length; x++) {
            assertEquals(levels[x] * 0x010101, read.getRGB(x, 0) & 0xFFFFFF);
        }
    }

    @Test
    void theToleranceForgivesSmallMovesAndCountsTheRest() {
        BufferedImage expected = sample();
        BufferedImage actual = sample();
        actual.setRGB(1, 1, 0x200000);            // 32 more red than the black it was: within tolerance
        actual.setRGB(2, 2, 0x210000);            // 33: a difference
        actual.setRGB(3, 3, TEAL);
        PictureDiff diff = PictureDiff.of(expected, actual, 32);
        assertEquals(2, diff.differing());
        assertEquals(0xE0102F, diff.picture().getRGB(3, 3) & 0xFFFFFF);
        assertEquals(0, PictureDiff.of(expected, expected, 0).differing());
        assertEquals(8 * 10 - 8 * 8, PictureDiff.of(expected, new BufferedImage(8, 10, BufferedImage.TYPE_INT_RGB), 255)
                .differing(), "outside the common area every pixel differs");
    }

    /** Black on its diagonal, the rest white; 8 × 8. */
    private static BufferedImage sample() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                image.setRGB(x, y, x == y ? 0x000000 : WHITE);
            }
        }
        return image;
    }
}
