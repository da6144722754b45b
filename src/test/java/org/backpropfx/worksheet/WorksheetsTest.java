package org.backpropfx.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.trace.TraceCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorksheetsTest {
    private static final int STUDENTS = 3;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    @TempDir static Path dir;
    static Path first;

    private record Run(int status, String out, String err) {}

    private static Run worksheet(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = WorksheetCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void write() {
        first = dir.resolve("first");
        Run run = worksheet("xor", "--students", Integer.toString(STUDENTS), "--seed", "7", "--out", first.toString());
        assertThat(run.status()).as(run.err()).isZero();
    }

    /**
     * The trace of a student's lesson, as the trace command prints it, without its two header lines and without
     * the layer headings its plain text puts over each layer's update (the answer key names the layer in each line).
     */
    private static String trace(Path lesson) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = TraceCommand.run(new String[] {lesson.toString(), "--samples", "1", "--digits", "4"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        return Arrays.stream(lines, 2, lines.length)
                .filter(line -> !line.matches("\\s*Layer \\d+, into .*:"))
                .collect(Collectors.joining("\n"));
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text.replace('−', '-'));
        while (m.find()) found.add(m.group());
        return found;
    }

    @Test
    void everyNumberOfTheAnswerKeyIsTheTraceOfThatStudentsLesson() throws Exception {
        String key;
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(first.resolve(Worksheets.ANSWERS_PDF)))) {
            key = new PDFTextStripper().getText(pdf);
        }
        String tex = Files.readString(first.resolve(Worksheets.ANSWERS_TEX));
        String[] pdfParts = key.split("Answer key — student \\d+");
        String[] texParts = tex.split("\\\\section\\*\\{Answer key --- student \\d+\\}");
        assertThat(pdfParts).hasSize(STUDENTS + 1);
        assertThat(texParts).hasSize(STUDENTS + 1);
        for (int k = 1; k <= STUDENTS; k++) {
            String trace = trace(first.resolve(Worksheets.lessonFile(k, STUDENTS)));
            List<String> expected = numbers(trace);
            assertThat(expected).hasSizeGreaterThan(60);
            assertThat(numbers(pdfParts[k])).as("answers.pdf, student %d", k).isEqualTo(expected);
            assertThat(numbers(texNumbersOnly(texParts[k]))).as("answers.tex, student %d", k)
                    .isEqualTo(numbers(plainNumbersOnly(trace)));
            // The formulas themselves, not only their numbers: every line of the trace is in the key.
            String flat = pdfParts[k].replaceAll("\\s+", " ");
            for (String line : trace.split("\n")) {
                if (!line.isBlank()) assertThat(flat).contains(line.strip().replaceAll("\\s+", " "));
            }
        }
    }

    /**
     * The formulas of the LaTeX key without what plain text writes as sub- and superscript characters
     * (indices, simple exponents, ½) and without the words before each formula.
     */
    private static String texNumbersOnly(String tex) {
        return tex.replaceAll("(?m)^  \\\\item .*\\$([^$]*)\\$$", "$1").replace("\\tfrac{1}{2}", "½")
                .replaceAll("_\\{[^}]*\\}", "").replaceAll("\\^\\{-?\\d*\\}", "").replaceAll("\\^\\{([^}]*)\\}", "($1)")
                .replace("\\end{document}", "");
    }

    /** Plain text without its exponents (the LaTeX side drops them too). */
    private static String plainNumbersOnly(String text) {
        return text.replaceAll("[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+", "");
    }

    @Test
    void theStudentsLessonsHaveTheShapeAndTargetsOfTheLessonAndTheirOwnNumbers() throws Exception {
        Lesson base = LessonFiles.loadShipped("xor");
        List<Lesson> students = new ArrayList<>();
        for (int k = 1; k <= STUDENTS; k++) students.add(LessonFiles.read(first.resolve(Worksheets.lessonFile(k, STUDENTS))));
        for (Lesson s : students) {
            assertThat(s.network().sizes()).isEqualTo(base.network().sizes());
            assertThat(s.network().biasMode()).isEqualTo(base.network().biasMode());
            assertThat(s.data().targetsCopy()).isEqualTo(base.data().targetsCopy());
            assertThat(s.settings()).isEqualTo(base.settings());
            assertThat(s.network().layer(1).weightsCopy()).isNotEqualTo(base.network().layer(1).weightsCopy());
        }
        assertThat(students.get(0).network().layer(1).weightsCopy()).isNotEqualTo(students.get(1).network().layer(1).weightsCopy());
        assertThat(students.get(0).data().inputsCopy()).isNotEqualTo(base.data().inputsCopy());
    }

    @Test
    void theWorksheetsHaveAPageAStudentWithTheirValuesAndBlanks() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(first.resolve(Worksheets.WORKSHEETS)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(STUDENTS);
            for (int k = 1; k <= STUDENTS; k++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(k);
                stripper.setEndPage(k);
                String page = stripper.getText(pdf);
                Lesson lesson = LessonFiles.read(first.resolve(Worksheets.lessonFile(k, STUDENTS)));
                assertThat(page).contains("student 0" + k).contains("Forward — layer 1 of 2").contains("α₁ =")
                        .contains("Update weights").contains("x₁ = " + format(lesson.data().input(0)[0]));
                // The weights are on the drawing; no computed value is given away.
                assertThat(page).contains(format(lesson.network().layer(2).weight(0, 0)));
            }
        }
    }

    private static String format(double v) {
        return new SignificantFormat(4).format(v);
    }

    @Test
    void theSameSeedGivesTheSameFilesByteForByte() throws Exception {
        Path second = dir.resolve("second");
        assertThat(worksheet("xor", "--students", "3", "--seed", "7", "--out", second.toString()).status()).isZero();
        try (var files = Files.list(first)) {
            List<Path> all = files.sorted().toList();
            assertThat(all).hasSize(STUDENTS + 3);
            for (Path f : all) {
                assertThat(Files.readAllBytes(second.resolve(f.getFileName()))).as(f.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(f));
            }
        }
        Path other = dir.resolve("other");
        assertThat(worksheet("xor", "--students", "3", "--seed", "8", "--out", other.toString()).status()).isZero();
        assertThat(Files.readString(other.resolve("student-01.json"))).isNotEqualTo(Files.readString(first.resolve("student-01.json")));
    }

    @Test
    void onlyTheChosenPhasesHaveBlanks() throws Exception {
        Path forward = dir.resolve("forward");
        assertThat(worksheet("xor", "--students", "1", "--seed", "1", "--phases", "forward,error", "--notation", "gradient",
                "--out", forward.toString()).status()).isZero();
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(forward.resolve(Worksheets.WORKSHEETS)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Forward — layer 2 of 2").contains("E =").doesNotContain("Update weights")
                    .doesNotContain("Backward");
        }
    }

    @Test
    void mistakesOnTheCommandLineAreOneLineWithTheirExitCode() {
        Run help = worksheet("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("usage: worksheet");
        for (String[] bad : new String[][] {
                {"xor", "--seed", "1", "--out", "x"}, {"xor", "--students", "0", "--seed", "1", "--out", "x"},
                {"xor", "--students", "2", "--out", "x"}, {"xor", "--students", "2", "--seed", "one", "--out", "x"},
                {"xor", "--students", "2", "--seed", "1"}, {"xor", "--students", "2", "--seed", "1", "--out", "x",
                        "--phases", "sideways"}, {"xor", "--students", "2", "--seed", "1", "--out", "x", "--wat"}}) {
            Run run = worksheet(bad);
            assertThat(run.status()).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(run.err().strip()).startsWith("worksheet: ").doesNotContain("\n").doesNotContain("Exception");
        }
        Run missing = worksheet("nope.json", "--students", "2", "--seed", "1", "--out", dir.resolve("n").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err().strip()).contains("nope.json").doesNotContain("\n");
    }
}
