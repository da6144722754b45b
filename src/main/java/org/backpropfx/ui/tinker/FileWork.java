package org.backpropfx.ui.tinker;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Where reading and writing a file runs. In the window it is a thread beside the JavaFX thread, so that
 * a large lesson never freezes the window; in tests, at once. The outcome always comes back on the
 * thread that asked.
 */
public interface FileWork {
    /** Work on a file that may fail; it may tell {@code progress} how far it has come (0 to 1). */
    interface Job<T> {
        T run(DoubleConsumer progress) throws Exception;
    }

    /** What a job gave: its value, or why it failed. */
    record Outcome<T>(T value, Exception failure) {
        static <T> Outcome<T> of(Job<T> job, DoubleConsumer progress) {
            try {
                return new Outcome<>(job.run(progress), null);
            } catch (Exception e) {
                return new Outcome<>(null, e);
            }
        }
    }

    /** Runs {@code job}, described to the user as {@code doing} ("Opening big.json …"), then {@code done}. */
    <T> void submit(String doing, Job<T> job, Consumer<Outcome<T>> done);

    /** Whether the outcome of every job submitted so far has already been handed back. */
    boolean isIdle();

    /** Runs every job at once on the calling thread. */
    FileWork IN_PLACE = new FileWork() {
        @Override public <T> void submit(String doing, Job<T> job, Consumer<Outcome<T>> done) {
            done.accept(Outcome.of(job, fraction -> { }));
        }

        @Override public boolean isIdle() { return true; }
    };
}
