package org.backpropfx.notation;

import java.util.List;

import org.backpropfx.stepper.Phase;
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
 */
public record PhaseReport(Phase phase, String description, int sample, int sampleCount, long epoch,
                          List<Formula> formulas) {
    public PhaseReport {
        formulas = List.copyOf(formulas);
    }

    public static PhaseReport of(Snapshot s, FormulaBook book) {
        return new PhaseReport(s.phase(), s.describePhase(), s.sample() + 1, s.sampleCount(), s.epoch() + 1,
                book.phase(s));
    }

    /** "Epoch 1, sample 2 of 4 — Forward — layer 1 of 2". */
    public String heading() {
        return "Epoch " + epoch + ", sample " + sample + " of " + sampleCount + " — " + description;
    }

    /** The heading, then one indented formula a line. */
    public String toPlainText() {
        StringBuilder sb = new StringBuilder(heading()).append('\n');
        for (Formula f : formulas) sb.append("  ").append(f.toPlainText()).append('\n');
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
