package org.backpropfx.session;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.backpropfx.engine.Classification;
import org.backpropfx.engine.ConfusionMatrix;
import org.backpropfx.engine.DataSet;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.plot.SnapshotNetwork;
import org.backpropfx.stepper.Snapshot;

/**
 * How the network classifies the lesson's samples at the step shown: the confusion matrix of the training
 * samples and of the test samples, and so both accuracies, with the weights in force at that step.
 *
 * <p>Counting runs a forward pass per sample, so it grows with the data: it never runs on the UI thread.
 * Each new step shown asks for a count; one background thread counts the newest request only (steps shown
 * while it counts replace each other) and hands the result to the UI thread. After each count it rests four
 * times as long as the count took, so that on a small machine it takes at most a fifth of a core from live
 * training, and the counts still follow training several times a second.
 *
 * <p>Only a classification lesson is counted (see {@link Classification#isClassification}); for any other
 * {@link #countsProperty()} holds null.
 */
public final class ClassCounts {
    /** How much longer than a count the counting thread rests after it. */
    static final int REST_FACTOR = 4;
    /** The longest rest, so that a very large set still updates now and then. */
    static final long MAX_REST_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private static final ExecutorService BACKGROUND = background();

    /**
     * One count: the step it is for, and the confusion matrices of the training and the test samples (test
     * null without test samples).
     */
    public record Counts(Snapshot snapshot, ConfusionMatrix training, ConfusionMatrix test) {
        public Counts {
            Objects.requireNonNull(snapshot, "snapshot");
            Objects.requireNonNull(training, "training");
        }

        /** The share of training samples classified right. */
        public double trainingAccuracy() { return training.accuracy(); }

        /** The share of test samples classified right; NaN without test samples. */
        public double testAccuracy() { return test == null ? Double.NaN : test.accuracy(); }
    }

    private record Request(long generation, Snapshot snapshot, DataSet training, DataSet test) {}

    private final UiThread ui;
    private final ReadOnlyBooleanWrapper classification = new ReadOnlyBooleanWrapper(this, "classification");
    private final ReadOnlyObjectWrapper<Counts> counts = new ReadOnlyObjectWrapper<>(this, "counts");
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicBoolean counting = new AtomicBoolean();
    /** Bumped whenever the samples counted change: counts of older samples are dropped when they arrive. */
    private long generation;
    private DataSet countedTraining;
    private DataSet countedTest;
    private Snapshot requested;

    ClassCounts(UiThread ui) {
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** Whether the lesson is one of classes, so that counts are kept. */
    public ReadOnlyBooleanProperty classificationProperty() { return classification.getReadOnlyProperty(); }

    public boolean isClassification() { return classification.get(); }

    /**
     * The newest finished count: of the step shown or, while a count is on its way, of a recent one. Null for
     * a lesson that is not one of classes, and after a change of samples until the first count of the new ones.
     */
    public ReadOnlyObjectProperty<Counts> countsProperty() { return counts.getReadOnlyProperty(); }

    public Counts getCounts() { return counts.get(); }

    /** Whether the counts are those of {@code snapshot} exactly. */
    public boolean isCountOf(Snapshot snapshot) {
        Counts c = counts.get();
        return c != null && c.snapshot() == snapshot;
    }

    /** A step is shown (on the UI thread): asks for its count. */
    void show(Snapshot snapshot, Lesson lesson) {
        DataSet training = lesson.data();
        DataSet test = lesson.testData();
        if (training != countedTraining || test != countedTest) {
            generation++;
            countedTraining = training;
            countedTest = test;
            counts.set(null);
            classification.set(Classification.isClassification(training, snapshot.size(snapshot.layerCount()))
                    && (test == null || Classification.isClassification(test, snapshot.size(snapshot.layerCount()))));
        }
        if (!classification.get() || snapshot == requested) return;
        requested = snapshot;
        pending.set(new Request(generation, snapshot, training, test));
        if (counting.compareAndSet(false, true)) BACKGROUND.execute(this::countPending);
    }

    /** On the counting thread: counts the newest request until none is left. */
    private void countPending() {
        while (true) {
            Request request = pending.getAndSet(null);
            if (request == null) {
                counting.set(false);
                // A request that came in after the look above but before the flag was cleared is counted too.
                if (pending.get() == null || !counting.compareAndSet(false, true)) return;
                continue;
            }
            long started = System.nanoTime();
            Counts result;
            try {
                result = count(request);
            } catch (RuntimeException e) {
                // A network that no longer fits its samples (an edit under way): that step has no count.
                continue;
            }
            long took = System.nanoTime() - started;
            ui.post(() -> arrived(request, result));
            LockSupport.parkNanos(Math.min(MAX_REST_NANOS, REST_FACTOR * took));
        }
    }

    private static Counts count(Request request) {
        var network = SnapshotNetwork.inForce(request.snapshot());
        ConfusionMatrix training = Classification.confusion(network, request.training());
        ConfusionMatrix test = request.test() == null ? null : Classification.confusion(network, request.test());
        return new Counts(request.snapshot(), training, test);
    }

    private void arrived(Request request, Counts result) {
        if (request.generation() != generation) return;
        counts.set(result);
    }

    private static ExecutorService background() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "backpropfx-class-counts");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
