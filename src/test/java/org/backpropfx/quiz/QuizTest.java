package org.backpropfx.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.notation.Notation;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.api.Test;

class QuizTest {

    private static Stepper xorStepper() {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 2, 1);
        Initializer.initialize(network, InitMethod.UNIFORM, 1.0, 17);
        DataSet xor = new DataSet(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});
        return new Stepper(new Trainer(network, xor, TrainingSettings.plain(0.5)));
    }

    @Test
    void questionsAskForWhatTheNextStepReveals() {
        Stepper stepper = xorStepper();
        for (int step = 0; step < 14; step++) {
            Snapshot next = stepper.peekNext();
            List<Question> mit = Quiz.questionsFor(next, Notation.MIT);
            List<Question> gradient = Quiz.questionsFor(next, Notation.GRADIENT);
            Snapshot shown = stepper.stepForward();
            assertEquals(next.phaseIndex(), shown.phaseIndex());
            assertFalse(mit.isEmpty(), shown.describePhase());
            for (int k = 0; k < mit.size(); k++) {
                Question q = mit.get(k);
                double engine = switch (q.quantity()) {
                    case NET_INPUT -> shown.net(neuron(q).layer(), neuron(q).index());
                    case OUTPUT -> shown.out(neuron(q).layer(), neuron(q).index());
                    case ERROR -> -shown.loss();
                    case DELTA -> -shown.delta(neuron(q).layer(), neuron(q).index());
                    case NEW_WEIGHT -> {
                        NetworkElement.Weight w = (NetworkElement.Weight) q.element();
                        yield shown.newWeight(w.layer(), w.to(), w.from());
                    }
                };
                assertEquals(engine, q.answer(), 0.0, q.prompt());
                boolean signFlips = q.quantity() == Quantity.DELTA || q.quantity() == Quantity.ERROR;
                assertEquals(signFlips ? -engine : engine, gradient.get(k).answer(), 0.0);
            }
        }
    }

    private static NetworkElement.Neuron neuron(Question q) { return (NetworkElement.Neuron) q.element(); }

    @Test
    void promptsUseTheNotationsSymbols() {
        Stepper stepper = xorStepper();
        for (int k = 0; k < 3; k++) stepper.stepForward();
        Snapshot outputDeltas = stepper.peekNext();
        assertEquals("What is γ of output neuron 1?", Quiz.questionsFor(outputDeltas, Notation.MIT).get(0).prompt());
        assertEquals("What is δ of output neuron 1?", Quiz.questionsFor(outputDeltas, Notation.GRADIENT).get(0).prompt());
    }

    @Test
    void answersWithinToleranceCountAsRight() {
        Quiz quiz = new Quiz();
        Question q = new Question(Quantity.DELTA, new NetworkElement.Neuron(2, 0), "?", -0.1385);
        assertTrue(quiz.answer(q, "-0.1386", Locale.US).correct());
        assertTrue(quiz.answer(q, " −0.1385 ", Locale.US).correct());
        Verdict wrong = quiz.answer(q, "0.1385", Locale.US);
        assertTrue(wrong.understood());
        assertFalse(wrong.correct());
        assertEquals(-0.1385, wrong.expected());
        assertFalse(quiz.answer(q, "-0.15", Locale.US).correct());
        assertEquals(4, quiz.asked());
        assertEquals(2, quiz.right());
        Question nearZero = new Question(Quantity.DELTA, new NetworkElement.Neuron(1, 0), "?", 2e-5);
        assertTrue(quiz.answer(nearZero, "0", Locale.US).correct());
    }

    @Test
    void textThatIsNotANumberIsExplainedAndNotScored() {
        Quiz quiz = new Quiz();
        Question q = new Question(Quantity.OUTPUT, new NetworkElement.Neuron(1, 0), "?", 0.5);
        for (String bad : new String[] {"abc", "", "NaN", "Infinity", "1e400", "0x1p3"}) {
            Verdict v = quiz.answer(q, bad, Locale.US);
            assertFalse(v.understood(), bad);
            assertFalse(v.correct(), bad);
        }
        assertEquals(0, quiz.asked());
    }

    @Test
    void decimalCommaWhereTheLocaleWritesOne() {
        assertEquals(Optional.of(0.5), Quiz.parse("0,5", Locale.GERMANY));
        assertEquals(Optional.empty(), Quiz.parse("0,5", Locale.US));
        assertEquals(Optional.of(-1.25e-3), Quiz.parse("-1.25e-3", Locale.GERMANY));
    }

    @Test
    void pickChoosesAmongTheQuestions() {
        Stepper stepper = xorStepper();
        Snapshot next = stepper.peekNext();
        Question q = Quiz.pick(next, Notation.MIT, new SplittableRandom(1)).orElseThrow();
        assertTrue(Quiz.questionsFor(next, Notation.MIT).contains(q));
    }
}
