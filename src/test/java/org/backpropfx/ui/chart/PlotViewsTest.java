package org.backpropfx.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.backpropfx.engine.Activation;
import org.backpropfx.engine.Backprop;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.GradientCheck;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.plot.DecisionMap;
import org.backpropfx.plot.LossHistory;
import org.backpropfx.plot.OperatingPoint;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.backpropfx.ui.FxThreadErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The four plots in one headless window, driven through plain JavaFX properties as the main window drives them. */
@ExtendWith(ApplicationExtension.class)
class PlotViewsTest {
    private static final DataSet XOR = new DataSet(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}},
            new double[][] {{0}, {1}, {1}, {0}});

    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();
    private final ObjectProperty<NetworkElement> selection = new SimpleObjectProperty<>();
    private final ObjectProperty<Notation> notation = new SimpleObjectProperty<>(Notation.GRADIENT);
    private final IntegerProperty digits = new SimpleIntegerProperty(4);
    private final LossHistory training = new LossHistory();
    private final LossHistory test = new LossHistory();
    private final FxThreadErrors errors = new FxThreadErrors();

    private Network initial;
    private Stepper stepper;
    private LossPlot loss;
    private ActivationPlot activation;
    private WeightSlicePlot slice;
    private DecisionMapView map;

    @Start
    void start(Stage stage) {
        errors.collectOnThisThread();
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 3, 1);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, 21);
        initial = network.copy();
        stepper = new Stepper(new Trainer(network, XOR, TrainingSettings.plain(0.5)));
        snapshot.set(stepper.snapshot());

        loss = new LossPlot("epoch", notation, digits, LossSeries.training(training), LossSeries.test(test));
        activation = new ActivationPlot(snapshot, selection, notation);
        slice = new WeightSlicePlot(snapshot, selection, () -> XOR, notation, digits);
        map = new DecisionMapView(snapshot, () -> XOR);
        GridPane grid = new GridPane();
        grid.add(loss, 0, 0);
        grid.add(activation, 1, 0);
        grid.add(slice, 0, 1);
        grid.add(map, 1, 1);
        stage.setScene(new Scene(grid, 900, 620));
        stage.show();
    }

    @AfterEach
    void noErrorsOnTheFxThread() {
        errors.assertNone();
    }

    private static void awaitRedraw(IntSupplier count, int before) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> count.getAsInt() > before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyViewDrawsAndRedrawsWhenItsInputChanges(FxRobot robot) throws Exception {
        for (PlotCanvas view : List.of(loss, activation, slice, map)) awaitRedraw(view::redrawCount, 0);

        int a = activation.redrawCount(), s = slice.redrawCount(), m = map.redrawCount();
        robot.interact(() -> snapshot.set(stepper.stepForward()));
        awaitRedraw(activation::redrawCount, a);
        awaitRedraw(slice::redrawCount, s);
        awaitRedraw(map::redrawCount, m);

        a = activation.redrawCount();
        s = slice.redrawCount();
        robot.interact(() -> selection.set(new NetworkElement.Weight(2, 0, 1)));
        awaitRedraw(activation::redrawCount, a);
        awaitRedraw(slice::redrawCount, s);
        assertThat(slice.slice()).isNotNull();

        int l = loss.redrawCount();
        training.append(0.25); // as the training thread would: no property changes
        robot.interact(loss::requestRedraw);
        awaitRedraw(loss::redrawCount, l);
        assertThat(loss.drawnPointCount()).isEqualTo(1);

        l = loss.redrawCount();
        robot.interact(() -> loss.logScaleProperty().set(true));
        awaitRedraw(loss::redrawCount, l);

        s = slice.redrawCount();
        robot.interact(() -> notation.set(Notation.MIT));
        awaitRedraw(slice::redrawCount, s);
    }

    @Test
    void theLossPlotMakesRoomForItsWidestLabel(FxRobot robot) throws Exception {
        awaitRedraw(loss::redrawCount, 0);
        int l = loss.redrawCount();
        // A diverging sample's loss: labels such as "1.2501×10¹¹" need more than the usual margin.
        training.append(1.25e11);
        robot.interact(loss::requestRedraw);
        awaitRedraw(loss::redrawCount, l);
        PlotArea area = onFx(loss::drawnArea);
        assertThat(area).isNotNull();
        Collection<String> labels = onFx(area::yLabels);
        assertThat(labels).isNotEmpty().allSatisfy(label -> assertThat(label).contains("10"));
        for (String label : labels) {
            double width = onFx(() -> TextWidth.of(label, PlotStyle.LABEL));
            assertThat(width + 4).as(label + " fits in front of the axis").isLessThanOrEqualTo(area.left);
        }
    }

    @Test
    void activationPlotMarksTheNeuronsNetInputsAndOutputs(FxRobot robot) throws Exception {
        awaitRedraw(activation::redrawCount, 0);
        int first = activation.redrawCount();
        robot.interact(() -> {
            stepper.stepForward();
            snapshot.set(stepper.stepForward()); // forward through both layers
            selection.set(new NetworkElement.Neuron(1, 2));
        });
        awaitRedraw(activation::redrawCount, first);

        // The same forward pass, done here from a copy of the starting weights.
        double[] net1 = new double[3], out1 = new double[3], net2 = new double[1], out2 = new double[1];
        Backprop.forwardLayer(initial.layer(1), XOR.input(0), net1, out1);
        Backprop.forwardLayer(initial.layer(2), out1, net2, out2);

        List<OperatingPoint> points = activation.plottedPoints();
        assertThat(activation.shownActivation()).isEqualTo(Activation.SIGMOID);
        assertThat(points).hasSize(3);
        for (int j = 0; j < 3; j++) {
            OperatingPoint p = points.get(j);
            assertThat(p.layer()).isEqualTo(1);
            assertThat(p.neuron()).isEqualTo(j);
            assertThat(p.net()).isEqualTo(net1[j]);
            assertThat(p.out()).isEqualTo(out1[j]);
            assertThat(p.derivative()).isEqualTo(out1[j] * (1 - out1[j]));
        }

        int before = activation.redrawCount();
        robot.interact(() -> activation.allLayersProperty().set(true));
        awaitRedraw(activation::redrawCount, before);
        points = activation.plottedPoints();
        assertThat(points).hasSize(4);
        assertThat(points.get(3).net()).isEqualTo(net2[0]);
        assertThat(points.get(3).out()).isEqualTo(out2[0]);
    }

    @Test
    void saturatedNeuronsAreFlagged(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stepper.edit(n -> n.layer(1).setBias(1, 9.0));
            snapshot.set(stepper.stepForward());
            selection.set(null);
        });
        awaitRedraw(activation::redrawCount, 0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> activation.plottedPoints().size() == 3);
        OperatingPoint hot = activation.plottedPoints().get(1);
        assertThat(hot.out()).isGreaterThan(0.99);
        assertThat(hot.saturated()).isTrue();
        assertThat(activation.plottedPoints().get(0).saturated()).isFalse();
    }

    @Test
    void weightSlicePlotsTangentSlopeIsTheBackpropGradientOfTheSample(FxRobot robot) throws Exception {
        robot.interact(() -> selection.set(new NetworkElement.Weight(1, 1, 0)));
        robot.interact(() -> snapshot.set(stepper.selectSample(2)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> slice.slice() != null
                && slice.slice().parameter().equals(new NetworkElement.Weight(1, 1, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        var entries = GradientCheck.check(initial, Loss.HALF_SSE, XOR.input(2), XOR.target(2), GradientCheck.DEFAULT_STEP);
        var entry = entries.stream().filter(e -> e.layer() == 1 && e.neuron() == 1 && e.input() == 0).findFirst().orElseThrow();
        assertThat(slice.slice().slope()).isCloseTo(entry.backprop(), within(1e-12));
        assertThat(slice.slice().slope()).isCloseTo(entry.numerical(), within(1e-6 * Math.abs(entry.backprop())));

        int before = slice.redrawCount();
        robot.interact(() -> slice.wholeSetProperty().set(true));
        awaitRedraw(slice::redrawCount, before);
        double sum = 0;
        for (int s = 0; s < XOR.size(); s++) sum += initial.loss(XOR.input(s), XOR.target(s), Loss.HALF_SSE);
        assertThat(slice.slice().currentError()).isCloseTo(sum, within(1e-15));
    }

    @Test
    void decisionMapColoursAreTheNetworksOutputsThroughItsColourMap(FxRobot robot) throws Exception {
        awaitRedraw(map::redrawCount, 0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.colourMap() != null);
        DecisionMap grid = map.map();
        int[] colours = map.colours();
        for (int s = 0; s < XOR.size(); s++) {
            int c = grid.nearestColumn(XOR.input(s)[0]);
            int r = grid.nearestRow(XOR.input(s)[1]);
            double expected = initial.predict(new double[] {grid.x(c), grid.y(r)})[0];
            assertThat(colours[r * grid.columns() + c]).isEqualTo(map.colourMap().argb(expected));
        }
    }

    @Test
    void lossPlotChoosesLogBeyondTwoDecadesAndTheCrossHairReadsTheEpochUnderThePointer(FxRobot robot) throws Exception {
        for (int k = 0; k < 500; k++) {
            training.append(0.25 * Math.pow(10, -k / 100.0));
            test.append(0.3 * Math.pow(10, -k / 120.0));
        }
        int before = loss.redrawCount();
        robot.interact(loss::requestRedraw);
        awaitRedraw(loss::redrawCount, before);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> loss.logScaleProperty().get()));

        // The pointer at epoch 250 of 1 … 500.
        double width = onFx(() -> loss.canvas().getWidth()) - 60 - 12;
        robot.interact(() -> loss.pointAt(60 + 249.0 / 499.0 * width));
        WaitForAsyncUtils.waitForFxEvents();
        SignificantFormat format = new SignificantFormat(4);
        assertThat(onFx(loss::pointerReadout)).containsExactly("epoch 250:", "training " + format.format(training.get(249)),
                "test " + format.format(test.get(249)));
        robot.interact(() -> loss.pointAt(Double.NaN));
        assertThat(onFx(loss::pointerReadout)).isNull();

        // Once the user picks linear, it stays linear however wide the range.
        robot.interact(() -> {
            loss.autoScaleProperty().set(false);
            loss.logScaleProperty().set(false);
        });
        training.append(1e-9);
        before = loss.redrawCount();
        robot.interact(loss::requestRedraw);
        awaitRedraw(loss::redrawCount, before);
        assertThat(onFx(() -> loss.logScaleProperty().get())).isFalse();
    }

    @Test
    void lossPlotStaysLinearWithinTwoDecades(FxRobot robot) throws Exception {
        for (int k = 0; k < 300; k++) training.append(0.25 - k * 0.0008);
        int before = loss.redrawCount();
        robot.interact(loss::requestRedraw);
        awaitRedraw(loss::redrawCount, before);
        assertThat(onFx(() -> loss.logScaleProperty().get())).isFalse();
    }

    @Test
    void lossPlotDrawsAMillionEpochsWithAtMostTwoPointsPerPixel(FxRobot robot) throws Exception {
        for (int k = 0; k < 1_000_000; k++) training.append(1.0 / (1 + k) + (k % 97) * 1e-4);
        int before = loss.redrawCount();
        robot.interact(loss::requestRedraw);
        awaitRedraw(loss::redrawCount, before);
        assertThat(loss.drawnPointCount()).isGreaterThan(100).isLessThanOrEqualTo(2 * (int) loss.getWidth());
    }

    @Test
    void exportWritesThePlotAsPng(FxRobot robot, @TempDir Path dir) throws Exception {
        awaitRedraw(map::redrawCount, 0);
        File file = dir.resolve("map.png").toFile();
        Exception[] failure = new Exception[1];
        robot.interact(() -> {
            try {
                PlotExport.toPng(map, file);
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        assertThat(failure[0]).isNull();
        BufferedImage image = ImageIO.read(file);
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(map.getWidth()));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(map.getHeight()));
        assertThat(image.getRGB(image.getWidth() - 2, image.getHeight() - 2)).isEqualTo(0xFFFFFFFF);
    }
}
