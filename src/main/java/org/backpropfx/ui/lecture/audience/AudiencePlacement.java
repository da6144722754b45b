package org.backpropfx.ui.lecture.audience;

import java.util.List;
import java.util.Objects;

import javafx.geometry.Rectangle2D;

/**
 * Where the audience window and the presenter console go. With a second screen (a projector) the audience
 * window fills it, full screen, and the console takes the main window's place on the laptop; with one screen
 * both share it side by side, the console on the left with {@link #CONSOLE_SHARE} of the width.
 *
 * @param audience the audience window's bounds
 * @param console the console's bounds
 * @param audienceFullScreen whether the audience window goes full screen (on its own screen only)
 */
public record AudiencePlacement(Rectangle2D audience, Rectangle2D console, boolean audienceFullScreen) {
    /** The console's share of a single screen: room for its texts, the rest for the class. */
    public static final double CONSOLE_SHARE = 0.36;

    public AudiencePlacement {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(console, "console");
    }

    /**
     * @param screens the screens' visual bounds (without task bars), the primary one among them
     * @param primary the primary screen's visual bounds: the laptop, where the lecturer looks
     * @param mainWindow where the main window is now: the console takes its place when there is a projector
     */
    public static AudiencePlacement of(List<Rectangle2D> screens, Rectangle2D primary, Rectangle2D mainWindow) {
        Rectangle2D projector = null;
        for (Rectangle2D s : screens) {
            if (!s.equals(primary)) {
                projector = s;
                break;
            }
        }
        if (projector != null) return new AudiencePlacement(projector, within(mainWindow, primary), true);
        double consoleWidth = Math.round(primary.getWidth() * CONSOLE_SHARE);
        Rectangle2D console = new Rectangle2D(primary.getMinX(), primary.getMinY(), consoleWidth, primary.getHeight());
        Rectangle2D audience = new Rectangle2D(primary.getMinX() + consoleWidth, primary.getMinY(),
                primary.getWidth() - consoleWidth, primary.getHeight());
        return new AudiencePlacement(audience, console, false);
    }

    /** The main window's bounds if they lie on the laptop's screen, else the whole of it. */
    private static Rectangle2D within(Rectangle2D window, Rectangle2D screen) {
        if (window == null || window.getWidth() <= 0 || !screen.contains(window.getMinX() + window.getWidth() / 2,
                window.getMinY() + window.getHeight() / 2)) {
            return screen;
        }
        return window;
    }
}
