package org.backpropfx.ui.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.drawn;
import static org.backpropfx.ui.FxTest.onFx;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.assertj.core.data.Offset;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Notation;
import org.backpropfx.session.LessonSession;
import org.backpropfx.stepper.NetworkElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Article 003's first forward phase in the network view a 1280×720 window leaves while a lecture script
 * plays (about 750 × 200 px): the circles are too small for "0.48" and the room beside them is crossed by
 * edges, yet every value the phase computed is on screen — inside its circle, smaller, if nowhere else.
 */
@ExtendWith(ApplicationExtension.class)
class NeuronValuesInASmallViewTest {
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 1000, 400));
        stage.show();
    }

    @Test
    void everyValueOfTheActiveLayerIsWrittenSomewhere(FxRobot robot) {
        NetworkView[] made = new NetworkView[1];
        LessonSession session = new LessonSession(LessonFiles.loadShipped("article-003"));
        robot.interact(() -> {
            session.setNotation(Notation.MIT);
            session.stepForward();
            NetworkView view = new NetworkView(session);
            view.setMinSize(750, 200);
            view.setMaxSize(750, 200);
            root.getChildren().setAll(view);
            made[0] = view;
        });
        NetworkView view = drawn(made[0]);
        for (int j = 0; j < 3; j++) {
            NetworkElement.Neuron neuron = new NetworkElement.Neuron(1, j);
            assertThat(onFx(() -> view.isLabelShown(neuron))).as("the value of %s", neuron).isTrue();
            int k = j;
            // Written inside or beside, it is the engine's output to at least two significant digits.
            double engine = onFx(() -> session.getSnapshot().out(1, k));
            String shown = onFx(() -> {
                LabelPlacer.Placement p = view.picture().placement();
                if (p.valueInside()[1][k]) return p.insideText()[1][k];
                return p.labels().stream().filter(x -> neuron.equals(x.element()) && x.kind() == PlacedLabel.Kind.VALUE_PILL)
                        .findFirst().orElseThrow().lines().get(0);
            });
            double value = Double.parseDouble(shown.replace('−', '-'));
            assertThat(value).as("%s written as %s", neuron, shown).isCloseTo(engine, Offset.offset(0.006));
        }
    }
}
