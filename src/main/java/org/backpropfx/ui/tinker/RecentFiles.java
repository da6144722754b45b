package org.backpropfx.ui.tinker;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The lesson files opened or saved last, newest first, remembered across runs in the user's preferences. */
public final class RecentFiles {
    public static final int MAX = 8;
    private static final String KEY = "recent.";

    private final Preferences store;

    public RecentFiles(Preferences store) {
        this.store = store;
    }

    /** The app's own list, in the user's preferences. */
    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("org/backpropfx/recent-files"));
    }

    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (int k = 0; k < MAX; k++) {
            String value = store.get(KEY + k, null);
            if (value == null) break;
            try {
                paths.add(Path.of(value));
            } catch (InvalidPathException e) {
                // A name this system cannot use (the preferences were copied from another one): skip it.
            }
        }
        return paths;
    }

    /** Puts {@code file} first. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> paths = list();
        paths.remove(absolute);
        paths.add(0, absolute);
        write(paths);
    }

    public void remove(Path file) {
        List<Path> paths = list();
        paths.remove(file.toAbsolutePath().normalize());
        write(paths);
    }

    private void write(List<Path> paths) {
        for (int k = 0; k < MAX; k++) {
            if (k < paths.size()) store.put(KEY + k, paths.get(k).toString());
            else store.remove(KEY + k);
        }
        try {
            store.flush();
        } catch (BackingStoreException e) {
            // The list is a convenience: if it cannot be stored it is still right for this run.
        }
    }
}
