package org.backpropfx.session.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Notation;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Why strip's sentences: every phase explained in the notation on screen, in English and in German. */
class ExplanationsTest {
    private final Locale before = Texts.locale();

    @AfterEach
    void restore() {
        Texts.use(before);
    }

    private static List<Snapshot> phasesOfOneSample() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 2, 1);
        network.layer(1).setActivation(Activation.TANH);
        DataSet data = new DataSet(new double[][] {{0, 1}}, new double[][] {{1}});
        Stepper stepper = new Stepper(new Trainer(network, data, TrainingSettings.plain(0.5).withMomentum(0.5)));
        List<Snapshot> phases = new ArrayList<>();
        phases.add(stepper.snapshot());
        for (int k = 1; k < 7; k++) phases.add(stepper.stepForward());
        return phases;
    }

    @Test
    void everyPhaseIsExplainedInTheNotationOnScreen() {
        Texts.use(Locale.UK);
        String[] mustMention = {"Sample 1", "Hidden layer 1", "The output layer", "compared", "Backpropagation starts",
            "hidden neuron", "Every weight"};
        List<Snapshot> phases = phasesOfOneSample();
        for (int k = 0; k < mustMention.length; k++) {
            String mit = Explanations.explain(phases.get(k), Notation.MIT);
            String gradient = Explanations.explain(phases.get(k), Notation.GRADIENT);
            assertThat(mit).contains(mustMention[k]);
            if (k == 1) assertThat(mit).contains("w₀").contains("tanh");
            if (k == 4) {
                assertThat(mit).contains("γ").contains("β(1 − β)");
                assertThat(gradient).contains("δ").contains("a(1 − a)").doesNotContain("γ");
            }
            if (k == 6) assertThat(mit).contains("momentum").contains("r ×");
        }
        assertThat(Explanations.explain(phases.get(0), Notation.MIT))
                .isEqualTo("Sample 1 is about to enter the network. Step forward to push it through one layer at a time.");
    }

    @Test
    void germanExplainsWithTheSameSymbolsInGermanWords() {
        Texts.use(Locale.GERMANY);
        List<Snapshot> phases = phasesOfOneSample();
        String[] mustMention = {"Beispiel 1", "verdeckte Schicht 1", "Ausgabeschicht", "verglichen", "Rückpropagierung",
            "verdecktes Neuron", "Jedes Gewicht"};
        for (int k = 0; k < mustMention.length; k++) {
            String mit = Explanations.explain(phases.get(k), Notation.MIT);
            assertThat(mit).contains(mustMention[k]).doesNotContain("{").doesNotContain(" the ");
        }
        assertThat(Explanations.explain(phases.get(4), Notation.MIT)).contains("β(1 − β)").contains("γ");
        assertThat(Explanations.explain(phases.get(6), Notation.GRADIENT)).contains("w ← w − η × ∂E/∂w");
    }

    @Test
    void everyShippedLessonsPhasesHaveGermanSentences() {
        Texts.use(Locale.GERMANY);
        for (String name : LessonFiles.shippedNames()) {
            Stepper stepper = new Stepper(LessonFiles.loadShipped(name).newTrainer());
            for (int k = 0; k < 3 * stepper.snapshot().layerCount() + 3; k++) {
                Snapshot s = stepper.stepForward();
                for (Notation n : Notation.values()) {
                    assertThat(Explanations.explain(s, n)).as(name).doesNotContain("{").doesNotContain(" the ")
                            .doesNotContain("why.");
                }
            }
        }
    }
}
