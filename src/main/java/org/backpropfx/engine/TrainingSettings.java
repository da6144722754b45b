package org.backpropfx.engine;

import java.util.Objects;

/**
 * How the weights are updated.
 *
 * @param learningRate η (r in the MIT notation), greater than 0
 * @param momentum μ in [0, 1): 0 is plain gradient descent
 * @param batchMode online, mini-batch or full batch
 * @param batchSize samples per update in mini-batch mode (ignored otherwise)
 * @param loss the error being minimised
 * @param l1 λ₁ ≥ 0: the weight of the penalty λ₁·Σ|w| on the weights (0: none)
 * @param l2 λ₂ ≥ 0: the weight of the penalty λ₂/2·Σw² on the weights (0: none)
 */
public record TrainingSettings(double learningRate, double momentum, BatchMode batchMode, int batchSize, Loss loss,
                               double l1, double l2) {
    public static final double MAX_LEARNING_RATE = 100.0;
    public static final double MAX_PENALTY = 10.0;
    public static final int MAX_BATCH_SIZE = 1_000_000;

    public TrainingSettings {
        Objects.requireNonNull(batchMode, "batchMode");
        Objects.requireNonNull(loss, "loss");
        if (!(learningRate > 0.0 && learningRate <= MAX_LEARNING_RATE)) {
            throw new IllegalArgumentException("the learning rate must be above 0 and at most " + MAX_LEARNING_RATE
                    + ", not " + learningRate);
        }
        if (!(momentum >= 0.0 && momentum < 1.0)) {
            throw new IllegalArgumentException("the momentum must be at least 0 and below 1, not " + momentum);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("the batch size must be 1 to " + MAX_BATCH_SIZE + ", not " + batchSize);
        }
        if (!(l1 >= 0.0 && l1 <= MAX_PENALTY)) {
            throw new IllegalArgumentException("λ₁ (l1) must be 0 to " + MAX_PENALTY + ", not " + l1);
        }
        if (!(l2 >= 0.0 && l2 <= MAX_PENALTY)) {
            throw new IllegalArgumentException("λ₂ (l2) must be 0 to " + MAX_PENALTY + ", not " + l2);
        }
    }

    /** Settings without regularisation. */
    public TrainingSettings(double learningRate, double momentum, BatchMode batchMode, int batchSize, Loss loss) {
        this(learningRate, momentum, batchMode, batchSize, loss, 0.0, 0.0);
    }

    /** Whether an update adds λ₂·w + λ₁·sign(w) to the weights' gradients. */
    public boolean isRegularised() { return l1 != 0.0 || l2 != 0.0; }

    public TrainingSettings withRegularisation(double newL1, double newL2) {
        return new TrainingSettings(learningRate, momentum, batchMode, batchSize, loss, newL1, newL2);
    }

    /** On-line gradient descent without momentum on ½Σ(d−z)². */
    public static TrainingSettings plain(double learningRate) {
        return new TrainingSettings(learningRate, 0.0, BatchMode.ONLINE, 1, Loss.HALF_SSE);
    }

    public TrainingSettings withLearningRate(double rate) {
        return new TrainingSettings(rate, momentum, batchMode, batchSize, loss, l1, l2);
    }

    public TrainingSettings withMomentum(double mu) {
        return new TrainingSettings(learningRate, mu, batchMode, batchSize, loss, l1, l2);
    }

    public TrainingSettings withBatch(BatchMode mode, int size) {
        return new TrainingSettings(learningRate, momentum, mode, size, loss, l1, l2);
    }

    public TrainingSettings withLoss(Loss newLoss) {
        return new TrainingSettings(learningRate, momentum, batchMode, batchSize, newLoss, l1, l2);
    }
}
