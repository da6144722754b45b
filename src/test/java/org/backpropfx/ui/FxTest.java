package org.backpropfx.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.backpropfx.ui.matrix.MatrixView;
import org.backpropfx.ui.network.NetworkView;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests share: reading on the JavaFX thread, waiting for a condition, and showing a root at 1280×720. */
public final class FxTest {
    private FxTest() {
    }

    /** The query's answer, read on the JavaFX thread; fails the test if it takes over ten seconds. */
    public static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Waits until the condition, read on the JavaFX thread, holds; fails the test, naming what was awaited,
     * if it does not within thirty seconds. The one way window tests wait: never for a fixed time.
     */
    public static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError(what + ": not within 30 s");
        }
    }

    /**
     * Waits until the network view has drawn the current state whole. Hit tests and the queries on what is
     * drawn where read the picture last painted, which lags a change until the next pulse.
     */
    public static NetworkView drawn(NetworkView view) {
        waitUntil("the network view draws the current state", view::isPictureComplete);
        return view;
    }

    /** Waits until the matrix view shows the current phase's sheet, painted with the current marks. */
    public static MatrixView painted(MatrixView view) {
        waitUntil("the matrix view paints the current phase", view::isPaintedUpToDate);
        return view;
    }

    /** Shows the root in the test stage at 1280×720, the projector size. */
    public static void show(Stage stage, Parent root) {
        stage.setScene(new Scene(root, 1280, 720));
        // The shared test stage keeps the size an earlier test gave it unless told to fit this scene.
        stage.sizeToScene();
        stage.show();
    }
}
