package org.backpropfx.ui.prefs;

import java.net.URL;
import java.util.List;
import java.util.Objects;

import javafx.collections.ObservableList;

/**
 * The window's colour schemes. {@code themes/base.css} holds every colour rule once, in looked-up
 * colours ({@code -bp-text}, {@code -bp-selected}, …); each theme is a small file that only names those
 * colours. Sizes stay in the structural stylesheets, so a theme never changes the layout.
 */
public enum Theme {
    LIGHT("light", "Light"),
    DARK("dark", "Dark"),
    HIGH_CONTRAST("high-contrast", "High contrast");

    /** The colour rules every theme shares. */
    public static final String BASE = "themes/base.css";

    private final String id;
    private final String title;

    Theme(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The name stored in the preferences, e.g. "high-contrast". */
    public String id() { return id; }

    /** The name in the View &gt; Theme menu. */
    public String title() { return title; }

    /** The stylesheet's resource name, next to this class. */
    public String resourceName() { return "themes/" + id + ".css"; }

    /** The file naming this theme's colours. */
    public URL stylesheet() { return resource(resourceName()); }

    /** The shared colour rules. */
    public static URL baseStylesheet() { return resource(BASE); }

    /** The stylesheets that colour a scene or node in this theme: the shared rules, then the colours. */
    public List<String> stylesheets() {
        return List.of(baseStylesheet().toExternalForm(), stylesheet().toExternalForm());
    }

    /** The theme with that id, or the light one for anything unknown (an old or edited preference). */
    public static Theme byId(String id) {
        for (Theme t : values()) if (t.id.equals(id)) return t;
        return LIGHT;
    }

    /** Replaces whichever theme is in {@code stylesheets} by this one, keeping it last so it wins. */
    public void applyTo(ObservableList<String> stylesheets) {
        stylesheets.remove(baseStylesheet().toExternalForm());
        for (Theme t : values()) stylesheets.remove(t.stylesheet().toExternalForm());
        stylesheets.addAll(stylesheets());
    }

    private static URL resource(String name) {
        return Objects.requireNonNull(Theme.class.getResource(name), name);
    }
}
