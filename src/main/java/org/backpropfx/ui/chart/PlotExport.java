package org.backpropfx.ui.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.lesson.LessonFiles;

/**
 * Saves a picture (a plot or the network view drawn for print, or any node as on screen) as a PNG file.
 * The pixels go from JavaFX into a {@link BufferedImage} by hand and are encoded with {@link ImageIO}, so no
 * Swing bridge is needed; the file is written whole beside its target and then renamed, with the
 * permissions any new file of the user gets (their umask), like a saved lesson.
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
        requireFxThread();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        toPng(node.snapshot(parameters, null), file);
    }

    /** Writes the image to {@code file} as PNG. */
    public static void toPng(Image image, File file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (image == null || image.getWidth() == 0 || image.getHeight() == 0) {
            throw new IOException(Texts.get("png.noSize", file));
        }
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, pixels, 0, w);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(w * h / 4 + 1024);
        if (!ImageIO.write(out, "png", bytes)) throw new IOException(Texts.get("png.noWriter", file));
        try {
            LessonFiles.writeFile(bytes.toByteArray(), file.toPath());
        } catch (IOException e) {
            throw new IOException(Texts.get("png.writeFailed", file, reason(e)), e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return Texts.get("png.denied");
        if (e instanceof NoSuchFileException) return Texts.get("png.noFolder");
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a PNG export must run on the JavaFX application thread");
        }
    }
}
