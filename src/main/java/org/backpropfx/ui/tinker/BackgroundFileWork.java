package org.backpropfx.ui.tinker;

import org.backpropfx.session.i18n.Texts;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Reads files on one thread of its own, one after another in the order asked, and hands each outcome
 * back on the JavaFX thread. While a job runs, {@link #activityProperty()} says what it is doing, for
 * the window to show.
 */
public final class BackgroundFileWork implements FileWork {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "file reading");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    /** Jobs submitted whose outcome has not been handed back yet; JavaFX thread only. */
    private int pending;

    @Override
    public <T> void submit(String doing, Job<T> job, Consumer<Outcome<T>> done) {
        pending++;
        activity.set(doing);
        thread.execute(() -> {
            Outcome<T> read;
            try {
                read = Outcome.of(job);
            } catch (OutOfMemoryError e) {
                read = new Outcome<>(null, new java.io.IOException(Texts.get("files.noMemory")));
            }
            Outcome<T> outcome = read;
            Platform.runLater(() -> {
                if (--pending == 0) activity.set("");
                done.accept(outcome);
            });
        });
    }

    @Override
    public boolean isIdle() { return pending == 0; }

    /** "Opening big.json …" while a file is read, else "". */
    public ReadOnlyStringProperty activityProperty() { return activity.getReadOnlyProperty(); }
}
