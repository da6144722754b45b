package org.backpropfx.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;
import static org.backpropfx.ui.FxTest.waitUntil;

import java.util.Arrays;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.session.LessonSession;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.PhaseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The update phase of 3 weight layers of 64 neurons (five 64×65 matrices a layer in the MIT notation):
 * made off the JavaFX thread, every cell reachable by scrolling, and pointing still finds the right cell.
 */
@ExtendWith(ApplicationExtension.class)
class LargeMatrixViewTest {
    private static final int LAYERS = 3;
    private static final int WIDTH = 64;
    private LessonSession session;
    private MatrixView view;

    @Start
    void start(Stage stage) {
        int[] sizes = new int[LAYERS + 1];
        Arrays.fill(sizes, WIDTH);
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, sizes);
        Initializer.initialize(network, InitMethod.XAVIER, 1.0, 5L);
        double[][] inputs = new double[2][WIDTH];
        double[][] targets = new double[2][WIDTH];
        for (int s = 0; s < 2; s++) {
            Arrays.fill(inputs[s], 0.25 + s / 2.0);
            Arrays.fill(targets[s], 0.75 - s / 2.0);
        }
        session = new LessonSession(new Lesson("Large", "", Notation.MIT, network, new DataSet(inputs, targets), null,
                TrainingSettings.plain(0.5), InitMethod.XAVIER, 1.0, 5L));
        view = new MatrixView(session);
        stage.setScene(new Scene(new StackPane(view), 900, 500));
        stage.show();
    }

    @Test
    void theUpdatePhaseIsMadeInTheBackgroundAndEveryCellIsReachable(FxRobot robot) {
        robot.interact(() -> {
            while (session.getSnapshot().phase() == null || session.getSnapshot().phase().kind() != PhaseKind.UPDATE) {
                session.stepForward();
            }
        });
        waitUntil("the update phase's matrices are shown", view::isUpToDate);
        assertThat(onFx(view::sheetsMadeInBackground)).as("sheets made in the background").isPositive();
        List<MatrixView.ShownCell> cells = onFx(view::cells);
        // new W = W + ΔW and ΔW = r × ∂P/∂W: five matrices of 64 rows and 64 weights plus w₀ a layer.
        assertThat(cells).hasSize(LAYERS * 5 * WIDTH * (WIDTH + 1));
        SignificantFormat format = new SignificantFormat(onFx(session::getDigits));
        double newWeight = onFx(() -> session.getSnapshot().newWeight(LAYERS, WIDTH - 1, WIDTH - 1));
        MatrixView.ShownCell last = cells.get(cells.size() - 1);
        assertThat(last.cell().element()).isEqualTo(new NetworkElement.Weight(LAYERS, WIDTH - 1, WIDTH - 1));
        // The last line is ΔW = r × ∂P/∂W, so its last cell is the gradient; the new weight is further up.
        MatrixView.ShownCell fresh = cells.stream().filter(c -> c.cell().value() == newWeight
                && new NetworkElement.Weight(LAYERS, WIDTH - 1, WIDTH - 1).equals(c.cell().element())).findFirst()
                .orElseThrow();
        assertThat(fresh.cell().text()).isEqualTo(format.format(newWeight));
        for (MatrixView.ShownCell target : List.of(last, fresh, cells.get(cells.size() / 2))) {
            Point2D centre = onFx(() -> view.reveal(target.box()));
            assertThat(onFx(() -> view.isInSight(target.box()))).as("cell %s in sight", target.cell()).isTrue();
            WaitForAsyncUtils.waitForFxEvents();
            robot.moveTo(onFx(() -> view.localToScreen(centre)));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(onFx(() -> session.hoveredProperty().get())).as("pointing at %s", target.cell())
                    .isEqualTo(target.cell().element());
        }
        assertThat(onFx(view::cells).stream().filter(MatrixView.ShownCell::marked)
                .allMatch(c -> c.cell().element().equals(cells.get(cells.size() / 2).cell().element()))).isTrue();
    }

    @Test
    void anotherNotationIsMadeInTheBackgroundToo(FxRobot robot) {
        robot.interact(session::stepForward);
        waitUntil("the first phase is shown", view::isUpToDate);
        int inPlace = onFx(view::sheetsMadeInPlace);
        robot.interact(() -> session.setNotation(Notation.GRADIENT));
        waitUntil("the gradient notation is shown", view::isUpToDate);
        assertThat(onFx(view::sheetsMadeInPlace)).as("sheets made on the JavaFX thread").isEqualTo(inPlace)
                .isZero();
        assertThat(onFx(view::texts)).anyMatch(t -> t.contains("b¹"));
    }
}
