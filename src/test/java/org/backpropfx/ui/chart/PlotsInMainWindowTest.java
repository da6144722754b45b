package org.backpropfx.ui.chart;

import static org.backpropfx.ui.FxTest.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.event.Event;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.plot.DecisionMap;
import org.backpropfx.plot.OperatingPoint;
import org.backpropfx.plot.SnapshotNetwork;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.backpropfx.ui.AppMenus;
import org.backpropfx.ui.MainWindow;
import org.backpropfx.ui.MainWindowFixture;
import org.backpropfx.ui.FxThreadErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The plots as they sit in the main window at 1280×720, driven through the session and the keyboard. */
@ExtendWith(ApplicationExtension.class)
class PlotsInMainWindowTest {
    private final Lesson lesson = TestLessons.xor();
    private final FxThreadErrors errors = new FxThreadErrors();
    private LessonSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        errors.collectOnThisThread();
        MainWindowFixture opened = MainWindowFixture.show(stage, lesson);
        session = opened.session();
        window = opened.window();
    }

    @AfterEach
    void noErrorsOnTheFxThread() {
        errors.assertNone();
    }

    @Test
    void theNetworkTheFormulasTheSamplesTheLossCurveAndThePlotTabsAreInViewAt1280By720(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Bounds scene = new BoundingBox(0, 0, 1280, 720);
        for (String id : List.of("#networkView", "#formulaPanel", "#samples", "#lossCurves", "#plotTabs")) {
            assertInView(robot, scene, id);
        }
        // No two of them overlap: the network over the samples and the loss curve, the plots beside.
        Bounds loss = bounds(robot, "#lossCurves");
        Bounds tabs = bounds(robot, "#plotTabs");
        assertThat(bounds(robot, "#samples").getMaxX()).isLessThanOrEqualTo(loss.getMinX());
        assertThat(loss.getMaxX()).isLessThanOrEqualTo(tabs.getMinX());
        assertThat(bounds(robot, "#networkView").getMaxX()).isLessThanOrEqualTo(tabs.getMinX());
        assertThat(bounds(robot, "#networkView").getMaxY()).isLessThanOrEqualTo(loss.getMinY());
        assertThat(bounds(robot, "#formulaPanel").getMaxY()).isLessThanOrEqualTo(tabs.getMinY());
        // The activation plot is one of the tabs, as large as the others.
        robot.interact(() -> window.plots().tabs().getSelectionModel().select(activationTab()));
        WaitForAsyncUtils.waitForFxEvents();
        assertInView(robot, scene, "#activationPlot");
    }

    private Tab activationTab() {
        return window.plots().tabs().getTabs().stream().filter(t -> t.getContent() == window.plots().activationPlot())
                .findFirst().orElseThrow();
    }

    private static void assertInView(FxRobot robot, Bounds scene, String id) {
        Node node = robot.lookup(id).query();
        Bounds b = onFx(() -> node.localToScene(node.getBoundsInLocal()));
        assertThat(onFx(node::isVisible)).as(id + " visible").isTrue();
        assertThat(scene.contains(b)).as(id + " inside the window: " + b).isTrue();
        assertThat(b.getWidth()).as(id + " width").isGreaterThanOrEqualTo(300);
        assertThat(b.getHeight()).as(id + " height").isGreaterThanOrEqualTo(150);
    }

    @Test
    void theLossCurvesEndAtTheEnginesLossAfterStepsAndAfterEpochs(FxRobot robot) throws Exception {
        LossCurves curves = window.plots().lossCurves();
        Trainer engine = lesson.newTrainer();
        int phases = onFx(() -> session.getSnapshot().phases().size());
        for (int k = 0; k < 2 * phases + 3; k++) robot.type(KeyCode.RIGHT);
        engine.trainSample();
        engine.trainSample();
        double thirdSample = engine.trainSample();

        assertThat(onFx(curves::perSampleProperty).get()).as("stepping shows the per-sample curve").isTrue();
        LossPlot samples = curves.samplePlot();
        assertThat(samples.series().get(0).history()).isSameAs(session.losses().samples());
        assertThat(session.losses().samples().size()).isEqualTo(3);
        assertThat(session.losses().samples().last()).isEqualTo(thirdSample);
        awaitDrawn(samples, 3);

        for (int k = 0; k < 3; k++) robot.interact(session::runEpoch);
        engine.trainSample();
        engine.trainEpoch();
        double third = engine.trainEpoch();
        assertThat(onFx(curves::perSampleProperty).get()).as("a completed epoch shows the per-epoch curve").isFalse();
        LossPlot epochs = onFx(curves::epochPlot);
        assertThat(onFx(curves::shownPlot)).isSameAs(epochs);
        assertThat(epochs.series().get(0).history()).isSameAs(session.losses().epochs());
        assertThat(session.losses().epochs().size()).isEqualTo(3);
        assertThat(session.losses().epochs().last()).isEqualTo(third);
        awaitDrawn(epochs, 3);

        robot.type(KeyCode.HOME);
        assertThat(session.losses().epochs().isEmpty()).as("reset clears the curve").isTrue();
        assertThat(onFx(curves::perSampleProperty).get()).isTrue();
    }

    @Test
    void theActivationPlotMarksTheSelectedLayersNeuronsWhereTheEngineHasThem(FxRobot robot) throws Exception {
        Stepper engine = new Stepper(lesson.newTrainer());
        for (int k = 0; k < 9; k++) {
            robot.type(KeyCode.RIGHT);
            engine.stepForward();
        }
        Snapshot expected = engine.snapshot();
        assertThat(expected.hasForward(2)).isTrue();
        ActivationPlot plot = window.plots().activationPlot();
        // On its tab, in front: a plot on a tab not chosen waits to draw until it shows.
        robot.interact(() -> window.plots().tabs().getSelectionModel().select(activationTab()));
        for (int layer = 1; layer <= 2; layer++) {
            int before = plot.redrawCount();
            int l = layer;
            robot.interact(() -> session.selectionProperty().set(new NetworkElement.Neuron(l, 0)));
            awaitRedraw(plot::redrawCount, before);
            List<OperatingPoint> points = plot.plottedPoints();
            assertThat(points).hasSize(expected.size(layer));
            for (OperatingPoint p : points) {
                assertThat(p.layer()).isEqualTo(layer);
                assertThat(p.net()).isEqualTo(expected.net(layer, p.neuron()));
                assertThat(p.out()).isEqualTo(expected.out(layer, p.neuron()));
                double beta = expected.out(layer, p.neuron());
                assertThat(p.derivative()).isCloseTo(beta * (1 - beta), within(1e-15));
            }
        }
    }

    @Test
    void theSlicesTangentSlopeIsTheBackpropGradientOfTheSelectedWeight(FxRobot robot) throws Exception {
        Stepper engine = new Stepper(lesson.newTrainer());
        // Into the second sample, up to its backward pass through the output layer.
        for (int k = 0; k < 6 + 4; k++) {
            robot.type(KeyCode.RIGHT);
            engine.stepForward();
        }
        Snapshot expected = engine.snapshot();
        assertThat(expected.hasDelta(2)).isTrue();
        WeightSlicePlot plot = window.plots().weightSlicePlot();
        int before = plot.redrawCount();
        robot.interact(() -> session.selectionProperty().set(new NetworkElement.Weight(2, 0, 1)));
        awaitRedraw(plot::redrawCount, before);
        assertThat(onFx(() -> window.plots().tabs().getSelectionModel().getSelectedItem().getContent()))
                .as("picking a weight brings its slice to the front").isSameAs(plot);
        assertThat(plot.slice().slope()).isCloseTo(expected.sampleGradient(2, 0, 1), within(1e-15));
        assertThat(plot.slice().numericalSlope()).isCloseTo(expected.sampleGradient(2, 0, 1), within(1e-8));
        assertThat(plot.slice().current()).isEqualTo(expected.weight(2, 0, 1));
    }

    @Test
    void theDecisionMapShowsTheNetworksOutputsLiveWhileTraining(FxRobot robot) throws Exception {
        DecisionMapView map = window.plots().decisionMap();
        robot.interact(() -> session.speedProperty().set(LessonSession.FULL_SPEED));
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> session.epochProperty().get() >= 200));
        robot.type(KeyCode.P);
        assertThat(onFx(session::isRunning)).isFalse();
        int before = map.redrawCount();
        robot.interact(map::invalidatePlot);
        awaitRedraw(map::redrawCount, before);

        Snapshot shown = onFx(session::getSnapshot);
        Stepper engine = new Stepper(lesson.newTrainer());
        engine.runSamples(shown.epoch() * shown.sampleCount() + shown.sample());
        assertThat(engine.snapshot().weight(1, 0, 0)).isEqualTo(shown.weight(1, 0, 0));
        Network trained = SnapshotNetwork.inForce(engine.snapshot());
        DecisionMap grid = map.map();
        int[] colours = map.colours();
        for (int s = 0; s < lesson.data().size(); s++) {
            int c = grid.nearestColumn(lesson.data().input(s)[0]);
            int r = grid.nearestRow(lesson.data().input(s)[1]);
            double output = trained.predict(new double[] {grid.x(c), grid.y(r)})[0];
            assertThat(colours[r * grid.columns() + c]).isEqualTo(map.colourMap().argb(output));
        }
        assertThat(session.losses().epochs().size()).as("every epoch trained is on the curve")
                .isGreaterThanOrEqualTo((int) shown.epoch());
    }

    @Test
    void everyPlotAndTheNetworkViewHaveAnExportMenuAndExportAtTheirSize(FxRobot robot, @TempDir Path dir)
            throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#networkView", "#lossCurves", "#activationPlot", "#decisionMap")) {
            Node node = robot.lookup(id).query();
            // What a right-click (or the menu key) delivers; the headless robot's right-click does not.
            robot.interact(() -> {
                Bounds on = node.localToScreen(node.getLayoutBounds());
                Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 20,
                        on.getMinX() + 20, on.getMinY() + 20, false, null));
            });
            List<String> items = onFx(() -> Window.getWindows().stream()
                    .filter(w -> w instanceof ContextMenu && w.isShowing())
                    .flatMap(w -> ((ContextMenu) w).getItems().stream()).map(MenuItem::getText).toList());
            assertThat(items).as(id).contains("Export as PNG…");
            robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu)
                    .toList().forEach(Window::hide));

            File file = dir.resolve(id.substring(1) + ".png").toFile();
            Exception[] failure = new Exception[1];
            robot.interact(() -> {
                try {
                    PlotExport.toPng(node, file);
                } catch (Exception e) {
                    failure[0] = e;
                }
            });
            assertThat(failure[0]).isNull();
            BufferedImage image = ImageIO.read(file);
            Bounds b = node.getLayoutBounds();
            assertThat(image.getWidth()).as(id).isEqualTo((int) Math.ceil(b.getWidth()));
            assertThat(image.getHeight()).as(id).isEqualTo((int) Math.ceil(b.getHeight()));
        }
        assertThat(onFx(() -> window.menus().menu(AppMenus.VIEW).getItems().stream()
                .filter(m -> m instanceof Menu && "Export as PNG".equals(m.getText()))
                .flatMap(m -> ((Menu) m).getItems().stream())
                .map(MenuItem::getText).toList())).contains("Network view…", "Loss curve…", "Activation plot…",
                        "Loss along a weight…", "Decision map…", "2× the size on screen", "4× the size on screen");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static Bounds bounds(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.localToScene(node.getBoundsInLocal());
    }

    private static void awaitDrawn(LossPlot plot, int points) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> plot.drawnPointCount() == points);
    }

    private static void awaitRedraw(IntSupplier count, int before) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> count.getAsInt() > before);
        WaitForAsyncUtils.waitForFxEvents();
    }

}
