package org.backpropfx.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Network;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Notation;
import org.backpropfx.plot.SnapshotNetwork;
import org.backpropfx.session.GradientCheckRows;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.api.Test;

/** With L1/L2 on, the gradient check is of the error plus the penalty, and says so with its λ. */
class RegularisedGradientCheckTest {
    /** λ₂/2·Σw² + λ₁·Σ|w| summed here, weights only. */
    private static double penalty(Network n, double l1, double l2) {
        double sum = 0;
        for (Layer layer : n.layers()) {
            for (int j = 0; j < layer.outputs(); j++) {
                for (int i = 0; i < layer.inputs(); i++) {
                    double w = layer.weight(j, i);
                    sum += l2 / 2 * w * w + l1 * Math.abs(w);
                }
            }
        }
        return sum;
    }

    @Test
    void everyWeightsGradientIncludesThePenaltyAndBiasesDoNot() throws Exception {
        Lesson lesson = LessonFiles.loadShipped("weight-decay");
        double l1 = lesson.settings().l1();
        double l2 = lesson.settings().l2();
        Stepper stepper = new Stepper(lesson.newTrainer());
        for (int k = 0; k < 3; k++) stepper.finishSample();
        Snapshot s = stepper.snapshot();
        GradientCheckRows rows = GradientCheckRows.of(s, Notation.GRADIENT);
        Network network = SnapshotNetwork.inForce(s);
        double h = 1e-5;
        int weights = 0;
        for (GradientCheckRows.Row row : rows.rows()) {
            var e = row.entry();
            Network plus = network.copy();
            Network minus = network.copy();
            double numerical;
            if (e.isBias()) {
                plus.layer(e.layer()).setBias(e.neuron(), network.layer(e.layer()).bias(e.neuron()) + h);
                minus.layer(e.layer()).setBias(e.neuron(), network.layer(e.layer()).bias(e.neuron()) - h);
            } else {
                double w = network.layer(e.layer()).weight(e.neuron(), e.input());
                plus.layer(e.layer()).setWeight(e.neuron(), e.input(), w + h);
                minus.layer(e.layer()).setWeight(e.neuron(), e.input(), w - h);
                weights++;
            }
            numerical = (plus.loss(s.input(), s.target(), s.settings().loss()) + penalty(plus, l1, l2)
                    - minus.loss(s.input(), s.target(), s.settings().loss()) - penalty(minus, l1, l2)) / (2 * h);
            assertThat(row.numerical()).as(row.parameter()).isCloseTo(numerical, within(1e-9));
            assertThat(row.backprop()).as(row.parameter()).isCloseTo(numerical, within(1e-6));
        }
        assertThat(weights).isPositive();
        assertThat(GradientCheckView.penalty(s)).contains("λ₁ = ").contains("λ₂ = ").contains("biases carry no penalty");
    }
}
