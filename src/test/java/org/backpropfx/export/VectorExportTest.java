package org.backpropfx.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class VectorExportTest {
    private static final SignificantFormat F = new SignificantFormat(4);

    /** Every value a phase shows, written as the window writes it: outputs, net inputs, deltas, weights or their changes. */
    private static List<String> valuesShown(Snapshot s, Notation n) {
        List<String> values = new ArrayList<>();
        for (int l = 0; l <= s.layerCount(); l++) {
            for (int j = 0; j < s.size(l); j++) {
                if (s.hasForward(l)) values.add(F.format(s.out(l, j)));
                if (s.phase() != null && s.phase().kind() == PhaseKind.FORWARD && s.phase().layer() == l) {
                    values.add(n.netSymbol() + " = " + F.format(s.net(l, j)));
                }
                if (s.phase() != null && s.phase().kind() == PhaseKind.BACKWARD && s.hasDelta(l)) {
                    values.add(n.deltaSymbol() + " = " + F.format(n == Notation.MIT ? -s.delta(l, j) : s.delta(l, j)));
                }
                if (l == 0) continue;
                for (int i = 0; i < s.size(l - 1); i++) {
                    values.add(s.hasUpdate() ? F.format(s.weightBefore(l, j, i)) + " → " + F.format(s.newWeight(l, j, i))
                            : s.phase() != null && s.phase().kind() == PhaseKind.BACKWARD && s.hasDelta(l)
                            ? F.format((n == Notation.MIT ? -1 : 1) * s.delta(l, j) * s.out(l - 1, i))
                            : F.format(s.weightBefore(l, j, i)));
                }
            }
        }
        if (s.hasError()) values.add(n.objectiveSymbol() + " = " + F.format(n == Notation.MIT ? -s.loss() : s.loss()));
        return values;
    }

    private static List<String> svgTexts(String svg) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
        NodeList nodes = doc.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < nodes.getLength(); k++) texts.add(nodes.item(k).getTextContent());
        return texts;
    }

    @Test
    void theSvgParsesAndHoldsEveryValueOfEveryPhaseAndTheTikzTheSame() throws Exception {
        Lesson lesson = LessonFiles.loadShipped("xor");
        for (Notation n : Notation.values()) {
            Stepper stepper = new Stepper(lesson.newTrainer());
            for (int step = 0; step <= 12; step++) {
                Snapshot s = stepper.snapshot();
                List<String> texts = svgTexts(VectorExport.svg(lesson.title(), s, n, 4));
                String joined = String.join("\n", texts);
                String tikz = VectorExport.tikz(lesson.title(), s, n, 4);
                for (String value : valuesShown(s, n)) {
                    assertThat(joined).as("%s, %s", s.describePhase(), n).contains(value);
                    // TikZ writes − as -, Greek letters as commands: the digits must be there.
                    String digits = value.replaceAll("^.* = ", "").replace("−", "");
                    for (String number : digits.split(" → ")) assertThat(tikz).as("%s, %s", s.describePhase(), n).contains(number);
                }
                assertThat(joined).contains(s.describePhase());
                stepper.stepForward();
            }
        }
    }

    @Test
    void theTikzCompilesWithPlainPdflatex(@TempDir Path dir) throws Exception {
        // A developer's machine may lack LaTeX; CI installs it (.ci/run) and says so, and then the test must run.
        if (System.getenv("BACKPROPFX_REQUIRE_PDFLATEX") != null) {
            assertThat(onPath("pdflatex")).as("pdflatex on the PATH, which .ci/run installs").isTrue();
        }
        Assumptions.assumeTrue(onPath("pdflatex"), "pdflatex is not installed here");
        Lesson lesson = LessonFiles.loadShipped("xor");
        Stepper stepper = new Stepper(lesson.newTrainer());
        for (int k = 0; k < 6; k++) stepper.stepForward();
        Files.writeString(dir.resolve("net.tex"), VectorExport.tikz(lesson.title(), stepper.snapshot(), Notation.MIT, 4));
        Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "net.tex")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
        assertThat(dir.resolve("net.pdf")).exists();
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    private record Run(int status, String out, String err) {}

    private static Run export(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ExportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCommandWritesTheStepAskedFor(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("xor.svg");
        Run run = export("xor", "--format", "svg", "--steps", "4", "--out", svg.toString(), "--notation", "gradient");
        assertThat(run.status()).as(run.err()).isZero();
        Lesson lesson = LessonFiles.loadShipped("xor");
        Stepper stepper = new Stepper(lesson.newTrainer());
        for (int k = 0; k < 4; k++) stepper.stepForward();
        String written = Files.readString(svg);
        assertThat(written).contains(stepper.snapshot().describePhase())
                .contains("δ = " + F.format(stepper.snapshot().delta(2, 0)));
        Path tex = dir.resolve("xor.tex");
        assertThat(export("xor", "--format", "tikz", "--out", tex.toString()).status()).isZero();
        assertThat(Files.readString(tex)).contains("\\begin{tikzpicture}").contains("\\usepackage{tikz}");
    }

    @Test
    void mistakesOnTheCommandLineAreOneLineWithTheirExitCode(@TempDir Path dir) {
        Run help = export("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("usage: export");

        for (String[] bad : new String[][] {
                {"xor", "--format", "png", "--out", "x.png"}, {"xor", "--out", "x.svg"}, {"xor", "--format", "svg"},
                {"xor", "--format", "svg", "--out", "x.svg", "--steps", "-1"}, {"xor", "--bogus"},
                {"--format", "svg", "--out", "x.svg"}, {"xor", "--format", "svg", "--out", "x.svg", "--digits", "12"}}) {
            Run run = export(bad);
            assertThat(run.status()).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(run.err().strip()).startsWith("export: ").doesNotContain("\n").doesNotContain("Exception");
        }
        Run missing = export("no-such-lesson", "--format", "svg", "--out", dir.resolve("x.svg").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err().strip()).contains("no-such-lesson").doesNotContain("\n");
        Run folder = export("xor", "--format", "svg", "--out", dir.resolve("missing/x.svg").toString());
        assertThat(folder.status()).isEqualTo(1);
        assertThat(folder.err().strip()).contains("cannot write").doesNotContain("\n");
    }
}
