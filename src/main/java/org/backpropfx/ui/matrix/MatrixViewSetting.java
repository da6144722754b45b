package org.backpropfx.ui.matrix;

import javafx.beans.property.BooleanProperty;

import org.backpropfx.ui.prefs.SettingsStore;

/** Whether the matrix view is open is remembered between runs; it starts closed the first time. */
public final class MatrixViewSetting {
    static final String KEY = "view.matrix";

    private MatrixViewSetting() {
    }

    /** Opens the view if it was open when the app last ran, and remembers every change from now on. */
    public static void remember(BooleanProperty shown, SettingsStore store) {
        shown.set("true".equals(store.get(KEY)));
        shown.addListener((obs, old, now) -> {
            store.put(KEY, Boolean.toString(now));
            store.flush();
        });
    }
}
