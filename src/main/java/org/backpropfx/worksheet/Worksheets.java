package org.backpropfx.worksheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backpropfx.engine.Loss;
import org.backpropfx.export.CommandLine;
import org.backpropfx.export.NetworkDrawing;
import org.backpropfx.export.PdfPages;
import org.backpropfx.export.ShownValues;
import org.backpropfx.export.WorkedSample;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Formula;
import org.backpropfx.notation.FormulaBook;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.PhaseReport;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;

/**
 * Worksheets or an exam for a class, from one lesson: for every student a variant of the lesson
 * ({@code student-01.json} …), one {@code worksheets.pdf} with a page a student (the network with the
 * values given, and blanks for what the chosen phases compute), and the answer key with every worked step
 * of the first sample as {@code answers.pdf} and {@code answers.tex}. Every number of the key comes from the
 * engine through the formula book, exactly as the trace of that student's lesson prints it.
 */
public final class Worksheets {
    public static final String WORKSHEETS = "worksheets.pdf";
    public static final String ANSWERS_PDF = "answers.pdf";
    public static final String ANSWERS_TEX = "answers.tex";

    /**
     * What to make.
     *
     * @param phases the kinds of phase whose values are left blank on the worksheet
     * @param notation the notation to write in, or null for the lesson's own
     */
    public record Request(Lesson lesson, int students, long seed, Set<PhaseKind> phases, Notation notation, int digits) {
        public Request {
            phases = phases.isEmpty() ? EnumSet.allOf(PhaseKind.class) : EnumSet.copyOf(phases);
        }
    }

    private Worksheets() {}

    /** The student's file name: "student-01.json". */
    public static String lessonFile(int student, int students) {
        return "student-" + Variants.number(student, students) + ".json";
    }

    /** Writes every file into {@code dir} (which must exist) and returns their paths. */
    public static List<Path> write(Request request, Path dir) throws IOException {
        List<Lesson> variants = Variants.of(request.lesson(), request.students(), request.seed());
        Notation notation = request.notation() != null ? request.notation() : request.lesson().notation();
        List<Path> written = new ArrayList<>();
        for (int k = 0; k < variants.size(); k++) {
            Path file = dir.resolve(lessonFile(k + 1, variants.size()));
            LessonFiles.write(variants.get(k), file);
            written.add(file);
        }
        String title = request.lesson().title();
        byte[] sheets = worksheets(title, variants, notation, request.digits(), request.phases());
        byte[] answers = answersPdf(title, variants, notation, request.digits());
        String tex = answersTex(title, variants, notation, request.digits());
        Path sheetsFile = dir.resolve(WORKSHEETS);
        Path answersFile = dir.resolve(ANSWERS_PDF);
        Path texFile = dir.resolve(ANSWERS_TEX);
        CommandLine.writeAtomically(sheetsFile, sheets);
        CommandLine.writeAtomically(answersFile, answers);
        CommandLine.writeAtomically(texFile, tex.getBytes(StandardCharsets.UTF_8));
        written.add(sheetsFile);
        written.add(answersFile);
        written.add(texFile);
        return written;
    }

    /** Every phase of the first sample of a lesson, from its saved state, as the trace steps through it. */
    static List<Snapshot> firstSample(Lesson lesson) {
        Stepper stepper = new Stepper(lesson.newTrainer());
        List<Snapshot> phases = new ArrayList<>();
        Snapshot s;
        do {
            s = stepper.stepForward();
            phases.add(s);
        } while (!s.isLastPhase());
        return phases;
    }

    /** "Answer key — student 01": the line a student's part of the key starts with. */
    public static String answerHeading(int student, int students) {
        return "Answer key — student " + Variants.number(student, students);
    }

    static byte[] answersPdf(String title, List<Lesson> variants, Notation notation, int digits) {
        try (PdfPages pdf = new PdfPages(title + " — answer key")) {
            for (int k = 0; k < variants.size(); k++) {
                pdf.newPage();
                pdf.heading(answerHeading(k + 1, variants.size()), 15);
                FormulaBook book = new FormulaBook(notation, digits);
                for (Snapshot s : firstSample(variants.get(k))) WorkedSample.pdfReport(pdf, PhaseReport.of(s, book));
            }
            return pdf.toBytes();
        }
    }

    static String answersTex(String title, List<Lesson> variants, Notation notation, int digits) {
        StringBuilder sb = new StringBuilder("% " + title + " — answer key\n\\documentclass{article}\n\\usepackage{amsmath}\n"
                + "\\setlength{\\textwidth}{16cm}\\setlength{\\oddsidemargin}{-0.5cm}\n\\begin{document}\n\\raggedright\n");
        for (int k = 0; k < variants.size(); k++) {
            if (k > 0) sb.append("\\clearpage\n");
            sb.append("\\section*{").append(answerHeading(k + 1, variants.size()).replace("—", "---")).append("}\n");
            FormulaBook book = new FormulaBook(notation, digits);
            List<PhaseReport> reports = new ArrayList<>();
            for (Snapshot s : firstSample(variants.get(k))) reports.add(PhaseReport.of(s, book));
            WorkedSample.latexReports(sb, reports);
        }
        sb.append("\\end{document}\n");
        return sb.toString();
    }

