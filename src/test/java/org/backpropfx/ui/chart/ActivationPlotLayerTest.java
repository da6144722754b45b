package org.backpropfx.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.backpropfx.ui.FxTest.onFx;
import static org.backpropfx.ui.FxTest.waitUntil;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.notation.Notation;
import org.backpropfx.plot.OperatingPoint;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The activation plot of a 2-4-3 network, tanh then softmax: with nothing selected it follows the layer
 * being stepped, and a softmax layer gets each output's own curve, a_j against z_j with the others fixed,
 * never the logistic curve as if it were the layer's function.
 */
@ExtendWith(ApplicationExtension.class)
class ActivationPlotLayerTest {
    private static final DataSet DATA = new DataSet(new double[][] {{0.3, -0.8}, {1.2, 0.4}},
            new double[][] {{1, 0, 0}, {0, 0, 1}});
    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();
    private final ObjectProperty<NetworkElement> selection = new SimpleObjectProperty<>();
    private final ObjectProperty<Notation> notation = new SimpleObjectProperty<>(Notation.GRADIENT);
    private Stepper stepper;
    private ActivationPlot plot;

    @Start
    void start(Stage stage) {
        Network network = new Network(new int[] {2, 4, 3}, new Activation[] {Activation.TANH, Activation.SOFTMAX},
                BiasMode.TRAINABLE);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.5, 11);
        stepper = new Stepper(new Trainer(network, DATA,
                new TrainingSettings(0.5, 0, BatchMode.ONLINE, 1, Loss.CROSS_ENTROPY)));
        snapshot.set(stepper.snapshot());
        plot = new ActivationPlot(snapshot, selection, notation);
        stage.setScene(new Scene(new StackPane(plot), 640, 480));
        stage.show();
    }

    private void show(Snapshot s) {
        int before = onFx(plot::redrawCount);
        onFx(() -> {
            snapshot.set(s);
            return null;
        });
        waitUntil("the plot redraws", () -> plot.redrawCount() > before);
    }

    @Test
    void withNothingSelectedThePlotFollowsTheSteppedLayer() {
        show(onFx(stepper::stepForward));
        assertThat(onFx(plot::shownLayer)).isEqualTo(1);
        assertThat(onFx(plot::shownActivation)).isEqualTo(Activation.TANH);
        assertThat(onFx(plot::plottedPoints)).hasSize(4).allMatch(p -> p.layer() == 1);
        show(onFx(stepper::stepForward));
        assertThat(onFx(plot::shownLayer)).isEqualTo(2);
        assertThat(onFx(plot::shownActivation)).isEqualTo(Activation.SOFTMAX);
        // A selection in another layer takes the plot there.
        int before = onFx(plot::redrawCount);
        onFx(() -> {
            selection.set(new NetworkElement.Neuron(1, 2));
            return null;
        });
        waitUntil("the plot redraws", () -> plot.redrawCount() > before);
        assertThat(onFx(plot::shownLayer)).isEqualTo(1);
    }

    @Test
    void aSoftmaxLayerHasEachOutputsCurveWithTheOthersFixed() {
        onFx(stepper::stepForward);
        Snapshot s = onFx(stepper::stepForward);
        show(s);
        List<ActivationPlot.Curve> curves = onFx(plot::shownCurves);
        assertThat(curves).extracting(ActivationPlot.Curve::neuron).containsExactly(0, 1, 2);
        for (ActivationPlot.Curve c : curves) {
            int j = c.neuron();
            double others = 0;
            for (int k = 0; k < 3; k++) if (k != j) others += Math.exp(s.net(2, k));
            for (int point = 0; point < c.net().length; point += 20) {
                double z = c.net()[point];
                double expected = Math.exp(z) / (Math.exp(z) + others);
                assertThat(c.out()[point]).as("a_%d at z = %s", j, z).isCloseTo(expected, within(1e-12));
                assertThat(c.slope()[point]).isCloseTo(expected * (1 - expected), within(1e-12));
            }
            // The output's own point, from the engine, lies on its curve.
            OperatingPoint p = onFx(plot::plottedPoints).get(j);
            assertThat(p.out()).isEqualTo(s.out(2, j));
            double atPoint = Math.exp(p.net()) / (Math.exp(p.net()) + others);
            assertThat(p.out()).isCloseTo(atPoint, within(1e-12));
        }
        // The logistic curve σ(z) is not among them: the outputs' curves are shifted by ln Σ_{k≠j} e^z_k.
        for (ActivationPlot.Curve c : curves) {
            int middle = c.net().length / 2;
            assertThat(c.net()[middle]).isCloseTo(0.0, within(1e-9));
            assertThat(Math.abs(c.out()[middle] - 0.5)).isGreaterThan(1e-3);
        }
    }
}
