package org.backpropfx.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The application icon at the sizes desktops ask for (drawn by assets/icon/DrawIcon.java). */
public final class AppIcon {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static List<Image> images;

    private AppIcon() {
    }

    /** Gives the stage the icon, for its title bar, the task bar and the window switcher. */
    public static void addTo(Stage stage) {
        stage.getIcons().setAll(images());
    }

    static synchronized List<Image> images() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>();
            for (int size : SIZES) {
                try (InputStream in = AppIcon.class.getResourceAsStream("icons/backpropfx-" + size + ".png")) {
                    if (in != null) loaded.add(new Image(in));
                } catch (IOException e) {
                    // A missing icon size only costs the desktop some sharpness; the window opens regardless.
                }
            }
            images = List.copyOf(loaded);
        }
        return images;
    }
}
