package org.backpropfx.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.plot.SnapshotNetwork;
import org.backpropfx.plot.WeightSlice;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.backpropfx.ui.FxThreadErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole-set curve of a big lesson: computed off the JavaFX thread, for the newest snapshot only, and
 * shown once it is done exactly as a direct computation gives it.
 */
@ExtendWith(ApplicationExtension.class)
class WeightSliceInBackgroundTest {
    /** 2000 samples through a 2-16-16-1 network: some 150 times what a slice may cost on the JavaFX thread. */
    private static final DataSet BIG = samples(2000, 5);
    private static final NetworkElement WEIGHT = new NetworkElement.Weight(2, 3, 7);
    private static final NetworkElement BIAS = new NetworkElement.Bias(1, 4);

    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();
    private final ObjectProperty<NetworkElement> selection = new SimpleObjectProperty<>(WEIGHT);
    private final ObjectProperty<DataSet> data = new SimpleObjectProperty<>(BIG);
    private final FxThreadErrors errors = new FxThreadErrors();
    private Stepper stepper;
    private WeightSlicePlot plot;

    private static DataSet samples(int n, long seed) {
        Random random = new Random(seed);
        double[][] inputs = new double[n][];
        double[][] targets = new double[n][];
        for (int s = 0; s < n; s++) {
            inputs[s] = new double[] {random.nextGaussian(), random.nextGaussian()};
            targets[s] = new double[] {inputs[s][0] * inputs[s][1] > 0 ? 1 : 0};
        }
        return new DataSet(inputs, targets);
    }

    @Start
    void start(Stage stage) {
        errors.collectOnThisThread();
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 16, 16, 1);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, 11);
        stepper = new Stepper(new Trainer(network, BIG, TrainingSettings.plain(0.5)));
        snapshot.set(stepper.snapshot());
        plot = new WeightSlicePlot(snapshot, selection, data::get, null, null);
        stage.setScene(new Scene(plot, 500, 360));
        stage.show();
    }

    @AfterEach
    void noErrorsOnTheFxThread() {
        errors.assertNone();
    }

    private static WeightSlice direct(Snapshot s, NetworkElement element, DataSet set) {
        return WeightSlice.onDataSet(SnapshotNetwork.inForce(s), element, set, s.settings(), WeightSlice.DEFAULT_POINTS);
    }

    private static boolean sameCurve(WeightSlice a, WeightSlice b) {
        if (a == null || b == null || !a.parameter().equals(b.parameter()) || a.size() != b.size()) return false;
        if (a.current() != b.current() || a.currentError() != b.currentError() || a.slope() != b.slope()
                || a.next() != b.next() || a.nextError() != b.nextError()) return false;
        for (int k = 0; k < a.size(); k++) {
            if (a.value(k) != b.value(k) || a.error(k) != b.error(k)) return false;
        }
        return true;
    }

    private void awaitShown(WeightSlice expected) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> sameCurve(plot.slice(), expected));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWholeSetCurveIsComputedOffTheFxThreadAndIsTheDirectComputation(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> plot.slice() != null);
        SliceWorker worker = plot.worker();
        int onFx = worker.computedOnFxThread();
        assertThat(onFx).as("the cheap single-sample curve is drawn at once").isPositive();

        robot.interact(() -> plot.wholeSetProperty().set(true));
        Snapshot s = snapshot.get();
        awaitShown(direct(s, WEIGHT, BIG));

        assertThat(worker.computedOnFxThread()).as("whole-set curves computed on the JavaFX thread").isEqualTo(onFx);
        assertThat(worker.computedInBackground()).isPositive();
    }

    @Test
    void rapidSnapshotChangesStartAtMostOneComputationAndEndOnTheNewest(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> plot.slice() != null);
        SliceWorker worker = plot.worker();
        int onFx = worker.computedOnFxThread();
        int inBackground = worker.computedInBackground();
        Snapshot first = snapshot.get();
        // All in one event, redrawing after every step as training's frames would: the first computation
        // cannot have finished, so every later request has to wait for it instead of piling up behind it.
        robot.interact(() -> {
            plot.wholeSetProperty().set(true);
            for (int k = 0; k < 40; k++) {
                snapshot.set(stepper.finishSample());
                plot.redrawIfDirty();
                assertThat(worker.busy()).isTrue();
            }
        });
        Snapshot last = snapshot.get();
        WeightSlice expected = direct(last, WEIGHT, BIG);
        assertThat(sameCurve(expected, direct(first, WEIGHT, BIG))).as("training moved the curve").isFalse();

        awaitShown(expected);
        // The first snapshot's curve, then the newest one's: the 38 in between were never computed.
        assertThat(worker.computedInBackground() - inBackground).isEqualTo(2);
        assertThat(worker.computedOnFxThread()).isEqualTo(onFx);
    }

    @Test
    void anotherWeightOrDataSetDropsTheComputationInFlight(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> plot.slice() != null);
        DataSet edited = samples(3000, 6); // as a data edit does: a new data set, the old one left intact
        robot.interact(() -> {
            plot.wholeSetProperty().set(true);
            plot.redrawIfDirty();
            selection.set(BIAS);
            data.set(edited);
            snapshot.set(stepper.snapshot());
            plot.redrawIfDirty();
            assertThat(plot.slice()).as("no curve of another weight is shown").isNull();
            assertThat(plot.worker().busy()).as("the first weight's curve is no longer wanted").isFalse();
        });
        awaitShown(direct(snapshot.get(), BIAS, edited));
    }

    @Test
    void goingBackToThisSampleDrawsAtOnceAndDropsTheWholeSetWork(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> plot.slice() != null);
        robot.interact(() -> {
            plot.wholeSetProperty().set(true);
            plot.redrawIfDirty();
            assertThat(plot.worker().busy()).isTrue();
            plot.wholeSetProperty().set(false);
            plot.redrawIfDirty();
            assertThat(plot.worker().busy()).isFalse();
            Snapshot s = snapshot.get();
            WeightSlice sample = WeightSlice.onSample(SnapshotNetwork.inForce(s), WEIGHT, s.input(), s.target(),
                    s.settings(), WeightSlice.DEFAULT_POINTS);
            assertThat(sameCurve(plot.slice(), sample)).isTrue();
        });
    }

    @Test
    void smallLessonsAreSlicedInPlaceAndBigOnesInTheBackground() {
        long budget = SliceWorker.IN_PLACE_WORK;
        assertThat(WeightSlice.estimatedWork(new int[] {2, 2, 1}, 4, WeightSlice.DEFAULT_POINTS)).as("XOR")
                .isLessThanOrEqualTo(budget);
        assertThat(WeightSlice.estimatedWork(new int[] {2, 4, 1}, 48, WeightSlice.DEFAULT_POINTS)).as("two moons")
                .isLessThanOrEqualTo(budget);
        assertThat(WeightSlice.estimatedWork(new int[] {2, 16, 16, 1}, 1, WeightSlice.DEFAULT_POINTS))
                .as("one sample of a mid-sized network").isLessThanOrEqualTo(budget);
        assertThat(WeightSlice.estimatedWork(new int[] {2, 16, 16, 1}, BIG.size(), WeightSlice.DEFAULT_POINTS))
                .as("this test's whole set").isGreaterThan(budget);
        int[] widest = {2, 64, 64, 64, 64, 64, 64, 64, 1};
        assertThat(WeightSlice.estimatedWork(widest, 1, WeightSlice.DEFAULT_POINTS))
                .as("one sample of an 8-layer network of 64").isGreaterThan(budget);
    }
}
