package org.backpropfx.export;

import java.util.ArrayList;
import java.util.List;

import org.backpropfx.notation.Formula;
import org.backpropfx.notation.FormulaBook;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.PhaseReport;
import org.backpropfx.stepper.Snapshot;

/**
 * A whole sample's worked example, every phase of it and not only the current one, as Markdown, LaTeX or
 * PDF: each formula with its numbers put in, exactly as the trace prints them (the same formula book).
 */
public final class WorkedSample {
    private WorkedSample() {}

    /** The report of every phase of the sample {@code any} belongs to, in order. */
    public static List<PhaseReport> reports(Snapshot any, FormulaBook book) {
        List<PhaseReport> reports = new ArrayList<>();
        for (int p = 0; p < any.phases().size(); p++) reports.add(PhaseReport.of(any.atPhase(p), book));
        return reports;
    }

    public static String markdown(String lessonTitle, Snapshot any, Notation notation, int digits) {
        StringBuilder sb = new StringBuilder("# ").append(lessonTitle).append(" — sample ").append(any.sample() + 1)
                .append(" worked through\n");
        for (PhaseReport r : reports(any, new FormulaBook(notation, digits))) sb.append('\n').append(r.toMarkdown());
        return sb.toString();
    }

    /** A LaTeX document (article, amsmath) with a section a phase. */
    public static String latex(String lessonTitle, Snapshot any, Notation notation, int digits) {
        StringBuilder sb = new StringBuilder(preamble(lessonTitle));
        sb.append("\\section*{").append(TikzCanvas.latexText(lessonTitle)).append(" --- sample ").append(any.sample() + 1)
                .append(" worked through}\n");
        latexReports(sb, reports(any, new FormulaBook(notation, digits)));
        sb.append("\\end{document}\n");
        return sb.toString();
    }

    static String preamble(String title) {
        return "% " + title.replace('\n', ' ') + "\n\\documentclass{article}\n\\usepackage{amsmath}\n"
                + "\\setlength{\\textwidth}{16cm}\\setlength{\\oddsidemargin}{-0.5cm}\n\\begin{document}\n\\raggedright\n";
    }

    /** Every report as a subsection listing its formulas. */
    public static void latexReports(StringBuilder sb, List<PhaseReport> reports) {
        for (PhaseReport r : reports) {
            sb.append("\\subsection*{").append(TikzCanvas.latexText(r.heading())).append("}\n");
            if (r.formulas().isEmpty()) continue;
            sb.append("\\begin{itemize}\n");
            for (Formula f : r.formulas()) {
                sb.append("  \\item ").append(TikzCanvas.latexText(f.topic())).append(": $").append(f.toLatex())
                        .append("$\n");
            }
            sb.append("\\end{itemize}\n");
        }
    }

    /** A PDF: for every phase the network as the window draws it, then the phase's formulas. */
    public static byte[] pdf(String lessonTitle, Snapshot any, Notation notation, int digits) {
        FormulaBook book = new FormulaBook(notation, digits);
        try (PdfPages pdf = new PdfPages(lessonTitle + " — sample " + (any.sample() + 1))) {
            pdf.newPage();
            pdf.heading(lessonTitle + " — sample " + (any.sample() + 1) + " worked through", 16);
            for (int p = 0; p < any.phases().size(); p++) {
                Snapshot s = any.atPhase(p);
                if (p > 0) pdf.newPage();
                pdf.drawing(NetworkDrawing.of(new ShownValues(s, notation, digits)));
                pdfReport(pdf, PhaseReport.of(s, book));
            }
            return pdf.toBytes();
        }
    }

    /** One report: its heading, then one formula a line. */
    public static void pdfReport(PdfPages pdf, PhaseReport report) {
        pdf.heading(report.heading(), 11.5f);
        for (Formula f : report.formulas()) pdf.line(f.toPlainText(), 10, 12);
    }
}
