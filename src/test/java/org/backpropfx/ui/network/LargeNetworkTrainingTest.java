package org.backpropfx.ui.network;

import static org.backpropfx.ui.FxTest.onFx;
import static org.backpropfx.ui.FxTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

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
import org.backpropfx.session.LessonSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Live training of the largest network the app takes (8 weight layers of 64 neurons, 33,000 edges),
 * whose drawing takes longer than a frame: the view keeps following, and once paused shows the last
 * state whole.
 */
@ExtendWith(ApplicationExtension.class)
class LargeNetworkTrainingTest {
    private LessonSession session;
    private NetworkView view;

    @Start
    void start(Stage stage) {
        int[] sizes = new int[9];
        Arrays.fill(sizes, 64);
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, sizes);
        Initializer.initialize(network, InitMethod.XAVIER, 1.0, 3L);
        double[][] inputs = new double[4][64];
        double[][] targets = new double[4][64];
        for (int s = 0; s < 4; s++) {
            Arrays.fill(inputs[s], s / 4.0);
            Arrays.fill(targets[s], 1 - s / 4.0);
        }
        session = new LessonSession(new Lesson("Large", "", Notation.MIT, network, new DataSet(inputs, targets), null,
                TrainingSettings.plain(0.5), InitMethod.XAVIER, 1.0, 3L));
        view = new NetworkView(session);
        stage.setScene(new Scene(new StackPane(view), 1280, 720));
        stage.show();
    }

    @Test
    void theViewFollowsTrainingAndShowsTheLastStateWholeOncePaused(FxRobot robot) {
        long redrawsBefore = onFx(() -> view.redrawCount());
        robot.interact(() -> {
            session.speedProperty().set(LessonSession.FULL_SPEED);
            session.play();
        });
        // Train until the view has followed a few frames of training, then pause.
        waitUntil("the view redraws while training", () -> view.redrawCount() - redrawsBefore > 5
                && session.epochProperty().get() > 0);
        robot.interact(session::pause);
        long epochs = onFx(() -> session.epochProperty().get());
        assertThat(epochs).as("epochs trained").isGreaterThan(0);
        waitUntil("the picture is whole once paused", () -> view.isPictureComplete());
        assertThat(onFx(() -> view.isPictureComplete())).as("the picture is whole once paused").isTrue();
        assertThat(onFx(() -> view.redrawCount()) - redrawsBefore).as("redraws while training").isGreaterThan(5);
    }
}
