package org.backpropfx.ui.lecture;

import java.net.URL;
import java.util.Objects;

import javafx.collections.ObservableList;

/**
 * The window's colour schemes. Each is a stylesheet that gives every style class of the window its
 * colours; sizes stay in the structural stylesheets, so a theme never changes the layout.
 */
public enum Theme {
    LIGHT("light", "Light"),
    DARK("dark", "Dark"),
    HIGH_CONTRAST("high-contrast", "High contrast");

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

    public URL stylesheet() {
        return Objects.requireNonNull(Theme.class.getResource(resourceName()), resourceName());
    }

    /** The theme with that id, or the light one for anything unknown (an old or edited preference). */
    public static Theme byId(String id) {
        for (Theme t : values()) if (t.id.equals(id)) return t;
        return LIGHT;
    }

    /** Replaces whichever theme is in {@code stylesheets} by this one, keeping it last so it wins. */
    public void applyTo(ObservableList<String> stylesheets) {
        for (Theme t : values()) stylesheets.remove(t.stylesheet().toExternalForm());
        stylesheets.add(stylesheet().toExternalForm());
    }
}
