package org.backpropfx.ui.lecture;

import java.util.Objects;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.backpropfx.ui.prefs.Theme;

/**
 * Keeps the theme on everything the main window opens. The window node itself carries the theme's
 * stylesheets; so does its scene, because menus, tooltips and popups copy their owner scene's
 * stylesheets when they show; and so does every dialog and tool window owned by the window's stage,
 * which would otherwise stay in JavaFX's own light colours.
 */
final class ThemedWindows {
    private final Node window;
    private final ObservableValue<Theme> theme;

    ThemedWindows(Node window, ObservableValue<Theme> theme) {
        this.window = Objects.requireNonNull(window, "window");
        this.theme = Objects.requireNonNull(theme, "theme");
        window.sceneProperty().addListener((o, was, scene) -> applyAll());
        // Weakly referenced windows are not needed: the list only holds windows that are showing.
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (isOurs(w)) apply(w.getScene());
                }
            }
        });
        theme.addListener((o, was, now) -> applyAll());
    }

    /** Applies the current theme to the window, its scene and every open window it owns. */
    void applyAll() {
        current().applyTo(nodeSheets());
        Scene scene = window.getScene();
        if (scene != null) apply(scene);
        for (Window w : Window.getWindows()) {
            if (isOurs(w) && (scene == null || w != scene.getWindow())) apply(w.getScene());
        }
    }

    private ObservableList<String> nodeSheets() {
        return ((Parent) window).getStylesheets();
    }

    private void apply(Scene scene) {
        if (scene != null) current().applyTo(scene.getStylesheets());
    }

    private Theme current() {
        return theme.getValue() == null ? Theme.LIGHT : theme.getValue();
    }

    /** Whether the window is one the main window opened: its owner chain reaches the main stage. */
    private boolean isOurs(Window w) {
        Window main = window.getScene() == null ? null : window.getScene().getWindow();
        if (main == null) return false;
        for (Window at = w; at != null; at = owner(at)) {
            if (at == main) return true;
        }
        return false;
    }

    private static Window owner(Window w) {
        if (w instanceof Stage s) return s.getOwner();
        if (w instanceof PopupWindow p) return p.getOwnerWindow();
        return null;
    }
}
