package org.backpropfx.ui.lecture;

import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * Blacks out the window, as a presenter's B key does in slide software, so the room looks at the
 * speaker. Any key or a click brings the picture back; that key does nothing else.
 */
public final class BlankScreen {
    public static final String STYLE_CLASS = "blank-screen";

    private final Overlay overlay;

    public BlankScreen(Pane window) {
        StackPane black = new StackPane();
        black.setId("blankScreen");
        black.getStyleClass().add(STYLE_CLASS);
        black.setOnMouseClicked(e -> hide());
        overlay = new Overlay(window, black);
    }

    public boolean isBlanked() { return overlay.isShown(); }

    public void toggle() { overlay.toggle(); }

    public void hide() { overlay.hide(); }

    /** While blank, takes every key: a press restores the picture. Returns whether it took the event. */
    public boolean intercept(KeyEvent event) {
        boolean typed = event.getEventType() == KeyEvent.KEY_TYPED;
        if (!overlay.isShown()) {
            // The character of the key that restored the picture is not a command of its own.
            boolean swallow = typed && restoringKeyTyped;
            restoringKeyTyped = false;
            return swallow;
        }
        if (event.getEventType() == KeyEvent.KEY_PRESSED) {
            overlay.hide();
            restoringKeyTyped = true;
        }
        return true;
    }

    private boolean restoringKeyTyped;
}
