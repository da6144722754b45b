package org.backpropfx.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import javafx.scene.paint.Color;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The network view's own rasteriser, pixel by pixel, on a white 100 × 60 image. */
class EdgeRasterTest {
    private static final int W = 100;
    private static final int H = 60;
    private static final int WHITE = 0xffffffff;
    private static final Color BLUE = Color.rgb(0, 114, 178);
    private static final int BLUE_ARGB = 0xff0072b2;

    private final int[] pixels = new int[W * H];
    private final EdgeRaster raster = new EdgeRaster();

    EdgeRasterTest() {
        raster.target(pixels, W, H);
        raster.fill(Color.WHITE);
    }

    private int at(int x, int y) { return raster.pixels()[y * W + x]; }

    @Test
    void aHorizontalLineCoversItsRowsWithHalfCoveredEdges() {
        // Centre 20.5, width 2: rows 19.5 to 21.5, so row 20 fully and rows 19 and 21 half.
        raster.line(10, 20.5, 60, 20.5, 2, BLUE, 1.0, false);
        for (int x = 10; x < 60; x++) {
            assertThat(at(x, 20)).as("full row at x " + x).isEqualTo(BLUE_ARGB);
            assertThat(at(x, 19)).as("half row above").isEqualTo(EdgeRaster.mix(WHITE, 0x0000b2, 0x7200, 128));
            assertThat(at(x, 21)).as("half row below").isEqualTo(EdgeRaster.mix(WHITE, 0x0000b2, 0x7200, 128));
            assertThat(at(x, 18)).isEqualTo(WHITE);
            assertThat(at(x, 22)).isEqualTo(WHITE);
        }
        assertThat(at(9, 20)).as("before the start").isEqualTo(WHITE);
        assertThat(at(60, 20)).as("after the end").isEqualTo(WHITE);
    }

    @Test
    void aSteepLineIsAsWideAcrossAsAShallowOne() {
        raster.line(40.5, 5, 40.5, 55, 3, BLUE, 1.0, false);
        int covered = 0;
        for (int x = 35; x < 46; x++) if (at(x, 30) != WHITE) covered++;
        assertThat(at(40, 30)).isEqualTo(BLUE_ARGB);
        assertThat(covered).as("columns touched by a 3 px vertical line centred on a pixel").isEqualTo(3);
    }

