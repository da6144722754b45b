package org.backpropfx.quiz;

import org.backpropfx.notation.Notation;

/**
 * The usual mistakes of a hand calculation of backpropagation, each of which gives a wrong number of its
 * own that can be recognised.
 */
public enum Slip {
    /** The sigmoid's slope β(1−β) (σ′) left out of a delta. */
    SLOPE_LEFT_OUT("slope-left-out", "the slope %s of the squashing function left out"),
    /** The difference (d − z) taken the other way round, so the delta (and everything after it) has the wrong sign. */
    SIGN_FLIPPED("sign-flipped", "the sign of (%s) flipped"),
    /** The ½ of the squared error dropped (where it belongs) or kept (where it does not). */
    HALF("half", "the ½ of the error %s"),
    /** The weights already updated used in the backward pass instead of the old ones. */
    NEW_WEIGHTS_IN_BACKWARD("new-weights", "the new weights used in the backward pass instead of the old ones"),
    /** Only one term of the sum over the next layer taken. */
    ONE_TERM("one-term", "only one term of the sum Σ over the next layer taken"),
    /** The bias weight multiplied by +1 instead of the constant −1 input (MIT notation). */
    BIAS_INPUT_PLUS_ONE("bias-plus-one", "the bias weight w₀ multiplied by +1 instead of the constant input −1"),
    /** The learning rate left out of the change of a weight. */
    RATE_FORGOTTEN("rate-forgotten", "the learning rate %s forgotten"),
    /** A neuron's net input used where its output belongs, or the other way round. */
    INPUT_OUTPUT_SWAPPED("input-output-swapped", "a neuron's net input %s and output %s swapped"),
    /** With a cross-entropy on its matching output (softmax, sigmoid) the slope is kept where it cancels. */
    SLOPE_KEPT("slope-kept", "the slope %s kept, though with cross-entropy it cancels and the delta is %s"),
    /** A softmax output squashed on its own with the sigmoid, as if the outputs did not share. */
    SOFTMAX_AS_SIGMOID("softmax-as-sigmoid", "each output squashed on its own by the sigmoid instead of shared out by softmax"),
    /** A softmax output written as e^z, without dividing by the sum over the outputs. */
    SOFTMAX_NOT_DIVIDED("softmax-not-divided", "e^%s not divided by the sum Σₖ e^%sₖ of the outputs"),
    /** The logarithm of a cross-entropy taken to base 10. */
    LOG_TEN("log-ten", "log₁₀ taken instead of the natural logarithm ln");

    private final String id;
    private final String pattern;

    Slip(String id, String pattern) {
        this.id = id;
        this.pattern = pattern;
    }

    /** A short stable name for records and CSV files, e.g. "slope-left-out". */
    public String id() { return id; }

    /** What went wrong, in the symbols of the notation, e.g. "the slope β(1−β) of the squashing function left out". */
    public String describe(Notation n) {
        return switch (this) {
            case SLOPE_LEFT_OUT -> String.format(pattern, n.sigmoidSlopeAsWritten());
            case SIGN_FLIPPED -> String.format(pattern, n.errorDifference());
            case HALF, NEW_WEIGHTS_IN_BACKWARD, ONE_TERM, BIAS_INPUT_PLUS_ONE -> pattern.contains("%s")
                    ? String.format(pattern, "dropped or kept") : pattern;
            case RATE_FORGOTTEN -> String.format(pattern, n.rateSymbol());
            case INPUT_OUTPUT_SWAPPED -> String.format(pattern, n.netSymbol(), n.outSymbol());
            case SLOPE_KEPT -> String.format(pattern, n.sigmoidSlope(),
                    n.deltaSymbol() + " = " + n.errorDifference("y", n.outSymbol()));
            case SOFTMAX_NOT_DIVIDED -> String.format(pattern, n.netSymbol(), n.netSymbol());
            case SOFTMAX_AS_SIGMOID, LOG_TEN -> pattern;
        };
    }

    public static Slip fromId(String id) {
        for (Slip s : values()) {
            if (s.id.equals(id)) return s;
        }
        throw new IllegalArgumentException("unknown slip '" + id + "'");
    }
}
