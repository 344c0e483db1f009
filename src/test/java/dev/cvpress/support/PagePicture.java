package dev.cvpress.support;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;

/**
 * A page of a PDF as a small picture, for the style previews and the snapshot tests that compare
 * against them. Rendering is pinned so that it depends only on the PDF: every font is embedded (no
 * system font is ever consulted), and the rendering hints are set here rather than left to the
 * platform's defaults. The picture is then reduced to a palette of 32 colours, which keeps
 * a page's PNG small; the reduction is a pure function of the pixels, so the same render gives the
 * same picture.
 */
public final class PagePicture {
    /** One pixel per point: an A4 page is 595 pixels wide, a Letter page 612. */
    public static final float DPI = 72;
    /**
     * Enough for the inks of a page and the anti-aliased blends between them. With 16, a blend on
     * the edge of an accent-coloured glyph could jump a whole step of the palette when a renderer
     * anti-aliased it a little differently, and the snapshots would fail on noise.
     */
    private static final int PALETTE_SIZE = 32;

    private PagePicture() {}

    /** The given page (0-based) of the PDF at {@link #DPI}, in a palette of at most 32 colours. */
    public static BufferedImage render(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            renderer.setRenderingHints(fixedHints());
            renderer.setSubsamplingAllowed(false);
            renderer.setDefaultDestination(RenderDestination.EXPORT);
            return toPalette(renderer.renderImageWithDPI(page, DPI, ImageType.RGB));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Anti-aliased, exact geometry (no stroke normalisation), quality over speed, on every machine. */
    private static RenderingHints fixedHints() {
        RenderingHints hints = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        hints.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        hints.put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        hints.put(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        hints.put(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
        hints.put(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        hints.put(RenderingHints.KEY_DITHERING, RenderingHints.VALUE_DITHER_DISABLE);
        return hints;
    }

    /**
     * The picture in a palette chosen greedily: first the commonest colour (the paper), then each
     * time the colour that the palette so far serves worst, weighing how far it is from its nearest
     * entry by how many pixels have it. A page is a few inks on paper, so the inks come first (an
     * accent on a few words too: its distance outweighs its few pixels), then the anti-aliased
     * blends between them; every pixel then takes its nearest entry. The choice is a pure function of the pixels.
     */
    static BufferedImage toPalette(BufferedImage rgb) {
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        int[] pixels = rgb.getRGB(0, 0, width, height, null, 0, width);
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int pixel : pixels) {
            counts.merge(pixel & 0xFFFFFF, 1, Integer::sum);
        }
        int[] colours = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
        long[] weights = counts.values().stream().mapToLong(Integer::longValue).toArray();
        int[] palette = new int[Math.min(PALETTE_SIZE, colours.length)];
        int[] nearest = new int[colours.length];
        long[] gap = new long[colours.length];
        Arrays.fill(gap, Long.MAX_VALUE);
        int next = 0;
        for (int i = 1; i < colours.length; i++) {
            next = weights[i] > weights[next] ? i : next;
        }
        for (int entry = 0; entry < palette.length; entry++) {
            palette[entry] = colours[next];
            int chosen = next;
            long worst = -1;
            for (int i = 0; i < colours.length; i++) {
                long distance = distance(colours[i], colours[chosen]);
                if (distance < gap[i]) {
                    gap[i] = distance;
                    nearest[i] = entry;
                }
                if (gap[i] * weights[i] > worst) {
                    worst = gap[i] * weights[i];
                    next = i;
                }
            }
        }
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < colours.length; i++) {
            index.put(colours[i], nearest[i]);
        }
        byte[] r = new byte[palette.length];
        byte[] g = new byte[palette.length];
        byte[] b = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, palette.length, r, g, b));
        WritableRaster raster = indexed.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, index.get(pixels[y * width + x] & 0xFFFFFF));
            }
        }
        return indexed;
    }

    private static int distance(int a, int b) {
        int dr = (a >> 16 & 0xFF) - (b >> 16 & 0xFF);
        int dg = (a >> 8 & 0xFF) - (b >> 8 & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        return dr * dr + dg * dg + db * db;
    }

    /** The picture as a PNG at the strongest compression. */
    public static byte[] png(BufferedImage picture) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(picture, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    public static void write(BufferedImage picture, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, png(picture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The picture in a PNG file, in sRGB. A palette of greys only is written as a grey PNG, which
     * ImageIO reads into a linear grey colour space: its samples are the sRGB levels, so they are
     * taken as they are rather than converted.
     */
    public static BufferedImage read(Path file) {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (image == null) {
            throw new UncheckedIOException(new IOException(file + " is not an image ImageIO can read"));
        }
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int level = image.getRaster().getSample(x, y, 0);
                rgb.setRGB(x, y, level << 16 | level << 8 | level);
            }
        }
        return rgb;
    }
}
