package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the JavaFX thread throws uncaught during a window test (a listener, a pulse), so that the test
 * fails on an error no assertion of its own would have seen.
 */
public final class FxThreadErrors {
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    /** Collects from now on what the current thread throws uncaught: call it in {@code @Start}, on the JavaFX thread. */
    public void collectOnThisThread() {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> errors.add(e));
    }

    /** Fails, printing each, if anything was thrown. */
    public void assertNone() {
        errors.forEach(Throwable::printStackTrace);
        assertThat(errors).isEmpty();
    }
}
