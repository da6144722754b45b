package org.backpropfx.ui.plot;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Objects;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * Saves any node (a plot, the network view) as a PNG file. The pixels go from JavaFX's snapshot into
 * a {@link BufferedImage} by hand and are written with {@link ImageIO}, so no Swing bridge is needed.
 */
public final class PlotExport {
    private PlotExport() {}

    /**
     * Writes what {@code node} shows, at its current size, to {@code file} as PNG. Must be called on the
     * JavaFX application thread.
     *
     * @throws IOException naming the file when it cannot be written
     */
    public static void toPng(Node node, File file) throws IOException {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(file, "file");
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a PNG export must run on the JavaFX application thread");
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage image = node.snapshot(parameters, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        if (w == 0 || h == 0) throw new IOException("nothing to save in " + file + ": the view has no size yet");
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, pixels, 0, w);
        try {
            if (!ImageIO.write(out, "png", file)) throw new IOException("no PNG writer available for " + file);
        } catch (IOException e) {
            throw new IOException("could not save the picture to " + file + ": " + e.getMessage(), e);
        }
    }
}
