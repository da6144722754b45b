package org.backpropfx.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.data.Offset;
import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MatrixBookTest {

    /** Every phase of a sample and a half, so that the update and a second sample's forward pass are in. */
    private static List<Snapshot> phases(Stepper stepper) {
        List<Snapshot> all = new ArrayList<>();
        all.add(stepper.snapshot());
        for (int k = 0; k < 2 * stepper.snapshot().phases().size() + 1; k++) all.add(stepper.stepForward());
        return all;
    }

    private static List<MatrixEquation.Cell> cells(List<MatrixEquation> lines) {
        List<MatrixEquation.Cell> cells = new ArrayList<>();
        for (MatrixEquation line : lines) line.blocks().forEach(b -> cells.addAll(b.cells()));
        return cells;
    }

    /** Every number the formula book writes for the phase has a cell with the same value and text. */
    static void assertEveryFormulaInMatrices(Snapshot s, Notation notation, int digits) {
        FormulaBook formulas = new FormulaBook(notation, digits);
        Map<Double, Set<String>> shown = new HashMap<>();
        for (MatrixEquation.Cell c : cells(new MatrixBook(notation, digits).phase(s))) {
            shown.computeIfAbsent(c.value() == 0.0 ? 0.0 : c.value(), v -> new HashSet<>()).add(c.text());
        }
        SignificantFormat format = new SignificantFormat(digits);
        for (Formula f : formulas.phase(s)) {
            String text = format.format(f.value());
            boolean found = shown.getOrDefault(f.value() == 0.0 ? 0.0 : f.value(), Set.of()).contains(text);
            if (!found || !text.equals(f.result().toPlainText())) {
                throw new AssertionError("not in the matrices: " + f.topic() + " at " + s.describePhase() + " ("
                        + notation + "): " + f.toPlainText());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"xor, mit, 4", "xor, gradient, 4", "article-003, mit, 4", "article-003, gradient, 3",
            "xor, gradient, 7", "single-weight, gradient, 4", "and, mit, 2"})
    void everyNumberOfEveryPhaseIsInACell(String lesson, String notation, int digits) {
        Lesson l = LessonFiles.loadShipped(lesson);
        for (Snapshot s : phases(new Stepper(l.newTrainer()))) {
            assertEveryFormulaInMatrices(s, Notation.fromId(notation), digits);
        }
    }

    @Test
    void batchesMomentumAndOtherLossesAndActivationsToo() {
        Activation[] activations = {Activation.TANH, Activation.RELU, Activation.IDENTITY, Activation.SIGMOID};
        Loss[] losses = {Loss.HALF_SSE, Loss.SSE, Loss.MSE};
        for (int k = 0; k < losses.length; k++) {
            Loss loss = losses[k];
            for (Activation activation : List.of(activations[k % activations.length])) {
                Network network = Network.of(activation, BiasMode.TRAINABLE, 2, 3, 2);
                network.layer(1).setWeights(new double[] {0.1, -0.2, 0.3, 0.4, -0.5, 0.6});
                network.layer(2).setWeights(new double[] {0.7, -0.1, 0.2, 0.3, 0.25, -0.4});
                DataSet data = new DataSet(new double[][] {{1, 0}, {0.5, 1}}, new double[][] {{1, 0}, {0, 1}});
                TrainingSettings settings = new TrainingSettings(0.3, 0.5, BatchMode.FULL_BATCH, 2, loss);
                Stepper stepper = new Stepper(new Trainer(network, data, settings));
                for (Snapshot s : phases(stepper)) {
                    for (Notation n : Notation.values()) assertEveryFormulaInMatrices(s, n, 4);
                }
            }
        }
    }

    @Test
    void crossEntropyWithAndWithoutItsMatchingOutput() {
        Object[][] cases = {{Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY}, {Activation.SOFTMAX, Loss.CROSS_ENTROPY},
                {Activation.SIGMOID, Loss.CROSS_ENTROPY}};
        for (Object[] c : cases) {
            Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 2, 2);
            network.layer(1).setWeights(new double[] {0.1, -0.2, 0.3, 0.4});
            network.layer(2).setWeights(new double[] {0.7, -0.1, 0.2, 0.3});
            network.layer(2).setActivation((Activation) c[0]);
            DataSet data = new DataSet(new double[][] {{1, 0}}, new double[][] {{1, 0}});
            Stepper stepper = new Stepper(new Trainer(network, data, TrainingSettings.plain(0.3).withLoss((Loss) c[1])));
            for (Snapshot s : phases(stepper)) {
                for (Notation n : Notation.values()) assertEveryFormulaInMatrices(s, n, 4);
            }
        }
    }

    @Test
    void forwardInMitNotationPutsW0AgainstMinusOne() {
        Lesson xor = LessonFiles.loadShipped("xor");
        Stepper stepper = new Stepper(xor.newTrainer());
        Snapshot s = stepper.stepForward();
        MatrixEquation net = new MatrixBook(Notation.MIT, 4).phase(s).get(0);
        List<MatrixEquation.Block> blocks = net.blocks();
        MatrixEquation.Block w = blocks.get(1);
        MatrixEquation.Block x = blocks.get(2);
        int hidden = s.size(1);
        int inputs = s.size(0);
        assertThat(blocks).hasSize(3);
        assertThat(w.shape()).isEqualTo(hidden + "×" + (inputs + 1));
        assertThat(x.cell(0, 0).value()).isEqualTo(-1.0);
        assertThat(x.cell(0, 0).element()).isNull();
        for (int j = 0; j < hidden; j++) {
            assertThat(w.cell(j, 0).value()).isEqualTo(-s.biasBefore(1, j));
            assertThat(w.cell(j, 0).element()).isEqualTo(new NetworkElement.Bias(1, j));
            for (int i = 0; i < inputs; i++) {
                assertThat(w.cell(j, i + 1).value()).isEqualTo(s.weightBefore(1, j, i));
                assertThat(w.cell(j, i + 1).element()).isEqualTo(new NetworkElement.Weight(1, j, i));
            }
            // α = W·[−1; x] holds with the shown numbers.
            double sum = 0;
            for (int c = 0; c < w.cols(); c++) sum += w.cell(j, c).value() * x.cell(c, 0).value();
            assertThat(sum).isCloseTo(blocks.get(0).cell(j, 0).value(), Offset.offset(1e-12));
        }
        assertThat(net.shapes()).isEqualTo(hidden + "×1 = " + hidden + "×" + (inputs + 1) + " · " + (inputs + 1) + "×1");
    }

    @Test
    void gradientNotationAddsTheBiasVectorAndHiddenDeltasUseTheTransposedNextLayer() {
        Lesson lesson = LessonFiles.loadShipped("article-003");
        Stepper stepper = new Stepper(lesson.newTrainer());
        Snapshot s = stepper.stepForward();
        assertThat(new MatrixBook(Notation.GRADIENT, 4).phase(s).get(0).shapes()).isEqualTo("3×1 = 3×3 · 3×1 + 3×1");
        Snapshot hidden = null;
        while (hidden == null) {
            Snapshot next = stepper.stepForward();
            if (next.phase().kind() == PhaseKind.BACKWARD && next.phase().layer() == 2) hidden = next;
        }
        MatrixEquation delta = new MatrixBook(Notation.GRADIENT, 4).phase(hidden).get(0);
        MatrixEquation.Block transposed = delta.blocks().get(1);
        assertThat(transposed.name()).isEqualTo("(W³)ᵀ");
        assertThat(transposed.shape()).isEqualTo("3×1");
        for (int j = 0; j < 3; j++) {
            assertThat(transposed.cell(j, 0).value()).isEqualTo(hidden.weightBefore(3, 0, j));
            assertThat(transposed.cell(j, 0).element()).isEqualTo(new NetworkElement.Weight(3, 0, j));
        }
        MatrixEquation gamma = new MatrixBook(Notation.MIT, 4).phase(hidden).get(0);
        assertThat(gamma.blocks().get(0).cell(0, 0).value()).isEqualTo(-hidden.delta(2, 0));
    }
}
