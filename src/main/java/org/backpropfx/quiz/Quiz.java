package org.backpropfx.quiz;

import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.Snapshot;

/**
 * Asks for a value before the step that computes it is shown, checks the answer and keeps a score.
 *
 * <p>An answer counts as right when it is within a relative tolerance of the engine's value, or within
 * an absolute one for values near zero: a student working with four digits by hand collects rounding
 * errors along the way and should not be marked wrong for them.
 */
public final class Quiz {
    public static final double DEFAULT_RELATIVE_TOLERANCE = 0.01;
    public static final double DEFAULT_ABSOLUTE_TOLERANCE = 0.001;

    private final double relativeTolerance;
    private final double absoluteTolerance;
    private int asked;
    private int right;

    public Quiz() {
        this(DEFAULT_RELATIVE_TOLERANCE, DEFAULT_ABSOLUTE_TOLERANCE);
    }

    public Quiz(double relativeTolerance, double absoluteTolerance) {
        if (!(relativeTolerance >= 0 && relativeTolerance < 1) || !(absoluteTolerance >= 0 && absoluteTolerance < 1)) {
            throw new IllegalArgumentException("tolerances must be at least 0 and below 1");
        }
        this.relativeTolerance = relativeTolerance;
        this.absoluteTolerance = absoluteTolerance;
    }

    /** Every question that can be asked about the phase {@code revealed} is about to show. */
    public static List<Question> questionsFor(Snapshot revealed, Notation notation) {
        List<Question> questions = new ArrayList<>();
        Phase phase = revealed.phase();
        if (phase == null) return questions;
        int layers = revealed.layerCount();
        switch (phase.kind()) {
            case FORWARD -> {
                int l = phase.layer();
                for (int j = 0; j < revealed.size(l); j++) {
                    NetworkElement.Neuron n = new NetworkElement.Neuron(l, j);
                    questions.add(new Question(Quantity.NET_INPUT, n, "What is " + notation.netSymbol() + " of "
                            + neuronName(l, j, layers) + "?", revealed.net(l, j)));
                    questions.add(new Question(Quantity.OUTPUT, n, "What is " + notation.outSymbol() + " of "
                            + neuronName(l, j, layers) + "?", revealed.out(l, j)));
                }
            }
            case ERROR -> questions.add(new Question(Quantity.ERROR, null, "What is the error "
                    + notation.objectiveSymbol() + " of this sample?", notation.objective(revealed.loss())));
            case BACKWARD -> {
                int l = phase.layer();
                for (int j = 0; j < revealed.size(l); j++) {
                    questions.add(new Question(Quantity.DELTA, new NetworkElement.Neuron(l, j), "What is "
                            + notation.deltaSymbol() + " of " + neuronName(l, j, layers) + "?",
                            notation.delta(revealed.delta(l, j))));
                }
            }
            case UPDATE -> {
                for (int l = 1; l <= layers; l++) {
                    for (int j = 0; j < revealed.size(l); j++) {
                        for (int i = 0; i < revealed.size(l - 1); i++) {
                            if (revealed.isWeightLocked(l, j, i)) continue;
                            questions.add(new Question(Quantity.NEW_WEIGHT, new NetworkElement.Weight(l, j, i),
                                    "What is the new weight from " + neuronName(l - 1, i, layers) + " to "
                                            + neuronName(l, j, layers) + "?", revealed.newWeight(l, j, i)));
                        }
                    }
                }
            }
        }
        return questions;
    }

    /** A question chosen at random among those of the phase, or none if the phase has none. */
    public static Optional<Question> pick(Snapshot revealed, Notation notation, RandomGenerator random) {
        List<Question> questions = questionsFor(revealed, notation);
        return questions.isEmpty() ? Optional.empty() : Optional.of(questions.get(random.nextInt(questions.size())));
    }

    /** "input 1", "hidden neuron 2 of layer 1", "output neuron 1" — counted from 1 as people count. */
    public static String neuronName(int layer, int j, int layers) {
        if (layer == 0) return "input " + (j + 1);
        if (layer == layers) return "output neuron " + (j + 1);
        return "hidden neuron " + (j + 1) + " of layer " + layer;
    }

    /** Judges a typed answer and counts it in the score (text that is not a number is not counted). */
    public Verdict answer(Question question, String typed, Locale locale) {
        Optional<Double> value = parse(typed, locale);
        if (value.isEmpty()) {
            return new Verdict(false, false, Double.NaN, question.answer(),
                    "'" + typed.strip() + "' is not a number — type a value such as 0.25 or -1.5e-3");
        }
        double given = value.get();
        double expected = question.answer();
        boolean correct = within(given, expected);
        asked++;
        if (correct) right++;
        return new Verdict(true, correct, given, expected, correct ? "Right." : "Not quite.");
    }

    /**
     * The slips that explain a wrong answer: those whose value the answer matches within the tolerance.
     * Empty for a right answer (a right answer is never a slip) and for a wrong one no usual slip explains.
     *
     * @param revealed the step that computes the value asked for
     */
    public List<SlipCandidate> diagnose(Question question, double given, Snapshot revealed, Notation notation,
                                        SignificantFormat format) {
        if (!Double.isFinite(given) || within(given, question.answer())) return List.of();
        return Slips.candidates(question, revealed, notation, format).stream()
                .filter(c -> within(given, c.value()))
                .toList();
    }

    private boolean within(double given, double expected) {
        return Math.abs(given - expected) <= Math.max(absoluteTolerance, relativeTolerance * Math.abs(expected));
    }

    public int asked() { return asked; }

    public int right() { return right; }

    public void resetScore() {
        asked = 0;
        right = 0;
    }

    /** Reads a plain decimal number; in a locale that writes decimals with a comma, "0,5" is one half. */
    static Optional<Double> parse(String typed, Locale locale) {
        String text = typed.strip().replace('−', '-');
        if (text.isEmpty()) return Optional.empty();
        char comma = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        if (comma == ',' && text.indexOf('.') < 0) text = text.replace(',', '.');
        if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) return Optional.empty();
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }
}
