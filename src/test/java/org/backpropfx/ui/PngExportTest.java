package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.function.DoubleFunction;

import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.ui.network.NetworkView;
import org.backpropfx.ui.chart.LossPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** PNG exports are drawn afresh at the chosen scale, without the selection, with the user's permissions. */
@ExtendWith(ApplicationExtension.class)
class PngExportTest {
    private LessonSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        MainWindowFixture opened = MainWindowFixture.show(stage, TestLessons.xor());
        session = opened.session();
        window = opened.window();
    }

    @Test
    void theNetworkAtTwiceItsSizeHasNoSelectionColour(FxRobot robot, @TempDir Path dir) throws Exception {
        NetworkView view = robot.lookup("#networkView").queryAs(NetworkView.class);
        robot.interact(() -> session.selectionProperty().set(new NetworkElement.Weight(2, 0, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        Color accent = onFx(() -> view.accentColorProperty().get());
        // On screen the selected edge is drawn in the accent colour: the test can tell.
        Image screen = onFx(() -> view.snapshot(new SnapshotParameters(), null));
        assertThat(pixelsOf(screen, accent)).isGreaterThan(20);

        File file = dir.resolve("network.png").toFile();
        export(view::printImage, 2, file);
        BufferedImage png = ImageIO.read(file);
        assertThat(png.getWidth()).isEqualTo(2 * (int) screen.getWidth());
        assertThat(png.getHeight()).isEqualTo(2 * (int) screen.getHeight());
        assertThat(pixelsOf(png, accent)).isZero();
        assertThat(onFx(() -> session.selectionProperty().get())).isEqualTo(new NetworkElement.Weight(2, 0, 1));
        assertUsualPermissions(dir, file.toPath());

        File four = dir.resolve("network-4.png").toFile();
        export(view::printImage, 4, four);
        assertThat(ImageIO.read(four).getWidth()).isEqualTo(4 * (int) screen.getWidth());
    }

    @Test
    void everyPlotExportsAtTheChosenScale(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> {
            for (int k = 0; k < 40; k++) session.stepForward();
        });
        WaitForAsyncUtils.waitForFxEvents();
        LossPlot loss = onFx(() -> window.plots().lossCurves().shownPlot());
        for (int scale : PngExport.SCALES) {
            File file = dir.resolve("loss-" + scale + ".png").toFile();
            export(loss::printImage, scale, file);
            BufferedImage png = ImageIO.read(file);
            double canvasWidth = onFx(() -> loss.printImage(1).getWidth());
            double canvasHeight = onFx(() -> loss.printImage(1).getHeight());
            assertThat(png.getWidth()).isEqualTo(scale * (int) canvasWidth);
            assertThat(png.getHeight()).isEqualTo(scale * (int) canvasHeight);
        }
        assertThat(onFx(() -> window.exports().scaleProperty().get())).isEqualTo(PngExport.DEFAULT_SCALE);
    }

    private static void export(DoubleFunction<Image> picture, int scale, File file) throws Exception {
        Exception[] failure = new Exception[1];
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                PngExport.save(picture, scale, file);
            } catch (Exception e) {
                failure[0] = e;
            }
        }).get();
        if (failure[0] != null) throw failure[0];
    }

    private static int pixelsOf(Image image, Color colour) {
        PixelReader reader = image.getPixelReader();
        int found = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) if (near(reader.getArgb(x, y), colour)) found++;
        }
        return found;
    }

    private static int pixelsOf(BufferedImage image, Color colour) {
        int found = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if (near(image.getRGB(x, y), colour)) found++;
        }
        return found;
    }

    /** Within 5 of 255 in each channel: the colour itself, not a blend of it with the background. */
    private static boolean near(int argb, Color colour) {
        return Math.abs(((argb >> 16) & 255) - colour.getRed() * 255) < 5
                && Math.abs(((argb >> 8) & 255) - colour.getGreen() * 255) < 5
                && Math.abs((argb & 255) - colour.getBlue() * 255) < 5;
    }

    private static void assertUsualPermissions(Path dir, Path file) throws Exception {
        if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) return;
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("any-new-file")));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(usual);
    }
}
