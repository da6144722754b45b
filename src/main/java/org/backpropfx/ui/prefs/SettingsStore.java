package org.backpropfx.ui.prefs;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Where the window keeps what it remembers between runs. The app uses the user's preferences; tests
 * use {@link #inMemory()}, so they never read or change a real user's settings.
 */
public interface SettingsStore {
    /** The stored value, or null. */
    String get(String key);

    void put(String key, String value);

    /** Writes pending changes out, where the store buffers them. */
    default void flush() {}

    /** The user's preferences under {@code org/backpropfx}. */
    static SettingsStore userPreferences() {
        return of(Preferences.userRoot().node("org/backpropfx"));
    }

    static SettingsStore of(Preferences node) {
        return new SettingsStore() {
            @Override public String get(String key) { return node.get(key, null); }

            @Override public void put(String key, String value) { node.put(key, value); }

            @Override public void flush() {
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    // Not remembering a window size is no reason to fail closing the app.
                }
            }
        };
    }

    static SettingsStore inMemory() {
        Map<String, String> map = new HashMap<>();
        return new SettingsStore() {
            @Override public String get(String key) { return map.get(key); }

            @Override public void put(String key, String value) { map.put(key, value); }
        };
    }
}
