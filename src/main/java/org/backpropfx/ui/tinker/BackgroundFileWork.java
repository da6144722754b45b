package org.backpropfx.ui.tinker;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.backpropfx.session.i18n.Texts;

/**
 * Reads and writes files on one thread of its own, one job after another in the order asked, and hands
 * each outcome back on the JavaFX thread. While a job runs, {@link #activityProperty()} says what it is
 * doing and {@link #progressProperty()} how far it has come, for the window to show.
 */
public final class BackgroundFileWork implements FileWork {
    /** The progress of a job that has not said how far it has come. */
    public static final double UNKNOWN = -1;
    /** The smallest change of progress worth a new frame: a hundredth. */
    private static final long STEPS = 100;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "file work");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", UNKNOWN);
    /** Jobs submitted whose outcome has not been handed back yet; JavaFX thread only. */
    private int pending;

    @Override
    public <T> void submit(String doing, Job<T> job, Consumer<Outcome<T>> done) {
        pending++;
        if (pending == 1) activity.set(doing);
        thread.execute(() -> {
            // A job waiting behind another says what it does once its turn comes.
            Platform.runLater(() -> {
                activity.set(doing);
                progress.set(UNKNOWN);
            });
            Outcome<T> read;
            try {
                read = Outcome.of(job, reporter());
            } catch (OutOfMemoryError e) {
                read = new Outcome<>(null, new IOException(Texts.get("files.noMemory")));
            }
            Outcome<T> outcome = read;
            Platform.runLater(() -> {
                if (--pending == 0) {
                    activity.set("");
                    progress.set(UNKNOWN);
                }
                done.accept(outcome);
            });
        });
    }

    /**
     * Passes a job's progress to the JavaFX thread in hundredths: a reader reporting every few kilobytes
     * must not flood the JavaFX thread with a frame for each.
     */
    private DoubleConsumer reporter() {
        AtomicLong shown = new AtomicLong(-1);
        return fraction -> {
            long step = Math.round(Math.max(0, Math.min(1, fraction)) * STEPS);
            if (shown.getAndSet(step) != step) Platform.runLater(() -> progress.set((double) step / STEPS));
        };
    }

    @Override
    public boolean isIdle() { return pending == 0; }

    /** "Opening big.json …" while a file is read, "Saving …" while one is written, else "". */
    public ReadOnlyStringProperty activityProperty() { return activity.getReadOnlyProperty(); }

    /** How far the current job has come, from 0 to 1, or {@link #UNKNOWN}. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
}
