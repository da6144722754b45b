package org.backpropfx.ui.network;

import static org.backpropfx.ui.FxTest.drawn;
import static org.backpropfx.ui.FxTest.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;

import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.Scene;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.assertj.core.data.Offset;
import org.backpropfx.notation.Notation;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.ui.formula.FormulaPanel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network view and formula panel on the 2-2-1 XOR test lesson, sample 2 (input 0, 1; target 0.9).
 * Expected numbers are computed here by hand from the lesson's weights, not read from the engine.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkViewTest {
    private static final double[][] W1 = {{0.15, 0.20}, {0.25, 0.30}};
    private static final double[] B1 = {0.35, -0.35};
    private static final double[] W2 = {0.40, -0.45};
    private static final double B2 = 0.60;
    private static final double[] X = {0, 1};
    private static final double Y = 0.9;

    private LessonSession session;
    private NetworkView view;
    private FormulaPanel panel;

    @Start
    void start(Stage stage) {
        session = new LessonSession(TestLessons.xor());
        view = new NetworkView(session);
        panel = new FormulaPanel(session);
        panel.setPrefWidth(420);
        BorderPane root = new BorderPane(view);
        root.setRight(panel);
        stage.setScene(new Scene(root, 1280, 720));
        stage.show();
    }

    @BeforeEach
    void secondSample(FxRobot robot) {
        robot.interact(() -> session.selectSample(1));
        drawn(view);
    }

    // --- the hand computation ---------------------------------------------------------------------

    private static double sigmoid(double s) { return 1 / (1 + Math.exp(-s)); }

    private static double hidden(int j) { return sigmoid(B1[j] + W1[j][0] * X[0] + W1[j][1] * X[1]); }

    private static double hiddenNet(int j) { return B1[j] + W1[j][0] * X[0] + W1[j][1] * X[1]; }

    private static double output() { return sigmoid(B2 + W2[0] * hidden(0) + W2[1] * hidden(1)); }

    /** δ = ∂E/∂s of the output neuron, E = ½(y − a)². */
    private static double outputDelta() { return (output() - Y) * output() * (1 - output()); }

    /** Four significant digits, typographic minus: how the lesson's numbers are written by hand. */
    private static String four(double v) {
        String s = new BigDecimal(v).round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros()
                .toPlainString();
        return s.replace('-', '−');
    }

    private void step(FxRobot robot, int times) {
        for (int k = 0; k < times; k++) robot.interact(() -> session.stepForward());
        drawn(view);
    }


    private Point2D screen(Point2D local) { return onFx(() -> view.localToScreen(local)); }

    // --- tests --------------------------------------------------------------------------------------

    @Test
    void neuronLabelsShowOnlyWhatTheForwardPassHasComputed(FxRobot robot) {
        assertThat(onFx(() -> view.neuronLabel(0, 1))).isEqualTo("1");
        assertThat(onFx(() -> view.neuronLabel(1, 0))).isEmpty();
        assertThat(onFx(() -> view.neuronLabel(2, 0))).isEmpty();

        step(robot, 1);
        assertThat(onFx(() -> view.neuronLabel(1, 0))).isEqualTo(four(hidden(0)));
        assertThat(onFx(() -> view.neuronLabel(1, 1))).isEqualTo(four(hidden(1)));
        assertThat(onFx(() -> view.neuronNotes(1, 0))).contains("α = " + four(hiddenNet(0)));
        assertThat(onFx(() -> view.neuronLabel(2, 0))).isEmpty();
        assertThat(onFx(() -> view.lossLabel())).isEmpty();

        step(robot, 1);
        assertThat(onFx(() -> view.neuronLabel(2, 0))).isEqualTo(four(output()));

        step(robot, 1);
        assertThat(onFx(() -> view.lossLabel())).isEqualTo("P = " + four(-0.5 * (Y - output()) * (Y - output())));
        assertThat(onFx(() -> view.neuronNotes(2, 0))).contains("d = 0.9");

        robot.interact(() -> session.stepBack());
        robot.interact(() -> session.stepBack());
        drawn(view);
        assertThat(onFx(() -> view.neuronLabel(1, 0))).isEqualTo(four(hidden(0)));
        assertThat(onFx(() -> view.neuronLabel(2, 0))).isEmpty();
        assertThat(onFx(() -> view.lossLabel())).isEmpty();
    }

    @Test
    void digitsChangeHowLabelsAreWritten(FxRobot robot) {
        step(robot, 1);
        robot.interact(() -> session.setDigits(6));
        String six = new BigDecimal(hidden(1)).round(new MathContext(6, RoundingMode.HALF_UP)).stripTrailingZeros()
                .toPlainString();
        assertThat(onFx(() -> view.neuronLabel(1, 1))).isEqualTo(six);
    }

    @Test
    void clickingAnEdgeSelectsItAndTheFormulaPanelShowsItsGradient(FxRobot robot) {
        step(robot, 4); // forward 1, forward 2, error, backward output layer
        double gradient = outputDelta() * hidden(1); // ∂E/∂w for the weight from hidden 2 into the output

        robot.clickOn(screen(onFx(() -> view.edgeClickPoint(2, 0, 1))));

        assertThat(session.selectionProperty().get()).isEqualTo(new NetworkElement.Weight(2, 0, 1));
        String text = onFx(() -> panel.text());
        assertThat(text).contains("Weight w₁₂");
        // MIT: ∂P/∂w = γ·x with γ = −δ, so the number shown is −∂E/∂w.
        assertThat(text).contains("∂P/∂w12 = γ1x2").contains("= " + four(-gradient));
        assertThat(onFx(() -> view.edgeLabel(2, 0, 1))).isEqualTo(four(-gradient));
    }

    @Test
    void aThinEdgeIsHitAFewPixelsAwayFromItsLine(FxRobot robot) {
        Point2D onEdge = onFx(() -> view.edgeClickPoint(1, 1, 0));
        Point2D a = onFx(() -> view.neuronCentre(0, 0));
        Point2D b = onFx(() -> view.neuronCentre(1, 1));
        Point2D along = b.subtract(a).normalize();
        Point2D across = new Point2D(-along.getY(), along.getX());
        Point2D beside = onEdge.add(across.multiply(4));

        robot.clickOn(screen(beside));

        assertThat(session.selectionProperty().get()).isEqualTo(new NetworkElement.Weight(1, 1, 0));
    }

    @Test
    void neuronsWinOverTheEdgesEndingInThem(FxRobot robot) {
        robot.clickOn(screen(onFx(() -> view.neuronCentre(2, 0))));

        assertThat(session.selectionProperty().get()).isEqualTo(new NetworkElement.Neuron(2, 0));
        assertThat(onFx(() -> view.elementAt(-50, -50))).isNull();
    }

    @Test
    void hoveringANeuronShowsItsFormulasWhileNothingIsSelected(FxRobot robot) {
        step(robot, 1);
        robot.moveTo(screen(onFx(() -> view.neuronCentre(1, 0))));

        assertThat(session.hoveredProperty().get()).isEqualTo(new NetworkElement.Neuron(1, 0));
        assertThat(onFx(() -> panel.text())).contains("= " + four(hidden(0))).contains("α1 = ");
    }

    @Test
    void notationChangesSymbolsButNotNumbers(FxRobot robot) {
        step(robot, 4);
        robot.interact(() -> session.selectionProperty().set(new NetworkElement.Neuron(2, 0)));
        String mit = onFx(() -> panel.text());
        String mitLabel = onFx(() -> view.neuronLabel(2, 0));
        String mitBias = onFx(() -> view.biasLabel(1, 0));

        robot.interact(() -> session.setNotation(Notation.GRADIENT));
        drawn(view);
        String gradient = onFx(() -> panel.text());

        double delta = outputDelta();
        assertThat(mit).contains("γ1 = ").contains(four(-delta)).doesNotContain("δ");
        assertThat(gradient).contains("δ1 = ").contains(four(delta)).doesNotContain("γ");
        assertThat(onFx(() -> view.neuronLabel(2, 0))).isEqualTo(mitLabel).isEqualTo(four(output()));
        // w₀ = −b on the −1 input in the MIT notation; b on the neuron in the other.
        assertThat(mitBias).isEqualTo(four(-B1[0]));
        assertThat(onFx(() -> view.biasLabel(1, 0))).isEqualTo(four(B1[0]));
        assertThat(onFx(() -> view.neuronNotes(1, 0))).contains("b = " + four(B1[0]));
        assertThat(onFx(() -> view.biasEdgeClickPoint(1, 0))).isNull();
    }

    @Test
    void manyChangesInOneFrameDrawOnce(FxRobot robot) throws Exception {
        long before = onFx(() -> view.redrawCount());

        robot.interact(() -> {
            session.stepForward();
            session.setNotation(Notation.GRADIENT);
            session.setDigits(5);
            session.hoveredProperty().set(new NetworkElement.Neuron(1, 1));
            session.selectionProperty().set(new NetworkElement.Weight(1, 0, 0));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> view.redrawCount()) > before);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> view.redrawCount())).isEqualTo(before + 1);
    }

    @Test
    void hitTestingReadsThePictureOnScreenAndNeverDraws(FxRobot robot) {
        Point2D output = onFx(() -> view.neuronCentre(2, 0));
        long before = onFx(() -> view.redrawCount());
        Object[] during = onFx(() -> {
            // A change makes the picture stale until the next pulse; what is under the pointer is still what
            // the user sees, and asking does not draw.
            session.stepForward();
            NetworkElement hit = view.elementAt(output.getX(), output.getY());
            String shown = view.shownCount();
            return new Object[] {hit, view.isPictureComplete(), view.redrawCount(), shown};
        });
        assertThat(during[0]).isEqualTo(new NetworkElement.Neuron(2, 0));
        assertThat(during[1]).as("stale until the next pulse").isEqualTo(false);
        assertThat(during[2]).as("redraws while hit testing").isEqualTo(before);

        drawn(view);
        assertThat(onFx(() -> view.redrawCount())).as("drawn once, by the pulse").isEqualTo(before + 1);
        assertThat(onFx(() -> view.neuronLabel(1, 0))).isEqualTo(four(hidden(0)));
    }

    // --- zoom and pan -------------------------------------------------------------------------------

    @Test
    void ctrlScrollZoomsAboutThePointerDragPansAndFitShowsTheWholeNetwork(FxRobot robot) {
        robot.interact(() -> view.fit());
        drawn(view);
        Point2D input = onFx(() -> view.neuronCentre(0, 0));
        Point2D output = onFx(() -> view.neuronCentre(2, 0));
        Point2D pointer = input.midpoint(output);
        robot.moveTo(onFx(() -> view.localToScreen(pointer)));
        // Two notches of the wheel away from the user with Ctrl held, where the pointer is.
        robot.interact(() -> {
            Point2D scene = view.localToScene(pointer);
            Point2D screen = view.localToScreen(pointer);
            Node canvas = view.getChildrenUnmodifiable().get(0);
            Event.fireEvent(canvas, new ScrollEvent(
                    ScrollEvent.SCROLL, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                    false, true, false, false, false, false, 0, 80, 0, 80,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
        drawn(view);
        double scale = onFx(() -> view.zoomScale());
        assertThat(scale).as("zoomed in").isGreaterThan(1.0);
        Point2D zoomedOutput = onFx(() -> view.neuronCentre(2, 0));
        // The point under the pointer stays put: everything else moves away from it by the scale.
        assertThat(zoomedOutput.getX()).isCloseTo(pointer.getX() + (output.getX() - pointer.getX()) * scale,
                Offset.offset(0.5));
        assertThat(onFx(() -> view.lookup("#networkFitButton").isVisible())).as("fit button while zoomed").isTrue();

        // A drag pans and selects nothing.
        robot.interact(() -> session.selectionProperty().set(null));
        Point2D from = onFx(() -> view.localToScreen(pointer));
        robot.drag(from, MouseButton.PRIMARY).dropBy(-40, 0);
        drawn(view);
        assertThat(onFx(() -> view.neuronCentre(2, 0).getX())).isCloseTo(zoomedOutput.getX() - 40,
                Offset.offset(1.0));
        assertThat(onFx(() -> session.selectionProperty().get())).isNull();
        assertThat(onFx(() -> view.zoomScale())).isEqualTo(scale);

        robot.clickOn("#networkFitButton");
        drawn(view);
        assertThat(onFx(() -> view.zoomScale())).isEqualTo(1.0);
        assertThat(onFx(() -> view.neuronCentre(2, 0))).isEqualTo(output);
        assertThat(onFx(() -> view.lookup("#networkFitButton").isVisible())).isFalse();
    }
}
