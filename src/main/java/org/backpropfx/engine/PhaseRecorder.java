package org.backpropfx.engine;

/**
 * Watches one sample being trained, phase by phase. The arrays passed in are the trainer's working
 * buffers: a recorder that keeps them must copy them. The fast path trains with no recorder.
 */
public interface PhaseRecorder {
    /** Layer {@code layer} (1 = first hidden) has computed its net inputs and outputs. */
    void forward(int layer, double[] net, double[] out);

    /** The output is known: the sample's error against its target. */
    void error(double[] target, double[] output, double loss);

    /**
     * Layer {@code layer}'s deltas are known and their gradients added to the batch sums.
     *
     * @param input the outputs of the layer before (the inputs of these weights)
     * @param sumW the batch's summed ∂E/∂w so far, including this sample
     * @param sumB the batch's summed ∂E/∂b so far, including this sample
     */
    void backward(int layer, double[] delta, double[] input, double[] sumW, double[] sumB);

    /**
     * The batch ended and layer {@code layer}'s weights were updated.
     *
     * @param gradW the batch gradient used, ∂E/∂w (the summed gradients times the loss's batch scale)
     * @param stepW each weight's change Δw (zero for locked weights)
     * @param newW the weights after the update
     */
    void update(int layer, double[] gradW, double[] gradB, double[] stepW, double[] stepB, double[] newW,
                double[] newB);
}
