package org.backpropfx.ui.tinker;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A dialog that grows with its content: a JavaFX dialog keeps the size it opened with, so a message that
 * appears beside a field squeezed every label to "Learning rat…", and a layer added to the network pushed
 * the Close button out of sight. After each layout the dialog's window is made as large as its content asks,
 * never smaller than it is (a size the user chose stays) and never beyond the screen it is on.
 */
public final class DialogGrowth {
    private DialogGrowth() {
    }

    /** Lets {@code dialog} grow with its content from when it is shown. */
    public static void follow(Dialog<?> dialog) {
        dialog.setOnShown(e -> {
            Scene scene = dialog.getDialogPane().getScene();
            if (scene != null) scene.addPostLayoutPulseListener(() -> grow(dialog.getDialogPane(), scene));
        });
    }

    /** Grows the window of {@code scene} until {@code pane} has its preferred size; returns whether it grew. */
    static boolean grow(DialogPane pane, Scene scene) {
        Window window = scene.getWindow();
        if (window == null || !window.isShowing()) return false;
        double wantWidth = Math.ceil(pane.prefWidth(-1));
        double wantHeight = Math.ceil(pane.prefHeight(Math.max(wantWidth, scene.getWidth())));
        double moreWidth = wantWidth - scene.getWidth();
        double moreHeight = wantHeight - scene.getHeight();
        if (moreWidth < 1 && moreHeight < 1) return false;
        Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        if (moreWidth >= 1) {
            window.setWidth(Math.min(window.getWidth() + moreWidth, screen.getWidth()));
            if (window.getX() + window.getWidth() > screen.getMaxX()) window.setX(Math.max(screen.getMinX(), screen.getMaxX() - window.getWidth()));
        }
        if (moreHeight >= 1) {
            window.setHeight(Math.min(window.getHeight() + moreHeight, screen.getHeight()));
            if (window.getY() + window.getHeight() > screen.getMaxY()) window.setY(Math.max(screen.getMinY(), screen.getMaxY() - window.getHeight()));
        }
        return true;
    }
}
