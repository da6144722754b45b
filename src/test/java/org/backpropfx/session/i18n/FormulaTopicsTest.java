package org.backpropfx.session.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Formula;
import org.backpropfx.notation.FormulaBook;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every name the formula book gives a line — in every shipped lesson, both notations, and a lesson with a
 * mini-batch, momentum, L1/L2 and locked weights — has a rule: in English it reads back as it was, in German
 * no English is left.
 */
class FormulaTopicsTest {
    private final Locale before = Texts.locale();

    @AfterEach
    void restore() {
        Texts.use(before);
    }

    private static Set<String> everyTopic() {
        Set<String> topics = new LinkedHashSet<>();
        for (String name : LessonFiles.shippedNames()) collect(new Stepper(LessonFiles.loadShipped(name).newTrainer()), topics);
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 3, 1);
        network.layer(1).setWeightLocked(0, 0, true);
        network.layer(2).setBiasLocked(0, true);
        DataSet data = new DataSet(new double[][] {{0, 1}, {1, 0}, {1, 1}}, new double[][] {{1}, {1}, {0}});
        TrainingSettings settings = new TrainingSettings(0.5, 0.5, BatchMode.MINI_BATCH, 3, Loss.MSE)
                .withRegularisation(0.01, 0.02);
        collect(new Stepper(new Trainer(network, data, settings)), topics);
        return topics;
    }

    private static void collect(Stepper stepper, Set<String> topics) {
        for (int k = 0; k < 4 * (stepper.snapshot().layerCount() * 2 + 2); k++) {
            var s = k == 0 ? stepper.snapshot() : stepper.stepForward();
            for (Notation n : Notation.values()) {
                for (Formula f : new FormulaBook(n, new SignificantFormat(4)).phase(s)) topics.add(f.topic());
            }
        }
    }

    @Test
    void everyTopicHasARuleAndReadsBackInEnglish() {
        Texts.use(Locale.UK);
        Set<String> topics = everyTopic();
        assertThat(topics).anyMatch(t -> t.startsWith("sum over the batch")).anyMatch(t -> t.endsWith("is locked"))
                .anyMatch(t -> t.contains("regularisation")).anyMatch(t -> t.startsWith("γ of"))
                .anyMatch(t -> t.startsWith("δ of")).anyMatch(t -> t.contains("cancelled"));
        for (String topic : topics) assertThat(FormulaTopics.translated(topic)).as(topic).isEqualTo(topic);
    }

    @Test
    void germanLeavesNoEnglish() {
        Texts.use(Locale.GERMANY);
        for (String topic : everyTopic()) {
            assertThat(FormulaTopics.translated(topic)).as(topic).isNotNull()
                    .doesNotContainPattern("\\b(of|the|neuron|layer|weight|bias|new|change|gradient|sum|input|output)\\b")
                    .doesNotContain("{");
        }
        assertThat(FormulaTopics.of("γ of neuron 1 of hidden layer 1")).isEqualTo("γ von Neuron 1 der verdeckten Schicht 1");
        assertThat(FormulaTopics.of("new w₁₂ of layer 2")).isEqualTo("neues Gewicht w₁₂ der Schicht 2");
    }
}
