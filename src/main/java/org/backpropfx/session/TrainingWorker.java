package org.backpropfx.session;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

import org.backpropfx.engine.TrainingDivergedException;
import org.backpropfx.stepper.Stepper;

/**
 * Continuous training on a thread of its own. While it runs it alone drives the stepper; the UI thread
 * only reads the latest {@link Progress} it publishes, and takes the stepper back after {@link #stopAndJoin()}.
 *
 * <p>Up to {@link #PHASE_BY_PHASE_LIMIT} phases per second it steps phase by phase, so that every phase
 * can be seen. Faster, it trains whole samples on the fast path in chunks sized to take about
 * {@link #TARGET_CHUNK_NANOS}: short enough that a stop request is honoured within a frame, long
 * enough that recording the chunk's last sample costs little.
 */
final class TrainingWorker implements Runnable {
    /** Above this many phases per second single phases could not be seen anyway: train whole samples. */
    static final double PHASE_BY_PHASE_LIMIT = 60.0;
    static final long TARGET_CHUNK_NANOS = 8_000_000L;
    /** Longest sleep between looks at the stop flag and the speed. */
    private static final long MAX_PARK_NANOS = 5_000_000L;
    private static final long MAX_CHUNK = 1L << 24;
    /** Longest a chunk goes on unrecorded while the UI has not taken the last progress (a slow frame). */
    static final long MAX_UNSHOWN_NANOS = 100_000_000L;

    private final Stepper stepper;
    private final DoubleSupplier phasesPerSecond;
    private final AtomicReference<Progress> latest;
    private final LossLog losses;
    private final Consumer<TrainingWorker> onEnd;
    /** Samples to train at full speed before stopping by itself; {@link Long#MAX_VALUE} to run until stopped. */
    private final long sampleLimit;
    private long samplesDone;
    private volatile boolean stopRequested;
    private volatile RuntimeException failure;
    private Thread thread;

    /**
     * @param phasesPerSecond read between steps; {@link Double#POSITIVE_INFINITY} for full speed
     * @param latest where each new state is published, replacing any the UI thread has not taken yet
     * @param losses where completed epochs (and samples stepped phase by phase) are recorded, from this thread
     * @param onEnd called on the training thread when it ends, for whatever reason
     */
    TrainingWorker(Stepper stepper, DoubleSupplier phasesPerSecond, AtomicReference<Progress> latest, LossLog losses,
                   Consumer<TrainingWorker> onEnd) {
        this(stepper, phasesPerSecond, latest, losses, onEnd, Long.MAX_VALUE);
    }

    /** A worker that trains {@code samples} samples at full speed, then ends. */
    static TrainingWorker forSamples(Stepper stepper, long samples, AtomicReference<Progress> latest, LossLog losses,
                                     Consumer<TrainingWorker> onEnd) {
        return new TrainingWorker(stepper, () -> Double.POSITIVE_INFINITY, latest, losses, onEnd, samples);
    }

    private TrainingWorker(Stepper stepper, DoubleSupplier phasesPerSecond, AtomicReference<Progress> latest,
                           LossLog losses, Consumer<TrainingWorker> onEnd, long sampleLimit) {
        this.losses = Objects.requireNonNull(losses);
        this.sampleLimit = sampleLimit;
        this.stepper = Objects.requireNonNull(stepper);
        this.phasesPerSecond = Objects.requireNonNull(phasesPerSecond);
        this.latest = Objects.requireNonNull(latest);
        this.onEnd = Objects.requireNonNull(onEnd);
    }

