package org.backpropfx.ui.tinker;

import org.backpropfx.notation.Formula;
import org.backpropfx.notation.FormulaBook;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.PhaseReport;
import org.backpropfx.stepper.Snapshot;

/** The current step written out for a handout or an exam: the phase's formulas with the numbers put in. */
public final class WorkedExample {
    private WorkedExample() {
    }

    public static String markdown(String lessonTitle, Snapshot s, Notation notation, int digits) {
        PhaseReport report = PhaseReport.of(s, new FormulaBook(notation, digits));
        return "## " + lessonTitle + "\n\n" + report.toMarkdown();
    }

    /** A LaTeX fragment (no preamble) for \input into a document with amsmath. */
    public static String latex(String lessonTitle, Snapshot s, Notation notation, int digits) {
        PhaseReport report = PhaseReport.of(s, new FormulaBook(notation, digits));
        StringBuilder sb = new StringBuilder();
        sb.append("\\subsection*{").append(escape(lessonTitle)).append("}\n");
        sb.append("\\paragraph{").append(escape(report.heading())).append("}\n");
        if (report.formulas().isEmpty()) {
            sb.append("Nothing is computed yet in this step.\n");
            return sb.toString();
        }
        sb.append("\\begin{itemize}\n");
        for (Formula f : report.formulas()) {
            sb.append("  \\item ").append(escape(f.topic())).append(": $").append(f.toLatex()).append("$\n");
        }
        sb.append("\\end{itemize}\n");
        return sb.toString();
    }

    /** Text with LaTeX's special characters made literal. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> sb.append('\\').append(c);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                case '—' -> sb.append("---");
                case '−' -> sb.append("$-$");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
