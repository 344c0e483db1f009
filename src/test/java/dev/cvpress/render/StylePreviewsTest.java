package dev.cvpress.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.compose.Composer;
import dev.cvpress.model.Resume;
import dev.cvpress.style.StyleException;
import dev.cvpress.style.StyleLoader;
import dev.cvpress.style.StyleOverrides;
import dev.cvpress.support.PagePicture;
import dev.cvpress.support.PictureDiff;
import dev.cvpress.support.Pipeline;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Snapshot tests: page 1 of our example résumé in each bundled style looks as the style's committed
 * preview ({@code layouts/<id>/preview.png}, the picture the README shows). The previews are made by
 * this test: {@code mvn -B -q -o test -Dtest=StylePreviewsTest -Dgolden.update=true} rewrites every
 * preview whose pixels changed, and the person who runs it looks at them before committing.
 */
class StylePreviewsTest {
    /**
     * A pixel differs when a channel moves by more than this (of 255), and the page differs when
     * more than {@link #MAX_DIFFERING} of its pixels do. Measured: with Marlin anti-aliasing at 16
     * sub-pixel columns instead of its 256, at most 66 pixels of a style's page moved that far;
     * modern's accent turned from teal to wine moved 5,810, classic's side margins half a
     * millimetre wider 51,284, ats's body at 10.6pt instead of 10.5pt 71,289. Classic's navy
     * headings in dark green moved only 65: one dark colour for another on thin text passes.
     */
    private static final int CHANNEL_TOLERANCE = 32;
    /** About 100 pixels at 72 dpi, two glyphs. */
    private static final double MAX_DIFFERING = 0.0002;
    private static final Path OUT = Path.of("target/snapshots");
    private static final String REGENERATE = "mvn -B -q -o test -Dtest=StylePreviewsTest -Dgolden.update=true";

    private static final Resume EXAMPLE = Pipeline.read(Pipeline.example());

    static List<String> styles() {
        return new StyleLoader().available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void pageOneLooksAsItsPreview(String style) throws IOException {
        BufferedImage actual = pageOne(Pipeline.render(EXAMPLE, style, "pdf").bytes());
        Path preview = preview(style);
        if (Boolean.getBoolean("golden.update")
                && (!Files.exists(preview) || PictureDiff.of(PagePicture.read(preview), actual, 0).differing() > 0)) {
            PagePicture.write(actual, preview);
        }
        assertTrue(Files.exists(preview), preview + " is missing; make it with " + REGENERATE);
        assertLooksAs(preview, actual, style);
    }

    /** The second PDF engine paints the same pages, sidebar panels and rules included. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void theOpenPdfEngineLooksTheSame(String style) throws IOException {
        assertLooksAs(preview(style), pageOne(Pipeline.render(EXAMPLE, style, "pdf-openpdf").bytes()),
                style + "-openpdf");
    }

    /** The tolerance forgives anti-aliasing, not a visible change: these must all fail. */
    @Test
    void aVisibleChangeIsCaught() throws StyleException {
        assertChanged("modern", new StyleOverrides(Optional.empty(), Optional.of("#7A1F3D"), Optional.empty()));
        // classic's own margins are 17mm 19mm, ats's body 10.5pt.
        assertChanged("classic", new StyleOverrides(Optional.of(StyleOverrides.parseMargins("17mm 19.5mm")),
                Optional.empty(), Optional.empty()));
        assertChanged("ats", new StyleOverrides(Optional.empty(), Optional.empty(),
                Optional.of(StyleOverrides.parseBodySize("10.6"))));
    }

    private static void assertChanged(String style, StyleOverrides overrides) throws StyleException {
        byte[] pdf = Pipeline.render(new Composer().compose(EXAMPLE, new StyleLoader().load(style, overrides)), "pdf")
                .bytes();
        PictureDiff diff = PictureDiff.of(PagePicture.read(preview(style)), pageOne(pdf), CHANNEL_TOLERANCE);
        assertTrue(diff.fraction() > MAX_DIFFERING, style + " with " + overrides + " passed as unchanged: "
                + diff.differing() + " pixels differ");
    }

    private static void assertLooksAs(Path preview, BufferedImage actual, String name) throws IOException {
        BufferedImage expected = PagePicture.read(preview);
        PictureDiff diff = PictureDiff.of(expected, actual, CHANNEL_TOLERANCE);
        List<Path> pictures = List.of(OUT.resolve(name + "-expected.png"), OUT.resolve(name + "-actual.png"),
                OUT.resolve(name + "-diff.png"));
        for (Path stale : pictures) {
            Files.deleteIfExists(stale);
        }
        if (diff.fraction() <= MAX_DIFFERING) {
            return;
        }
        Files.createDirectories(OUT);
        Files.copy(preview, pictures.get(0));
        PagePicture.write(actual, pictures.get(1));
        PagePicture.write(diff.picture(), pictures.get(2));
        throw new AssertionError(String.format(Locale.ROOT,
                "page 1 of %s in %s differs from %s: %d pixels (%.3f %%, at most %.3f %% may move by more than %d/255"
                        + " in a channel); the pictures are %s (differences in red in the last). If the change is"
                        + " meant, regenerate the previews with %s and look at them before committing.",
                Pipeline.example(), name, preview, diff.differing(), 100 * diff.fraction(), 100 * MAX_DIFFERING,
                CHANNEL_TOLERANCE, pictures.stream().map(Path::toString).toList(), REGENERATE));
    }

    private static BufferedImage pageOne(byte[] pdf) {
        return PagePicture.render(pdf, 0);
    }

    private static Path preview(String style) {
        return Path.of("layouts", style, "preview.png");
    }
}