    @Test
    void drawingStaysInsideTheClippedColumnsAndTheImage() {
        raster.clipColumns(30, 50);
        raster.line(-20, -10, 140, 80, 4, BLUE, 1.0, false);
        raster.line(0, 10, 99, 50, 4, BLUE, 1.0, true);
        raster.disc(30, 30, 10, Color.GRAY, BLUE, 2, 0, 0);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (x < 30 || x >= 50) assertThat(at(x, y)).as("pixel " + x + ", " + y).isEqualTo(WHITE);
            }
        }
        assertThat(at(40, 34)).as("the first line crosses the strip").isNotEqualTo(WHITE);
    }

    @Test
    void aDiscIsFilledInsideAndOutlinedOnItsCircle() {
        raster.disc(50.5, 30.5, 12, Color.rgb(244, 246, 248), Color.rgb(55, 71, 79), 2, 0, 0);
        assertThat(at(50, 30)).as("centre").isEqualTo(0xfff4f6f8);
        assertThat(at(50 + 12, 30)).as("on the circle").isEqualTo(0xff37474f);
        assertThat(at(50, 30 - 12)).as("on the circle, top").isEqualTo(0xff37474f);
        assertThat(at(50 + 15, 30)).as("outside").isEqualTo(WHITE);
    }

    @Test
    void aDashedOutlineHasGaps() {
        raster.disc(50.5, 30.5, 12, Color.WHITE, Color.BLACK, 1.5, 4, 3);
        int dark = 0;
        int light = 0;
        for (int k = 0; k < 360; k += 2) {
            double a = Math.toRadians(k);
            int p = at((int) (50.5 + 12 * Math.cos(a)), (int) (30.5 + 12 * Math.sin(a)));
            if ((p & 0xff) < 0x60) dark++;
            else if ((p & 0xff) > 0xd0) light++;
        }
        assertThat(dark).as("dashes").isGreaterThan(40);
        assertThat(light).as("gaps").isGreaterThan(25);
    }

    @Test
    void blendingIsWithinOneStepOfExactForEveryChannel() {
        Random random = new Random(3);
        for (int k = 0; k < 200_000; k++) {
            int dst = 0xff000000 | random.nextInt(1 << 24);
            int src = random.nextInt(1 << 24);
            int coverage = random.nextInt(257);
            int mixed = EdgeRaster.mix(dst, src & 0xff00ff, src & 0xff00, coverage);
            assertThat(mixed >>> 24).isEqualTo(0xff);
            for (int shift = 0; shift < 24; shift += 8) {
                int d = (dst >> shift) & 0xff;
                int s = (src >> shift) & 0xff;
                double exact = d + (s - d) * coverage / 256.0;
                assertThat((double) ((mixed >> shift) & 0xff)).isCloseTo(exact, Offset.offset(1.0));
            }
        }
    }

    @Test
    void edgesPaintedFromTheirCoverageLookAsIfDrawnInTheirColoursWithinAFewSteps() {
        // Sixty crossing lines of both signs, solid and dashed, over a white image with a grey band, drawn
        // once directly in their colours and once as coverage recoloured in the same colours.
        Color positive = Color.rgb(0, 114, 178);
        Color negative = Color.rgb(230, 159, 0);
        Color band = Color.rgb(238, 242, 246);
        Random random = new Random(11);
        double[][] lines = new double[60][];
        for (int k = 0; k < lines.length; k++) {
            lines[k] = new double[] {random.nextDouble() * W, random.nextDouble() * H, random.nextDouble() * W,
                    random.nextDouble() * H, 0.8 + random.nextDouble() * 3, random.nextBoolean() ? 1 : 0,
                    random.nextInt(4) == 0 ? 1 : 0};
        }
        raster.fillRect(20, 0, 30, H, band);
        for (double[] l : lines) raster.line(l[0], l[1], l[2], l[3], l[4], l[5] > 0 ? positive : negative, 1.0, l[6] > 0);
        int[] direct = raster.pixels();

        int[] coverage = new int[W * H];
        EdgeRaster covering = new EdgeRaster();
        covering.target(coverage, W, H);
        covering.fill(Color.BLACK);
        for (double[] l : lines) {
            covering.line(l[0], l[1], l[2], l[3], l[4], l[5] > 0 ? EdgeRaster.POSITIVE_COVERAGE
                    : EdgeRaster.NEGATIVE_COVERAGE, 1.0, l[6] > 0);
        }
        raster.fill(Color.WHITE);
        raster.fillRect(20, 0, 30, H, band);
        raster.paintCoverage(coverage, positive, negative);
        int[] recoloured = raster.pixels();
        // Both round to whole steps at every line drawn over a pixel, in different places: where several
        // lines cross, the two may differ by a few steps of 255, and on average by much less than one.
        long total = 0;
        for (int k = 0; k < direct.length; k++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                int a = (direct[k] >> shift) & 0xff;
                int b = (recoloured[k] >> shift) & 0xff;
                assertThat(Math.abs(a - b)).as("pixel %d, %d, channel at bit %d", k % W, k / W, shift)
                        .isLessThanOrEqualTo(5);
                total += Math.abs(a - b);
            }
            assertThat(recoloured[k] >>> 24).isEqualTo(0xff);
        }
        assertThat(total / (3.0 * direct.length)).as("mean difference per channel").isLessThan(0.5);
    }

    @Test
    void theBackdropInOnePassIsTheBackgroundTheBandAndTheCoverageInThreePixelForPixel() {
        Random random = new Random(3);
        int[] coverage = new int[W * H];
        EdgeRaster covering = new EdgeRaster();
        covering.target(coverage, W, H);
        covering.fill(Color.BLACK);
        for (int k = 0; k < 80; k++) {
            covering.line(random.nextDouble() * W, random.nextDouble() * H, random.nextDouble() * W,
                    random.nextDouble() * H, 0.8 + random.nextDouble() * 3,
                    random.nextBoolean() ? EdgeRaster.POSITIVE_COVERAGE : EdgeRaster.NEGATIVE_COVERAGE, 1.0,
                    random.nextInt(4) == 0);
        }
        Color background = Color.rgb(30, 33, 38);
        Color bandColour = Color.rgb(52, 58, 66);
        double[] band = {20.4, 5.6, 30.2, 40.3};
        // Two colourings, with the band and without, so that the kept tables are used again.
        Color[][] colourings = {{BLUE, Color.rgb(230, 159, 0)}, {Color.rgb(86, 180, 233), Color.rgb(240, 228, 66)}};
        for (int round = 0; round < 4; round++) {
            Color positive = colourings[round % 2][0];
            Color negative = colourings[round % 2][1];
            int[] threePasses = new int[W * H];
            int[] onePass = new int[W * H];
            Arrays.fill(threePasses, 0xff123456);
            Arrays.fill(onePass, 0xff123456);
            EdgeRaster reference = new EdgeRaster();
            reference.target(threePasses, W, H);
            reference.clipColumns(13, 71);
            boolean banded = round < 2;
            reference.fill(background);
            if (banded) reference.fillRect(band[0], band[1], band[2], band[3], bandColour);
            reference.paintCoverage(coverage, positive, negative);
            raster.target(onePass, W, H);
            raster.clipColumns(13, 71);
            raster.paintBackdrop(coverage, background, banded ? band : null, bandColour, positive, negative);
            assertThat(onePass).as("round %d", round).isEqualTo(threePasses);
            assertThat(onePass[5 * W + 12]).as("left of the clip, untouched").isEqualTo(0xff123456);
            assertThat(onePass[5 * W + 71]).as("right of the clip, untouched").isEqualTo(0xff123456);
        }
    }
}
