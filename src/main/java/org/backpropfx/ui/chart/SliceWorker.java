package org.backpropfx.ui.chart;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.engine.DataSet;
import org.backpropfx.plot.SnapshotNetwork;
import org.backpropfx.plot.WeightSlice;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;

/**
 * Finds the weight slice a plot should show without ever holding up a frame. A slice that costs less
 * than {@link #IN_PLACE_WORK} is computed at once on the JavaFX thread. A dearer one — the whole set of
 * a big lesson takes from a fraction of a second to minutes — goes to one background thread, and
 * meanwhile the plot shows the newest finished slice of the same weight and data.
 *
 * <p>Only the newest request matters, and at most one computation is in flight: while training runs
 * the snapshot changes every frame, so requests are never queued. A computation for an older snapshot
 * of the same question runs to its end (otherwise none would ever finish during training), and the
 * newest request is started when the plot redraws after it. One for another weight, scope or data set
 * is abandoned at once, as nobody will look at it.
 *
 * <p>Every method is called on the JavaFX thread; only {@link Request#compute} runs elsewhere.
 */
final class SliceWorker {
    /**
     * Work units ({@link WeightSlice#estimatedWork}, about a nanosecond each) a slice may cost on the JavaFX
     * thread: about a millisecond here, which leaves room for slower machines within ~2 ms of a frame.
     */
    static final long IN_PLACE_WORK = 1_000_000;

    private static final Executor BACKGROUND = background();

    /** A slice asked for: of {@code element} at {@code snapshot}, on {@code data} or (data null) on the snapshot's sample. */
    record Request(Snapshot snapshot, NetworkElement element, DataSet data) {
        Request {
            Objects.requireNonNull(snapshot, "snapshot");
            Objects.requireNonNull(element, "element");
        }

        /** The same curve, possibly at another step. Identity for data sets: they are immutable, and an edit makes a new one. */
        boolean sameQuestion(Request other) {
            return other != null && element.equals(other.element) && data == other.data;
        }

        /** Exactly this request: snapshots are immutable, so the same object means the same weights. */
        boolean sameAs(Request other) { return sameQuestion(other) && snapshot == other.snapshot; }

        long work() {
            int[] sizes = new int[snapshot.layerCount() + 1];
            for (int l = 0; l < sizes.length; l++) sizes[l] = snapshot.size(l);
            return WeightSlice.estimatedWork(sizes, data == null ? 1 : data.size(), WeightSlice.DEFAULT_POINTS);
        }

        /** Reads only immutable inputs, so it may run on any thread. */
        Result compute(BooleanSupplier abandoned) {
            try {
                WeightSlice slice = data == null
                        ? WeightSlice.onSample(SnapshotNetwork.inForce(snapshot), element, snapshot.input(),
                                snapshot.target(), snapshot.settings(), WeightSlice.DEFAULT_POINTS, abandoned)
                        : WeightSlice.onDataSet(SnapshotNetwork.inForce(snapshot), element, data, snapshot.settings(),
                                WeightSlice.DEFAULT_POINTS, abandoned);
                return new Result(this, slice, null);
            } catch (IllegalArgumentException e) {
                return new Result(this, null, e.getMessage());
            }
        }
    }

    /** A finished request: its slice, or why it has none. */
    record Result(Request request, WeightSlice slice, String problem) {}

    /** One background computation; abandoned when its curve would no longer be shown. */
    private static final class Job {
        final Request request;
        volatile boolean abandoned;

        Job(Request request) { this.request = request; }
    }

    private final Runnable resultArrived;
    private final AtomicInteger computedOnFxThread = new AtomicInteger();
    private final AtomicInteger computedInBackground = new AtomicInteger();
    private Result latest;
    private Job running;

    /** @param resultArrived called on the JavaFX thread when a background computation ends, to redraw */
    SliceWorker(Runnable resultArrived) {
        this.resultArrived = Objects.requireNonNull(resultArrived, "resultArrived");
    }

    /**
     * What to draw for {@code request}: its own result if it is ready or cheap, else the newest finished
     * result of the same question (its snapshot is then an older one), else null while the first is computed.
     */
    Result show(Request request) {
        // An older step of the same curve is still worth finishing (during training nothing newer ever
        // would); another curve is not.
        if (running != null) running.abandoned = !running.request.sameQuestion(request);
        if (latest != null && latest.request().sameAs(request)) return latest;
        if (request.work() <= IN_PLACE_WORK) {
            cancel(); // its older result must not replace this one
            latest = compute(request, () -> false);
            return latest;
        }
        if (running == null) start(request);
        return latest != null && latest.request().sameQuestion(request) ? latest : null;
    }

    /** True while a background computation runs whose result will be shown. */
    boolean busy() { return running != null && !running.abandoned; }

    /** Drops the computation in flight: the plot no longer shows a slice. */
    void cancel() {
        if (running != null) running.abandoned = true;
    }

    /** Slices computed on the JavaFX thread so far: for tests. */
    int computedOnFxThread() { return computedOnFxThread.get(); }

    /** Slices computed in the background so far: for tests. */
    int computedInBackground() { return computedInBackground.get(); }

    private void start(Request request) {
        Job job = new Job(request);
        running = job;
        BACKGROUND.execute(() -> run(job));
    }

    /** On the background thread. Always reports back, or the plot would wait for this job forever. */
    private void run(Job job) {
        Result result = null;
        RuntimeException failure = null;
        try {
            result = compute(job.request, () -> job.abandoned);
        } catch (CancellationException e) {
            // abandoned: there is nothing to show
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            Result done = result;
            RuntimeException failed = failure;
            Platform.runLater(() -> finished(job, done, failed));
        }
    }

    private void finished(Job job, Result result, RuntimeException failure) {
        if (running == job) running = null;
        if (failure != null) {
            latest = new Result(job.request, null, Texts.get("plot.failed", failure.getMessage()));
            Thread thread = Thread.currentThread();
            thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
        } else if (result != null && !job.abandoned) {
            latest = result;
        }
        // Redraw even after an abandoned job: the redraw asks for the request that is current now.
        resultArrived.run();
    }

    /** Counts where slices are computed, so that tests can tell the JavaFX thread did none of the dear ones. */
    private Result compute(Request request, BooleanSupplier abandoned) {
        Result result = request.compute(abandoned);
        (Platform.isFxApplicationThread() ? computedOnFxThread : computedInBackground).incrementAndGet();
        return result;
    }

    private static Executor background() {
        // One thread shared by every plot, so slices never take more than one core from training and
        // drawing; it ends when idle, so an idle window keeps no thread.
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    Thread thread = new Thread(work, "backpropfx-weight-slice");
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
