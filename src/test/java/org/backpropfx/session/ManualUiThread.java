package org.backpropfx.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A UI thread the test drives by hand: the test thread is the UI thread, {@link #frame()} one display pulse. */
final class ManualUiThread implements UiThread {
    private final Queue<Runnable> posted = new ConcurrentLinkedQueue<>();
    private final List<Runnable> frameActions = new ArrayList<>();

    @Override
    public void post(Runnable action) {
        posted.add(action);
    }

    @Override
    public FrameCallback everyFrame(Runnable action) {
        frameActions.add(action);
        return () -> frameActions.remove(action);
    }

    /** One pulse: the posted actions, then the per-frame ones. */
    void frame() {
        for (Runnable action; (action = posted.poll()) != null; ) action.run();
        for (Runnable action : List.copyOf(frameActions)) action.run();
    }

    int frameCallbacks() { return frameActions.size(); }
}
