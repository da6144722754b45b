package org.backpropfx.session;

import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Regularisation;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.plot.EditMarks;
import org.backpropfx.plot.LossHistory;
import org.backpropfx.plot.SnapshotNetwork;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The losses of a run, for the loss curves: the training loss of every completed epoch, the test loss
 * every {@link #testEvery()} epochs (when the lesson has test samples), and the loss of every sample
 * stepped through up to its error phase.
 *
 * <p>Written by whichever thread drives the stepper at the time (the UI thread for single steps, the
 * training thread while it runs; the session never lets both drive it at once); read by the plots on
 * the UI thread, which the histories allow. Epoch values are keyed by the epoch's number, so an epoch
 * seen twice (after stepping back, or when a diverging chunk is redone) is recorded once.
 *
 * <p>An epoch counts as completed once the last phase of its last sample is shown: the cursor, not the
 * trainer (which runs one sample ahead of it), decides, so the curve never shows a loss before the
 * student has seen the sample errors it averages.
 */
public final class LossLog implements Stepper.EpochObserver {
    /**
     * The share of training time the test loss may cost at most. A test sample costs about a third of a
     * training sample (a forward pass only), so evaluating every k epochs with k = ⌈test size /
     * (3 · share · training size)⌉ keeps the cost under this share.
     */
    static final double TEST_COST_SHARE = 0.1;
    /**
     * A mean loss over the training samples that costs up to this much work (samples × {@link Stepper#workPerSample()},
     * a nanosecond or two each) is worked out on the UI thread when an edit is made; a dearer one (256 samples
     * of an 8 × 64 network are 8.6 million) on a background thread, its mark added when it is done.
     */
    static final long EDIT_LOSS_WORK_IN_PLACE = 2_000_000L;

    private static final ExecutorService BACKGROUND = background();

    private final LossHistory epochs = new LossHistory();
    private final LossHistory test = new LossHistory();
    private final LossHistory samples = new LossHistory();
    private final LossHistory epochPenalties = new LossHistory();
    private final LossHistory samplePenalties = new LossHistory();
    private final EditMarks epochEdits = new EditMarks();
    private final EditMarks sampleEdits = new EditMarks();
    /** Resets so far: an edit that started a new run adds no mark to the old one. */
    private long runs;
    private long runBeforeEdit = -1;
    private Snapshot snapshotBeforeEdit;
    private double sampleLossBeforeEdit = Double.NaN;
    /** Where a mean loss over the training samples that costs more than a frame is worked out, off the UI thread. */
    private final UiThread ui;
    private DataSet testData;
    private int testEvery = 1;
    /** Epochs completed before the record began (a run restored part-way); the record holds the ones after. */
    private long epochOffset;
    /** Samples trained before the last sample whose loss was recorded; −1 before any. */
    private long lastSampleKey = -1;

    /** A log whose edit marks, when they take long to work out, are added on {@code ui} once they are. */
    LossLog(UiThread ui) {
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** Forgets every value and prepares for a run of {@code lesson} from where {@code stepper} stands. */
    void reset(Lesson lesson, Stepper stepper) {
        epochOffset = stepper.snapshot().epoch();
        epochs.clear();
        test.clear();
        samples.clear();
        epochPenalties.clear();
        samplePenalties.clear();
        lastSampleKey = -1;
        epochEdits.clear();
        sampleEdits.clear();
        runs++;
        testData = lesson.testData();
        testEvery = testData == null ? 1 : testInterval(testData.size(), lesson.data().size());
    }

    static int testInterval(int testSize, int trainingSize) {
        return (int) Math.max(1, Math.ceil(testSize / (3.0 * TEST_COST_SHARE * trainingSize)));
    }

    /** Training loss of epoch k + 1 at position k: one value per completed epoch. */
    public LossHistory epochs() { return epochs; }

    /** Mean test loss after epochs {@code testEvery}, 2·{@code testEvery}, …; empty without test samples. */
    public LossHistory test() { return test; }

    /** Whether the lesson has test samples, so that {@link #test()} fills. */
    public boolean hasTest() { return testData != null; }

    /** Epochs between two test-loss values. */
    public int testEvery() { return testEvery; }

    /** The loss of each sample stepped through to its error phase, in the order they were stepped. */
    public LossHistory samples() { return samples; }

    /**
     * The regularisation penalty λ₂/2·Σw² + λ₁·Σ|w| of the weights at the end of each completed epoch, one value
     * beside each of {@link #epochs()} (0 while λ₁ and λ₂ are 0).
     */
    public LossHistory epochPenalties() { return epochPenalties; }

    /** The penalty of the weights each stepped sample started from, one value beside each of {@link #samples()}. */
    public LossHistory samplePenalties() { return samplePenalties; }

    /**
     * Hand edits that changed the training loss: at the epoch in progress, the mean loss over the training
     * samples of the network as edited.
     */
    public EditMarks epochEdits() { return epochEdits; }

    /** Hand edits that changed the current sample's loss: after the samples stepped so far, that loss as edited. */
    public EditMarks sampleEdits() { return sampleEdits; }

    /** An edit is about to be made: remembers the losses it may change. */
    void beforeEdit(Stepper stepper) {
        runBeforeEdit = runs;
        snapshotBeforeEdit = stepper.snapshot();
        sampleLossBeforeEdit = sampleLoss(stepper);
    }

    /**
     * The edit is made: marks each loss it changed (unless it started a new run, whose curves are empty). The
     * mean loss over the training samples grows with the data: when it costs more than
     * {@link #EDIT_LOSS_WORK_IN_PLACE} both means, before and after, are worked out on a background thread from
     * the two snapshots (immutable), and the mark is added on the UI thread when they are, unless the run has
     * been restarted since.
     */
    void afterEdit(Stepper stepper) {
        if (runBeforeEdit != runs) return;
        runBeforeEdit = -1;
        Snapshot before = snapshotBeforeEdit;
        snapshotBeforeEdit = null;
        Snapshot after = stepper.snapshot();
        DataSet data = stepper.trainer().data();
        double sampleLoss = sampleLoss(stepper);
        if (Double.compare(sampleLoss, sampleLossBeforeEdit) != 0) {
            sampleEdits.add(samples.count() + 1, drawable(sampleLoss));
        }
        long at = epochs.count() + 1;
        if ((long) data.size() * stepper.workPerSample() <= EDIT_LOSS_WORK_IN_PLACE) {
            markEpochEdit(at, meanLoss(before, data), meanLoss(after, data));
            return;
        }
        long run = runs;
        BACKGROUND.execute(() -> {
            double lossBefore;
            double lossAfter;
            try {
                lossBefore = meanLoss(before, data);
                lossAfter = meanLoss(after, data);
            } catch (RuntimeException e) {
                return; // a network that does not fit the samples: no mark, as for a count (see ClassCounts)
            }
            ui.post(() -> {
                if (run == runs) markEpochEdit(at, lossBefore, lossAfter);
            });
        });
    }

    private void markEpochEdit(long at, double lossBefore, double lossAfter) {
        if (Double.compare(lossAfter, lossBefore) != 0) epochEdits.add(at, drawable(lossAfter));
    }

    /** The engine's mean loss over the training samples, with the network in force at the snapshot's step. */
    private static double meanLoss(Snapshot s, DataSet data) {
        return SnapshotNetwork.inForce(s).meanLoss(data, s.settings().loss());
    }

    /** The engine's loss of the current sample with the network in force at the cursor. */
    private static double sampleLoss(Stepper stepper) {
        Snapshot s = stepper.snapshot();
        return SnapshotNetwork.inForce(s).loss(s.input(), s.target(), s.settings().loss());
    }

    /** The trainer completed an epoch on the fast path: its network is that epoch's final one. */
    @Override
    public void epochEnded(Trainer trainer) {
        long done = trainer.epoch() - epochOffset;
        // count(), not size(): size() stops at Integer.MAX_VALUE, which 36 minutes of live training passes.
        if (done == epochs.count() + 1) {
            epochs.append(drawable(trainer.lastEpochLoss()));
            epochPenalties.append(penalty(trainer.network(), trainer.settings()));
            recordTest(done, trainer.network(), trainer.settings().loss());
        }
    }

    /** After a step through phases: the sample's loss once its error is shown, and any epoch it completed. */
    void stepped(Stepper stepper) {
        Snapshot s = stepper.snapshot();
        long key = stepper.stateBeforeCurrentSample().samplesSeen();
        if (s.hasError() && key > lastSampleKey) {
            samples.append(drawable(s.loss()));
            samplePenalties.append(drawable(s.penalty()));
            lastSampleKey = key;
        }
        caughtUp(stepper);
    }

    /** Records the epoch the cursor has just completed, if the record lacks it. */
    void caughtUp(Stepper stepper) {
        Snapshot s = stepper.snapshot();
        // A sample that diverges is not trained: its epoch has not ended, even at its last phase.
        boolean endsEpoch = s.isLastPhase() && s.sample() == s.sampleCount() - 1 && s.divergence() == null;
        long done = s.epoch() + (endsEpoch ? 1 : 0) - epochOffset;
        if (done != epochs.count() + 1) return;
        if (endsEpoch) {
            // The trainer has trained the current sample, the epoch's last: its figures are this epoch's.
            Network network = SnapshotNetwork.inForce(s);
            epochs.append(drawable(stepper.trainer().lastEpochLoss()));
            epochPenalties.append(penalty(network, s.settings()));
            recordTest(done, network, s.settings().loss());
        } else {
            Network network = networkBefore(s);
            epochs.append(drawable(stepper.stateBeforeCurrentSample().lastEpochLoss()));
            epochPenalties.append(penalty(network, s.settings()));
            recordTest(done, network, s.settings().loss());
        }
    }

    private void recordTest(long epoch, Network network, Loss loss) {
        if (testData == null || epoch % testEvery != 0 || epoch / testEvery != test.count() + 1) return;
        test.append(drawable(network.meanLoss(testData, loss)));
    }

    private static double penalty(Network network, TrainingSettings settings) {
        return drawable(Regularisation.penalty(network, settings.l1(), settings.l2()));
    }

    /**
     * A loss that overflowed (the weights still finite, the error beyond double range) is kept as the largest
     * double, so that the curve shows the blow-up and every later epoch keeps its place.
     */
    static double drawable(double loss) {
        return loss >= 0 && loss <= Double.MAX_VALUE ? loss : Double.MAX_VALUE;
    }

    /** The network as it was before the snapshot's sample: the end of the previous epoch when it is the first. */
    private static Network networkBefore(Snapshot s) {
        Network network = SnapshotNetwork.inForce(s);
        for (int l = 1; l <= s.layerCount(); l++) {
            Layer layer = network.layer(l);
            for (int j = 0; j < s.size(l); j++) {
                for (int i = 0; i < s.size(l - 1); i++) layer.setWeight(j, i, s.weightBefore(l, j, i));
                layer.setBias(j, s.biasBefore(l, j));
            }
        }
        return network;
    }

    private static ExecutorService background() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 5,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "backpropfx-edit-losses");
                    t.setDaemon(true);
                    return t;
                });
        // One thread, so the marks come in the order of the edits; it ends when idle.
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
