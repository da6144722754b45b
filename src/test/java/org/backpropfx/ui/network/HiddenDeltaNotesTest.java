package org.backpropfx.ui.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.drawn;
import static org.backpropfx.ui.FxTest.onFx;

import java.util.List;

import javafx.stage.Stage;

import org.assertj.core.data.Offset;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.session.LessonSession;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.ui.MainWindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Article 003's 3-3-3-1 network in the backward phase of its second hidden layer: every neuron of that layer
 * has its delta note drawn, and the note's number is the engine's delta.
 */
@ExtendWith(ApplicationExtension.class)
class HiddenDeltaNotesTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyDeltaOfHiddenLayer2IsNotedAt1920x1080() { assertDeltasNoted(1920, 1080); }

    @Test
    void everyDeltaOfHiddenLayer2IsNotedAt1280x720() { assertDeltasNoted(1280, 720); }

    /** A 1280×720 screen less a window's title bar: the notes had been dropped at this height. */
    @Test
    void everyDeltaOfHiddenLayer2IsNotedAt1280x702() { assertDeltasNoted(1280, 702); }

    private void assertDeltasNoted(double width, double height) {
        MainWindowFixture fixture = MainWindowFixture.open(stage, LessonFiles.loadShipped("article-003"), width, height);
        LessonSession session = fixture.session();
        Phase wanted = new Phase(PhaseKind.BACKWARD, 2);
        onFx(() -> {
            for (int n = 0; n < 20 && !wanted.equals(session.getSnapshot().phase()); n++) session.stepForward();
            return null;
        });
        assertThat(onFx(() -> session.getSnapshot().phase())).isEqualTo(wanted);
        NetworkView view = drawn((NetworkView) fixture.window().lookup("#networkView"));
        for (int j = 0; j < 3; j++) {
            int k = j;
            NetworkElement.Neuron neuron = new NetworkElement.Neuron(2, j);
            assertThat(onFx(() -> view.isLabelShown(neuron))).as("%s shown at %sx%s", neuron, width, height).isTrue();
            List<String> notes = onFx(() -> view.neuronNotes(2, k));
            String line = notes.stream().filter(s -> s.startsWith("γ") || s.startsWith("δ")).findFirst()
                    .orElseThrow(() -> new AssertionError(neuron + " has no delta note at " + width + "x" + height + ": " + notes));
            double shown = Double.parseDouble(line.substring(line.indexOf("= ") + 2).replace('−', '-'));
            double engine = onFx(() -> session.getSnapshot().delta(2, k));
            assertThat(shown).as("%s: %s", neuron, line).isCloseTo(engine, Offset.offset(Math.abs(engine) * 0.01 + 1e-6));
        }
    }
}
