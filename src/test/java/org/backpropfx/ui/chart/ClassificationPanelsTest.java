package org.backpropfx.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;
import static org.backpropfx.ui.FxTest.waitUntil;

import java.util.Locale;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Network;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.plot.SnapshotNetwork;
import org.backpropfx.session.Edits;
import org.backpropfx.session.LessonSession;
import org.backpropfx.ui.MainWindow;
import org.backpropfx.ui.MainWindowFixture;
import org.backpropfx.ui.FxThreadErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Accuracy beside the loss, the penalty beside the data loss and the confusion-matrix panel in the main window,
 * against counts and sums made here from the network the session shows.
 */
@ExtendWith(ApplicationExtension.class)
class ClassificationPanelsTest {
    private final FxThreadErrors errors = new FxThreadErrors();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        errors.collectOnThisThread();
        window = MainWindowFixture.show(stage, LessonFiles.loadShipped("three-classes")).window();
    }

    @AfterEach
    void noErrorsOnTheFxThread() {
        errors.assertNone();
    }

    private MainWindow open(String shipped) throws Exception {
        Lesson lesson = LessonFiles.loadShipped(shipped);
        onFx(() -> {
            window.session().load(lesson);
            return null;
        });
        return window;
    }

    /** Samples whose largest output is at the target's largest value: counted here. */
    private static int[][] countByHand(Network network, DataSet data) {
        int k = network.outputSize();
        int[][] counts = new int[k][k];
        for (int s = 0; s < data.size(); s++) {
            double[] out = network.predict(data.input(s));
            int picked = 0;
            int actual = 0;
            for (int c = 1; c < k; c++) {
                if (out[c] > out[picked]) picked = c;
                if (data.target(s)[c] > data.target(s)[actual]) actual = c;
            }
            counts[actual][picked]++;
        }
        return counts;
    }

    private static String percent(int[][] counts) {
        int right = 0;
        int all = 0;
        for (int a = 0; a < counts.length; a++) {
            for (int p = 0; p < counts.length; p++) {
                all += counts[a][p];
                if (a == p) right += counts[a][p];
            }
        }
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * right / all);
    }

    @Test
    void accuracyAndTheConfusionMatrixFollowTrainingInTheWindow(FxRobot robot) throws Exception {
        MainWindow window = open("three-classes");
        LessonSession session = window.session();
        for (int round = 0; round < 3; round++) {
            waitUntil("the count of the step shown", () -> session.classes().isCountOf(session.getSnapshot()));
            Network network = onFx(() -> SnapshotNetwork.inForce(session.getSnapshot()));
            Lesson lesson = session.getLesson();
            int[][] training = countByHand(network, lesson.data());
            int[][] test = countByHand(network, lesson.testData());
            String expected = "accuracy: training " + percent(training) + " · test " + percent(test);
            Label caption = robot.lookup("#accuracyCaption").queryAs(Label.class);
            waitUntil("the caption's accuracy", () -> caption.getText().equals(expected));
            Label beside = robot.lookup("#lossCurves #lossAccuracy").queryAs(Label.class);
            assertThat(onFx(beside::getText)).isEqualTo(expected);

            ConfusionMatrixView view = window.plots().confusionMatrix();
            onFx(() -> {
                view.testProperty().set(false);
                return null;
            });
            for (int a = 0; a < 3; a++) {
                for (int p = 0; p < 3; p++) {
                    int ai = a, pi = p;
                    assertThat(onFx(() -> view.shown().count(ai, pi))).isEqualTo(training[a][p]);
                }
            }
            assertThat(onFx(view::heading)).startsWith("training samples: ").endsWith("(" + percent(training) + ")");
            onFx(() -> {
                view.testProperty().set(true);
                return null;
            });
            for (int a = 0; a < 3; a++) {
                for (int p = 0; p < 3; p++) {
                    int ai = a, pi = p;
                    assertThat(onFx(() -> view.shown().count(ai, pi))).isEqualTo(test[a][p]);
                }
            }
            onFx(() -> {
                session.runEpoch();
                session.runEpoch();
                return null;
            });
        }
        // The panel draws, in its tab, without failing.
        onFx(() -> {
            window.plots().tabs().getSelectionModel().select(window.plots().tabs().getTabs().stream()
                    .filter(t -> t.getContent() == window.plots().confusionMatrix()).findFirst().orElseThrow());
            return null;
        });
        waitUntil("the panel is drawn", () -> window.plots().confusionMatrix().redrawCount() > 0);
    }

    @Test
    void thePenaltyStandsBesideTheDataLossOnTheCurvesAndInTheErrorPhase(FxRobot robot) throws Exception {
        MainWindow window = open("weight-decay");
        LessonSession session = window.session();
        LossCurves curves = window.plots().lossCurves();
        assertThat(onFx(() -> curves.epochPlot().series().stream().map(LossSeries::name).toList())).contains("penalty");
        assertThat(onFx(() -> curves.samplePlot().series().stream().map(LossSeries::name).toList())).contains("penalty");
        onFx(() -> {
            while (!session.getSnapshot().hasError()) session.stepForward();
            return null;
        });
        double l1 = session.getLesson().settings().l1();
        double l2 = session.getLesson().settings().l2();
        double squares = 0;
        double absolutes = 0;
        for (var layer : session.getLesson().network().layers()) {
            for (int j = 0; j < layer.outputs(); j++) {
                for (int i = 0; i < layer.inputs(); i++) {
                    squares += layer.weight(j, i) * layer.weight(j, i);
                    absolutes += Math.abs(layer.weight(j, i));
                }
            }
        }
        double penalty = l2 / 2 * squares + l1 * absolutes;
        String digits = new SignificantFormat(session.getDigits()).format(penalty);
        Label loss = robot.lookup("#lossCaption").queryAs(Label.class);
        String sign = session.getNotation() == Notation.MIT ? " − penalty " : " + penalty ";
        assertThat(onFx(loss::getText)).endsWith(sign + digits);
        assertThat(session.losses().samplePenalties().last()).isEqualTo(session.getSnapshot().penalty());

        // Both λ set to 0 in the settings: the penalty leaves the curves.
        onFx(() -> {
            session.apply(Edits.setSettings(session.getSnapshot().settings().withRegularisation(0, 0)));
            return null;
        });
        assertThat(onFx(() -> curves.epochPlot().series().stream().map(LossSeries::name).toList())).doesNotContain("penalty");
    }
}
