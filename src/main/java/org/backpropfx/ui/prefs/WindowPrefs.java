package org.backpropfx.ui.prefs;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import javafx.stage.Screen;
import javafx.stage.Stage;

import org.backpropfx.session.i18n.Language;

/**
 * What the window remembers between runs: its size and place, the theme, the zoom, the panels kept while
 * presenting, the language and the last lesson file.
 */
public final class WindowPrefs {
    public static final String X = "window.x";
    public static final String Y = "window.y";
    public static final String WIDTH = "window.width";
    public static final String HEIGHT = "window.height";
    public static final String MAXIMIZED = "window.maximized";
    public static final String THEME = "theme";
    public static final String LAST_LESSON = "lesson.last";
    public static final String LANGUAGE = "language";
    public static final String ZOOM = "view.zoom";
    /** Followed by a panel's key ("samples-table"): whether it stays while presenting. */
    public static final String PRESENTED = "presenter.panel.";

    private final SettingsStore store;

    public WindowPrefs(SettingsStore store) {
        this.store = store;
    }

    /**
     * Puts the stage where it was last closed. A place no screen shows any more (a projector unplugged
     * since) is ignored, so the window never opens out of sight.
     */
    public void restore(Stage stage) {
        double x = number(X);
        double y = number(Y);
        double w = number(WIDTH);
        double h = number(HEIGHT);
        if (w >= stage.getMinWidth() && h >= stage.getMinHeight() && w > 0 && h > 0) {
            stage.setWidth(w);
            stage.setHeight(h);
        }
        if (!Double.isNaN(x) && !Double.isNaN(y) && w > 0 && h > 0
                && !Screen.getScreensForRectangle(x, y, Math.max(1, w), Math.max(1, h)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        if ("true".equals(store.get(MAXIMIZED))) stage.setMaximized(true);
    }

    /** Remembers the stage's size and place; in full screen only that it was maximized stays as it was. */
    public void save(Stage stage) {
        if (stage.isFullScreen()) return;
        store.put(MAXIMIZED, Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            put(X, stage.getX());
            put(Y, stage.getY());
            put(WIDTH, stage.getWidth());
            put(HEIGHT, stage.getHeight());
        }
        store.flush();
    }

    public Theme theme() { return Theme.byId(store.get(THEME)); }

    public void setTheme(Theme theme) {
        store.put(THEME, theme.id());
        store.flush();
    }

    /** The zoom level (View › Zoom in, Ctrl +), 1 at actual size; 1 until one is chosen. */
    public double zoom() {
        double z = number(ZOOM);
        return Double.isFinite(z) && z > 0 ? z : 1.0;
    }

    public void setZoom(double level) {
        if (!Double.isFinite(level) || level <= 0) return;
        store.put(ZOOM, String.format(Locale.ROOT, "%.3f", level));
        store.flush();
    }

    /**
     * Whether the panel stays on screen while presenting (Lecture › Panels), by the key its title has in
     * the bundles ("samples-table"); empty until the user chose, so the window's default stands.
     */
    public Optional<Boolean> presented(String panelKey) {
        String v = store.get(PRESENTED + panelKey);
        if ("true".equals(v)) return Optional.of(true);
        if ("false".equals(v)) return Optional.of(false);
        return Optional.empty();
    }

    public void setPresented(String panelKey, boolean presented) {
        store.put(PRESENTED + panelKey, Boolean.toString(presented));
        store.flush();
    }

    /** The language chosen under View › Language; the system's until one is chosen. */
    public Language language() { return Language.byId(store.get(LANGUAGE)); }

    public void setLanguage(Language language) {
        store.put(LANGUAGE, language.id());
        store.flush();
    }

    /** The lesson file opened last, if one was and it still exists. */
    public Optional<Path> lastLesson() {
        String stored = store.get(LAST_LESSON);
        if (stored == null || stored.isBlank()) return Optional.empty();
        try {
            Path path = Path.of(stored);
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    public void setLastLesson(Path file) {
        store.put(LAST_LESSON, file.toAbsolutePath().toString());
        store.flush();
    }

    private void put(String key, double value) {
        if (Double.isFinite(value)) store.put(key, String.format(Locale.ROOT, "%.1f", value));
    }

    private double number(String key) {
        String v = store.get(key);
        if (v == null) return Double.NaN;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
