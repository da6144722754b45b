package org.backpropfx.ui.lecture;

import java.util.Objects;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Presenter mode gives the menu bar's row to the network; F10 or the mouse at the top edge brings the
 * bar back for as long as it is used. It goes again when its menu closes and the mouse has left it.
 */
final class MenuBarReveal {
    /** How close to the top edge the mouse must come, in pixels. */
    static final double EDGE = 3;
    /** How far below the bar the mouse may wander before the bar goes again. */
    static final double SLACK = 24;

    private final MenuBar bar;
    private final PresenterMode presenter;
    private final PresenterMode.Panel panel;

    private final EventHandler<KeyEvent> keys = this::key;
    private final EventHandler<MouseEvent> moves = this::moved;

    MenuBarReveal(MenuBar bar, PresenterMode presenter, PresenterMode.Panel panel) {
        this.bar = Objects.requireNonNull(bar, "bar");
        this.presenter = Objects.requireNonNull(presenter, "presenter");
        this.panel = Objects.requireNonNull(panel, "panel");
        bar.sceneProperty().addListener((o, was, now) -> moveTo(was, now));
        moveTo(null, bar.getScene());
        for (Menu m : bar.getMenus()) m.setOnHidden(e -> menuClosed());
        bar.getMenus().addListener((ListChangeListener<Menu>) c -> {
            for (Menu m : bar.getMenus()) m.setOnHidden(e -> menuClosed());
        });
    }

    /** Whether the bar is shown for the moment. */
    boolean isRevealed() { return panel.revealedProperty().get(); }

    /** Whether one of the bar's menus is open. */
    boolean isMenuOpen() {
        for (Menu m : bar.getMenus()) if (m.isShowing()) return true;
        return false;
    }

    /** Brings the bar back and opens its first menu, as F10 does in a desktop app. */
    void reveal() {
        if (!presenter.isActive()) return;
        panel.revealedProperty().set(true);
        if (!bar.getMenus().isEmpty()) bar.getMenus().get(0).show();
    }

    void conceal() { panel.revealedProperty().set(false); }

    /**
     * Whether a menu closed during the event being handled now. An open menu closes on Esc before the
     * window sees that Esc (the popup passes it on to its owner), and the same Esc must not end the talk.
     */
    boolean menuClosedJustNow() { return closedJustNow; }

    private boolean closedJustNow;

    private void menuClosed() {
        closedJustNow = true;
        // The key that closed the menu is passed on within this same event dispatch; after it, forget. The bar
        // is judged then too: walking the bar with the arrows closes one menu before it opens the next.
        Platform.runLater(() -> {
            closedJustNow = false;
            concealUnlessInUse();
        });
    }

    private void concealUnlessInUse() {
        if (!isMenuOpen() && !bar.isHover()) conceal();
    }

    private void moveTo(Scene was, Scene now) {
        if (was != null) {
            was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            was.removeEventFilter(MouseEvent.MOUSE_MOVED, moves);
        }
        if (now != null) {
            now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            now.addEventFilter(MouseEvent.MOUSE_MOVED, moves);
        }
    }

    private void key(KeyEvent e) {
        if (!presenter.isActive()) return;
        if (e.getCode() == KeyCode.ESCAPE && (isMenuOpen() || isRevealed())) {
            // Seen before the window's own keys: Esc closes the menu (then the bar), never the talk with it.
            if (isMenuOpen()) {
                for (Menu m : bar.getMenus()) m.hide();
            } else {
                conceal();
            }
            e.consume();
            return;
        }
        if (e.getCode() != KeyCode.F10) return;
        if (isRevealed()) {
            for (Menu m : bar.getMenus()) m.hide();
            conceal();
        } else {
            reveal();
        }
        e.consume();
    }

    private void moved(MouseEvent e) {
        if (!presenter.isActive()) return;
        if (!isRevealed() && e.getSceneY() <= EDGE) {
            panel.revealedProperty().set(true);
        } else if (isRevealed() && !isMenuOpen() && e.getSceneY() > bar.getHeight() + SLACK) {
            conceal();
        }
    }
}