    static byte[] worksheets(String title, List<Lesson> variants, Notation notation, int digits, Set<PhaseKind> phases) {
        try (PdfPages pdf = new PdfPages(title + " — worksheets")) {
            for (int k = 0; k < variants.size(); k++) {
                Lesson lesson = variants.get(k);
                List<Snapshot> sample = firstSample(lesson);
                Snapshot ready = sample.get(0).atPhase(-1);
                pdf.newPage();
                pdf.heading(title + " — worksheet, student " + Variants.number(k + 1, variants.size()), 15);
                pdf.blank("Name:", 11, 0);
                pdf.heading("Given", 12);
                pdf.paragraph(given(lesson, ready, notation), 10.5f);
                pdf.space(6);
                pdf.drawing(NetworkDrawing.withoutHeading(new ShownValues(ready, notation, digits)), 0.27);
                pdf.heading("Work out, one step at a time (" + digits + " significant digits)", 12);
                FormulaBook book = new FormulaBook(notation, digits);
                for (Snapshot s : sample) {
                    if (!phases.contains(s.phase().kind())) continue;
                    List<Formula> blanks = blanks(s, book);
                    if (blanks.isEmpty()) continue;
                    pdf.heading(s.describePhase(), 11);
                    List<String> labels = new ArrayList<>();
                    for (Formula f : blanks) labels.add(blankLabel(s, f));
                    pdf.blankGrid(labels, 10.5f, 3, 12);
                }
            }
            return pdf.toBytes();
        }
    }

    /** What the student is told: the notation, the squashing, the error, the rate, the sample. */
    static String given(Lesson lesson, Snapshot ready, Notation n) {
        FormulaBook book = new FormulaBook(n, 8);
        StringBuilder sb = new StringBuilder();
        sb.append(n.isNamedAfterACourse() ? "MIT" : "Gradient").append(" notation: net input ").append(n.netSymbol())
                .append(", output ").append(n.outSymbol()).append(", delta ").append(n.deltaSymbol()).append(", ")
                .append(n.biasIsWeightOnMinusOne() ? "the bias as " + n.biasSymbol() + " on a constant −1 input. "
                        : "the bias " + n.biasSymbol() + " added to the net input. ");
        List<String> activations = new ArrayList<>();
        for (int l = 1; l <= ready.layerCount(); l++) activations.add(ready.activation(l).id());
        sb.append("Activations by layer: ").append(String.join(", ", activations)).append(". ");
        Loss loss = lesson.settings().loss();
        sb.append("Error: ").append(switch (loss) {
            case HALF_SSE -> "½Σ(" + n.targetSymbol() + " − " + n.outputSymbol() + ")²";
            case SSE -> "Σ(" + n.targetSymbol() + " − " + n.outputSymbol() + ")²";
            case MSE -> "(1/n)Σ(" + n.targetSymbol() + " − " + n.outputSymbol() + ")²";
            default -> loss.id();
        }).append(n.maximisesPerformance() ? ", performance P = −error" : "").append(". ");
        sb.append("Learning rate ").append(n.rateSymbol()).append(" = ")
                .append(book.format().format(lesson.settings().learningRate()));
        if (lesson.settings().momentum() > 0) sb.append(", momentum μ = ").append(book.format().format(lesson.settings().momentum()));
        sb.append(". Sample: ");
        List<String> values = new ArrayList<>();
        for (Formula f : book.phase(ready)) values.add(f.toPlainText());
        sb.append(String.join(", ", values)).append(". The weights are on the edges of the network below.");
        return sb.toString();
    }

    /** The formulas of a phase a student writes a number for: the computed values, not the given ones. */
    static List<Formula> blanks(Snapshot s, FormulaBook book) {
        List<Formula> list = new ArrayList<>();
        for (Formula f : book.phase(s)) {
            if (f.substituted().isEmpty()) continue;
            if (s.phase().kind() == PhaseKind.UPDATE && !f.topic().startsWith("new ")) continue;
            list.add(f);
        }
        return list;
    }

    private static final Pattern LAYER = Pattern.compile(" of layer (\\d+)");
    private static final Pattern HIDDEN = Pattern.compile("hidden layer (\\d+)");

    /** "α₁ =", "∂P/∂w₁₁ =", and in the update, where every layer's weights meet, "w₁₁ (layer 2) =". */
    static String blankLabel(Snapshot s, Formula f) {
        String label = leftSide(f);
        Matcher layer = LAYER.matcher(f.topic());
        if (s.phase().kind() == PhaseKind.UPDATE && s.layerCount() > 1) {
            Matcher hidden = HIDDEN.matcher(f.topic());
            if (layer.find()) label += " (layer " + layer.group(1) + ")";
            else if (hidden.find()) label += " (layer " + hidden.group(1) + ")";
            else if (f.topic().contains("output neuron")) label += " (layer " + s.layerCount() + ")";
        }
        return label + " =";
    }

    /** "α₁" of "α₁ = Σᵢw₁ᵢxᵢ − w₁₀", "w₁₁" of "w₁₁ ← w₁₁ + Δw₁₁". */
    static String leftSide(Formula f) {
        String symbolic = f.symbolic().toPlainText();
        int cut = symbolic.length();
        for (String sign : new String[] {" = ", " ← "}) {
            int at = symbolic.indexOf(sign);
            if (at > 0) cut = Math.min(cut, at);
        }
        return symbolic.substring(0, cut);
    }
}
