package org.backpropfx.ui.lecture;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * A layer over the whole window (a blank screen, the shortcut sheet). It is an unmanaged last child of
 * the window's own pane, so it covers everything without changing how the window is built, and follows
 * the window's size.
 */
class Overlay {
    private final Pane host;
    private final Region layer;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");

    Overlay(Pane host, Region layer) {
        this.host = host;
        this.layer = layer;
        layer.setManaged(false);
        host.layoutBoundsProperty().addListener(o -> fit());
        shown.addListener((obs, was, now) -> {
            if (now) {
                host.getChildren().remove(layer);
                host.getChildren().add(layer);
                fit();
                layer.requestFocus();
            } else {
                host.getChildren().remove(layer);
            }
        });
    }

    BooleanProperty shownProperty() { return shown; }

    boolean isShown() { return shown.get(); }

    void show() { shown.set(true); }

    void hide() { shown.set(false); }

    void toggle() { shown.set(!shown.get()); }

    private void fit() {
        if (!shown.get()) return;
        layer.resizeRelocate(0, 0, host.getWidth(), host.getHeight());
        layer.layout();
    }
}
