package org.backpropfx.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.notation.Notation;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.api.Test;

/**
 * The worked example of one softmax + cross-entropy step, exported as Markdown, against the step done by hand:
 * x = (1, 0), first weights 1, 2, 0.5 (the rest 0), so z = (1, 2, 0.5); y = (0, 1, 0); rate 0.1.
 *
 * <pre>
 *   a = e^z / (e¹ + e² + e^0.5) = (2.718282, 7.389056, 1.648721) / 11.756059 = (0.2312, 0.6285, 0.1402)
 *   E = −ln a₂ = ln 11.756059 − 2 = 0.4644
 *   δ = a − y: δ₂ = 0.6285 − 1 = −0.3715 (softmax's Jacobian and the slope of ln cancel)
 *   w₂₁ ← 2 − 0.1 × (−0.3715) = 2.037
 * </pre>
 */
class WorkedSoftmaxExampleTest {
    private static Stepper step() {
        Network network = new Network(new int[] {2, 3}, new Activation[] {Activation.SOFTMAX}, BiasMode.TRAINABLE);
        network.layer(1).setWeights(new double[] {1, 0, 2, 0, 0.5, 0});
        TrainingSettings settings = new TrainingSettings(0.1, 0.0, BatchMode.ONLINE, 1, Loss.CROSS_ENTROPY);
        return new Stepper(new Trainer(network, new DataSet(new double[][] {{1, 0}}, new double[][] {{0, 1, 0}}), settings));
    }

    @Test
    void theGradientNotationWritesTheOutputDeltaAsAMinusYWithItsNumbers() {
        String md = WorkedSample.markdown("Three outputs", step().snapshot(), Notation.GRADIENT, 4);
        assertThat(md).contains("$a_{2} = \\mathrm{exp}(z_{2})/\\sum _{k}\\mathrm{exp}(z_{k}) = \\mathrm{e}^{2}/(\\mathrm{e}^{1}"
                + " + \\mathrm{e}^{2} + \\mathrm{e}^{0.5}) = 0.6285$");
        assertThat(md).contains("$E = -\\sum _{k}y_{k} \\mathrm{ln} a_{k} = -\\mathrm{ln} 0.6285 = 0.4644$");
        assertThat(md).contains("- δ of output neuron 2 (softmax's Jacobian cancelled by cross-entropy): $\\delta _{2} = "
                + "-\\sum _{k}(y_{k}/a_{k})\\cdot a_{k}([\\mathrm{k} = 2] - a_{2}) = a_{2}\\sum _{k}y_{k} - y_{2} = a_{2} - y_{2}"
                + " = 0.6285 - 1 = -0.3715$");
        assertThat(md).contains("$w_{21} \\leftarrow  w_{21} - \\eta \\cdot \\partial E/\\partial w_{21} = 2 - 0.1 \\times  (-0.3715) = 2.037$");
    }

    @Test
    void theMitNotationWritesGammaAsYMinusBeta() {
        String md = WorkedSample.markdown("Three outputs", step().snapshot(), Notation.MIT, 4);
        assertThat(md).contains("$P = \\sum _{k}d_{k} \\mathrm{ln} z_{k} = \\mathrm{ln} 0.6285 = -0.4644$");
        assertThat(md).contains("= d_{2} - z_{2} = 1 - 0.6285 = 0.3715$");
        assertThat(md).contains("$w_{21} \\leftarrow  w_{21} + \\Delta w_{21} = 2 + 0.03715 = 2.037$");
    }
}
