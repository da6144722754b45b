package org.backpropfx.session;

/**
 * The thread that owns the session's properties, and its display pulse. In the app this is the
 * JavaFX application thread ({@link FxUiThread}); tests may drive a hand-made one without a window.
 */
public interface UiThread {

    /** Runs {@code action} on this thread, later. */
    void post(Runnable action);

    /**
     * Calls {@code action} on this thread once per display frame until the returned handle is closed.
     * Must be called on this thread.
     */
    FrameCallback everyFrame(Runnable action);

    /** A running per-frame callback. */
    interface FrameCallback {
        /** Stops the callbacks; must be called on the UI thread. */
        void stop();
    }
}
