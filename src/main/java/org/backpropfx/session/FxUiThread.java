package org.backpropfx.session;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** The JavaFX application thread: {@link Platform#runLater} and an {@link AnimationTimer} for the pulse. */
public final class FxUiThread implements UiThread {
    public static final FxUiThread INSTANCE = new FxUiThread();

    private FxUiThread() {
    }

    @Override
    public void post(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public FrameCallback everyFrame(Runnable action) {
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                action.run();
            }
        };
        timer.start();
        return timer::stop;
    }
}
