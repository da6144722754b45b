package org.backpropfx.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.lecture.PresenterModeTest.on;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.GradientCheck;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.Notation;
import org.backpropfx.session.GradientCheckRows;
import org.backpropfx.ui.MainWindow;
import org.backpropfx.ui.MainWindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A network too large to check on the JavaFX thread is checked beside it, with the same numbers. */
@ExtendWith(ApplicationExtension.class)
class LargeGradientCheckTest {
    private Lesson lesson;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 64, 64, 64, 1);
        Initializer.initialize(network, InitMethod.XAVIER, 0, 3);
        DataSet data = new DataSet(new double[][] {{0.3, -0.7}}, new double[][] {{0.8}});
        lesson = new Lesson("large", "", Notation.GRADIENT, network, data, null, TrainingSettings.plain(0.5),
                InitMethod.XAVIER, 0.5, 3);
        window = MainWindowFixture.show(stage, lesson).window();
    }

    @Test
    void aLargeNetworkIsCheckedOffTheJavaFxThreadWithTheEnginesNumbers(FxRobot robot) throws Exception {
        // Read in the same turn of the JavaFX thread: the result can only arrive after it.
        String meanwhile = on(() -> {
            window.lecture().openGradientCheck();
            return window.lecture().gradientCheckView().rows() == null
                    ? robot.lookup("#gradientCheckSummary").queryAs(Label.class).getText() : "shown at once";
        });
        assertThat(meanwhile).isEqualTo("Checking 8577 weights and biases…");
        GradientCheckView view = on(() -> window.lecture().gradientCheckView());

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> on(view::rows) != null);
        List<GradientCheck.Entry> expected = GradientCheck.check(lesson.network(), lesson.settings().loss(),
                lesson.data().input(0), lesson.data().target(0), GradientCheck.DEFAULT_STEP);
        GradientCheckRows rows = on(view::rows);
        assertThat(rows.rows()).hasSize(expected.size());
        for (int k = 0; k < expected.size(); k += 97) {
            assertThat(rows.rows().get(k).backprop()).isEqualTo(expected.get(k).backprop());
            assertThat(rows.rows().get(k).numerical()).isEqualTo(expected.get(k).numerical());
        }
        assertThat(rows.maxRelativeError()).isEqualTo(GradientCheck.maxRelativeError(expected));
        assertThat(on(() -> robot.lookup("#gradientCheckSummary").queryAs(Label.class).getText()))
                .startsWith("Largest relative error");
        robot.interact(() -> view.getScene().getWindow().hide());
    }
}
