package org.backpropfx.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

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

    /**
     * Runs display pulses, about one a millisecond, until the condition holds, as the screen would while a
     * training thread works; fails the test if it does not hold within twenty seconds.
     */
    void framesUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("the condition did not hold within 20 s");
            frame();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }
}
