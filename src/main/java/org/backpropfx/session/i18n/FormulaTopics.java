package org.backpropfx.session.i18n;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a formula computes, in the window's language. The formula book names its lines in English for the
 * trace and the exports ("net input of neuron 1 of hidden layer 1"); the window reads those names back into
 * their parts and says them with the bundle's words ("Netzeingabe von Neuron 1 der verdeckten Schicht 1").
 * Every name the book makes has a rule here; the tests walk the shipped lessons to keep it so.
 */
public final class FormulaTopics {
    private static final String NEURON = "(output neuron \\d+|neuron \\d+ of (?:hidden layer \\d+|the input layer|the output layer))";
    private static final String WEIGHT = "(w\\S+(?: of layer \\d+)?)";

    private record Rule(Pattern pattern, String key, List<Part> parts) {}

    /** How one captured part of an English topic is written in the window's language. */
    @FunctionalInterface
    private interface Part {
        String apply(String english);
    }

    private static final List<Rule> RULES = List.of(
            rule("input (\\d+)", "topic.input", FormulaTopics::same),
            rule("target of output (\\d+)", "topic.target", FormulaTopics::same),
            rule("output (\\d+)", "topic.output", FormulaTopics::same),
            rule("net input of " + NEURON, "topic.net", FormulaTopics::neuron),
            rule("output of " + NEURON + " \\((\\S+)\\)", "topic.out", FormulaTopics::neuron, FormulaTopics::same),
            rule("performance \\((\\S+), maximised\\)", "topic.performance", FormulaTopics::same),
            rule("error \\((\\S+)\\)", "topic.error", FormulaTopics::same),
            rule("regularisation penalty of the weights \\(beside the data performance\\)", "topic.penalty.mit"),
            rule("regularisation penalty of the weights \\(beside the data error\\)", "topic.penalty"),
            rule("(γ|δ) of " + NEURON + " \\(σ′ cancelled by binary cross-entropy\\)", "topic.delta.sigmoidCancelled",
                    FormulaTopics::same, FormulaTopics::neuron),
            rule("(γ|δ) of " + NEURON + " \\(softmax's Jacobian cancelled by cross-entropy\\)",
                    "topic.delta.softmaxCancelled", FormulaTopics::same, FormulaTopics::neuron),
            rule("(γ|δ) of " + NEURON + " \\(softmax: the sum over its Jacobian\\)", "topic.delta.softmax",
                    FormulaTopics::same, FormulaTopics::neuron),
            rule("(γ|δ) of " + NEURON, "topic.delta", FormulaTopics::same, FormulaTopics::neuron),
            rule("gradient of the bias of " + NEURON, "topic.gradient.bias", FormulaTopics::neuron),
            rule("gradient of " + WEIGHT + " with the regularisation's term", "topic.gradient.regularised",
                    FormulaTopics::weight),
            rule("gradient of weight " + WEIGHT + " over the batch of (\\d+) samples", "topic.gradient.batch",
                    FormulaTopics::weight, FormulaTopics::same),
            rule("gradient of bias of " + NEURON + " over the batch of (\\d+) samples", "topic.gradient.batch.bias",
                    FormulaTopics::neuron, FormulaTopics::same),
            rule("gradient of " + WEIGHT, "topic.gradient", FormulaTopics::weight),
            rule("sum over the batch so far \\((\\d+) samples?\\) for weight " + WEIGHT, "topic.batchSum",
                    FormulaTopics::samples, FormulaTopics::weight),
            rule("sum over the batch so far \\((\\d+) samples?\\) for the bias of " + NEURON, "topic.batchSum.bias",
                    FormulaTopics::samples, FormulaTopics::neuron),
            rule("weight " + WEIGHT + " is locked", "topic.locked", FormulaTopics::weight),
            rule("bias of " + NEURON + " is locked", "topic.locked.bias", FormulaTopics::neuron),
            rule("new bias of " + NEURON, "topic.new.bias", FormulaTopics::neuron),
            rule("new " + WEIGHT, "topic.new", FormulaTopics::weight),
            rule("change of bias of " + NEURON, "topic.change.bias", FormulaTopics::neuron),
            rule("change of " + WEIGHT, "topic.change", FormulaTopics::weight));

    private FormulaTopics() {
    }

    /** {@code english} in the window's language; a name no rule knows is shown as it is. */
    public static String of(String english) {
        String said = translated(english);
        return said == null ? english : said;
    }

    /** {@code english} in the window's language, or null if no rule knows it. */
    static String translated(String english) {
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(english);
            if (!m.matches()) continue;
            // Each part is one group of the pattern: NEURON and WEIGHT capture once, inside them nothing does.
            Object[] arguments = new Object[r.parts().size()];
            for (int k = 0; k < arguments.length; k++) arguments[k] = r.parts().get(k).apply(m.group(k + 1));
            return Texts.get(r.key(), arguments);
        }
        return null;
    }

    private static Rule rule(String pattern, String key, Part... parts) {
        return new Rule(Pattern.compile(pattern), key, List.of(parts));
    }

    private static String same(String s) { return s; }

    /** "1 sample", "3 samples". */
    private static String samples(String count) {
        return "1".equals(count) ? Texts.get("topic.samples.one") : Texts.get("topic.samples", count);
    }

    private static final Pattern OUTPUT_NEURON = Pattern.compile("output neuron (\\d+)");
    private static final Pattern LAYER_NEURON = Pattern.compile("neuron (\\d+) of (?:hidden layer (\\d+)|the (input|output) layer)");
    private static final Pattern LAYER_WEIGHT = Pattern.compile("(w\\S+) of layer (\\d+)");

    /** "output neuron 1", "neuron 2 of hidden layer 1". */
    static String neuron(String english) {
        Matcher m = OUTPUT_NEURON.matcher(english);
        if (m.matches()) return Texts.get("topic.name.output", m.group(1));
        m = LAYER_NEURON.matcher(english);
        if (!m.matches()) return english;
        if (m.group(2) != null) return Texts.get("topic.name.hidden", m.group(1), m.group(2));
        return Texts.get("input".equals(m.group(3)) ? "topic.name.input" : "topic.name.output.layer", m.group(1));
    }

    /** "w₁₂ of layer 2", "w₁₂". */
    static String weight(String english) {
        Matcher m = LAYER_WEIGHT.matcher(english);
        return m.matches() ? Texts.get("topic.name.weight", m.group(1), m.group(2)) : english;
    }
}