    void start() {
        thread = new Thread(this, "backpropfx-training");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the thread to stop after its current chunk and waits until it has: the stepper is free again. */
    void stopAndJoin() {
        stopRequested = true;
        LockSupport.unpark(thread);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** Whether it trained every sample it was given (read after it ended). */
    boolean reachedLimit() { return samplesDone >= sampleLimit; }

    /** What ended the run, or null if it was stopped or reached its sample limit. */
    RuntimeException failure() { return failure; }

    @Override
    public void run() {
        try {
            loop();
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            onEnd.accept(this);
        }
    }

    private void loop() {
        long chunk = 1;
        long lastPhaseAt = Long.MIN_VALUE;
        double rateSamplesPerSecond = 0.0;
        long rateStart = 0;
        long rateDone = 0;
        while (!stopRequested && samplesDone < sampleLimit) {
            double speed = phasesPerSecond.getAsDouble();
            long now = System.nanoTime();
            if (speed <= PHASE_BY_PHASE_LIMIT) {
                rateSamplesPerSecond = 0.0;
                long period = (long) (1e9 / speed);
                if (lastPhaseAt != Long.MIN_VALUE && now - lastPhaseAt < period) {
                    LockSupport.parkNanos(Math.min(period - (now - lastPhaseAt), MAX_PARK_NANOS));
                    continue;
                }
                stepper.stepForward();
                losses.stepped(stepper);
                lastPhaseAt = now;
                publish();
                continue;
            }
            long samples = Math.min(chunk, sampleLimit - samplesDone);
            if (!Double.isInfinite(speed)) {
                double samplesPerSecond = speed / stepper.snapshot().phases().size();
                if (samplesPerSecond != rateSamplesPerSecond) {
                    rateSamplesPerSecond = samplesPerSecond;
                    rateStart = now;
                    rateDone = 0;
                }
                long due = (long) ((now - rateStart) * 1e-9 * samplesPerSecond) - rateDone;
                if (due <= 0) {
                    LockSupport.parkNanos(Math.min((long) (1e9 / samplesPerSecond), MAX_PARK_NANOS));
                    continue;
                }
                samples = Math.min(due, chunk);
            }
            long started = System.nanoTime();
            long trained = runChunk(samples, Double.isInfinite(speed), started);
            long took = System.nanoTime() - started;
            rateDone += trained;
            samplesDone += trained;
            if (samples == chunk) chunk = nextChunk(chunk, took / (trained / samples));
            publish();
        }
    }

    /**
     * Trains {@code samples} samples, and at full speed ({@code mayGoOn}) further blocks of as many while the
     * UI thread has not yet taken the progress published last: it would not see a sample recorded meanwhile,
     * so only the chunk's last one is recorded, about one per frame instead of one every
     * {@link #TARGET_CHUNK_NANOS}. If a sample diverges, ends at the last sample that did not.
     *
     * @return the samples trained
     */
    private long runChunk(long samples, boolean mayGoOn, long started) {
        long[] blocks = {1};
        BooleanSupplier more = () -> {
            boolean goOn = mayGoOn && !stopRequested && latest.get() != null
                    && System.nanoTime() - started < MAX_UNSHOWN_NANOS
                    && (blocks[0] + 1) * samples <= sampleLimit - samplesDone;
            if (goOn) blocks[0]++;
            return goOn;
        };
        try {
            stepper.runSamples(samples, losses, more);
            return blocks[0] * samples;
        } catch (TrainingDivergedException e) {
            long trained = blocks[0] * samples;
            if (trained == 1) throw e;
            // The stepper is back where the chunk began: redo it one sample at a time up to the culprit.
            for (long k = 0; k < trained; k++) stepper.runSamples(1, losses);
            throw e;
        }
    }

    private static long nextChunk(long chunk, long took) {
        if (took <= 0) return Math.min(chunk * 4, MAX_CHUNK);
        long fitting = (long) ((double) chunk * TARGET_CHUNK_NANOS / took);
        return Math.max(1, Math.min(Math.min(fitting, chunk * 4), MAX_CHUNK));
    }

    private void publish() {
        latest.set(new Progress(stepper.snapshot(), stepper.stateBeforeCurrentSample().lastEpochLoss(), stepper.canStepBack()));
    }
}
