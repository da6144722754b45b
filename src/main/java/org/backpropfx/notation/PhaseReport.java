package org.backpropfx.notation;

import java.util.ArrayList;
import java.util.List;

import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;

/**
 * Everything one phase computed, for every neuron and weight it touched, as formulas: what the trace
 * command prints for each step.
 *
 * @param phase the phase, or null before the first ("Ready")
 * @param description "Forward — layer 1 of 2" …
 * @param sample the sample's number, from 1
 * @param sampleCount samples in the training set
 * @param epoch the epoch's number, from 1
 * @param sections the formulas under a heading each where the same symbol stands for a weight of every
 *                 layer (the update of a network with hidden layers); otherwise one section without heading
 */
public record PhaseReport(Phase phase, String description, int sample, int sampleCount, long epoch,
                          List<Formula> formulas, List<Section> sections) {
    /** Formulas under a heading ("Layer 2, into the output layer"); the heading is null when there is one section. */
    public record Section(String heading, List<Formula> formulas) {
        public Section {
            formulas = List.copyOf(formulas);
        }
    }

    public PhaseReport {
        formulas = List.copyOf(formulas);
        sections = List.copyOf(sections);
    }

    /** A report in one section without heading. */
    public PhaseReport(Phase phase, String description, int sample, int sampleCount, long epoch, List<Formula> formulas) {
        this(phase, description, sample, sampleCount, epoch, formulas, List.of(new Section(null, formulas)));
    }

    public static PhaseReport of(Snapshot s, FormulaBook book) {
        List<Formula> formulas = book.phase(s);
        return new PhaseReport(s.phase(), s.describePhase(), s.sample() + 1, s.sampleCount(), s.epoch() + 1,
                formulas, sections(s, book, formulas));
    }

    /**
     * The update names the weights of every layer w₁₁, w₁₂, …: with more than one layer each layer's lines go
     * under a heading, so that a reader knows which w₁₁ a line is about.
     */
    private static List<Section> sections(Snapshot s, FormulaBook book, List<Formula> formulas) {
        Phase phase = s.phase();
        int layers = s.layerCount();
        if (phase == null || phase.kind() != PhaseKind.UPDATE || layers < 2) return List.of(new Section(null, formulas));
        // The phase lists layer after layer; what the book writes for each element of a layer says how many lines it has.
        List<Section> sections = new ArrayList<>(layers);
        int from = 0;
        for (int l = 1; l <= layers; l++) {
            int lines = 0;
            for (int j = 0; j < s.size(l); j++) {
                for (int i = 0; i < s.size(l - 1); i++) lines += book.current(s, new NetworkElement.Weight(l, j, i)).size();
                lines += book.current(s, new NetworkElement.Bias(l, j)).size();
            }
            if (from + lines > formulas.size()) return List.of(new Section(null, formulas));
            sections.add(new Section(layerHeading(l, layers), formulas.subList(from, from + lines)));
            from += lines;
        }
        return from == formulas.size() ? sections : List.of(new Section(null, formulas));
    }

    /** "Layer 1, into hidden layer 1": the weight layer's number, as the topics and the lesson files count it. */
    static String layerHeading(int layer, int layers) {
        return "Layer " + layer + ", into " + Phase.layerName(layer, layers);
    }

    /** "Epoch 1, sample 2 of 4 — Forward — layer 1 of 2". */
    public String heading() {
        return "Epoch " + epoch + ", sample " + sample + " of " + sampleCount + " — " + description;
    }

    /** The heading, then one indented formula a line, under a layer heading where the symbols repeat. */
    public String toPlainText() {
        StringBuilder sb = new StringBuilder(heading()).append('\n');
        for (Section section : sections) {
            String indent = "  ";
            if (section.heading() != null) {
                sb.append("  ").append(section.heading()).append(":\n");
                indent = "    ";
            }
            for (Formula f : section.formulas()) sb.append(indent).append(f.toPlainText()).append('\n');
        }
        return sb.toString();
    }

    /** A level-3 heading, then a list of formulas in inline LaTeX, each after its topic. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("### ").append(heading()).append("\n\n");
        for (Formula f : formulas) {
            sb.append("- ").append(f.topic()).append(": ").append(f.toMarkdown()).append('\n');
        }
        return sb.toString();
    }
}
