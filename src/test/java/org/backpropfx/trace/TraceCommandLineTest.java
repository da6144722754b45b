package org.backpropfx.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a command line can go wrong: the exit status, one line saying why, never a stack trace. */
class TraceCommandLineTest {

    private record Result(int status, String out, String err) {
        void isOneLineProblem(int expectedStatus) {
            assertThat(status).as("status; err was %s", err).isEqualTo(expectedStatus);
            assertThat(err.lines().count()).as("lines in %s", err).isEqualTo(1);
            assertThat(err).startsWith("trace: ").doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain("java.");
        }
    }

    private static Result trace(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TraceCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Identity 1-1, rate 1.5: every update overshoots twofold, so a weight passes 10⁶ after about two dozen samples. */
    private static final String DIVERGING = """
            {"format": "backpropfx-lesson", "version": 1, "title": "Diverging", "training": {"learningRate": 1.5},
             "network": {"inputs": 1, "layers": [{"neurons": 1, "activation": "identity", "weights": [[0.5]], "biases": [0.1]}]},
             "samples": [{"input": [1], "target": [0.5]}, {"input": [-1], "target": [0.2]}]}
            """;

    @Test
    void helpAndVersionPrintAndExitZero() {
        for (String help : List.of("--help", "-h")) {
            Result result = trace("xor", help);
            assertThat(result.status()).isZero();
            assertThat(result.out()).startsWith("usage: trace ");
            assertThat(result.err()).isEmpty();
        }
        Result version = trace("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("trace (BackpropFX) ").endsWith("\n");
        assertThat(version.out().lines().count()).isEqualTo(1);
    }

    @Test
    void badOptionsExitTwoInOneLine() {
        trace("xor", "--frobnicate").isOneLineProblem(2);
        trace("xor", "-x").isOneLineProblem(2);
        trace().isOneLineProblem(2);
        trace("xor", "--steps").isOneLineProblem(2);
        trace("xor", "--steps", "0").isOneLineProblem(2);
        trace("xor", "--digits", "eight").isOneLineProblem(2);
        Result huge = trace("xor", "--epochs", "99999999999999999999");
        huge.isOneLineProblem(2);
        assertThat(huge.err()).contains("too large");
        // 2⁶² epochs of four samples are 2⁶⁴ samples: more than a long counts.
        Result overflow = trace("xor", "--epochs", "4611686018427387904");
        overflow.isOneLineProblem(2);
        assertThat(overflow.err()).contains("more samples than can be counted");
        assertThat(overflow.out()).isEmpty();
    }

    @Test
    void whatIsNotAFileIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        Result pipe = trace(fifo.toString());
        pipe.isOneLineProblem(1);
        assertThat(pipe.err()).isEqualTo("trace: " + fifo + ": cannot read the file: it is a device, pipe or socket, not a file\n");

        trace("/dev/zero").isOneLineProblem(1);
        Result folder = trace(dir.toString());
        folder.isOneLineProblem(1);
        assertThat(folder.err()).contains("it is a folder, not a file");
    }

    @Test
    void aLessonProblemIsOneLineNamingTheFileAndPlace(@TempDir Path dir) throws IOException {
        Path utf16 = dir.resolve("utf16.json");
        Files.writeString(utf16, DIVERGING, StandardCharsets.UTF_16LE);
        Result result = trace(utf16.toString());
        result.isOneLineProblem(1);
        assertThat(result.err()).isEqualTo("trace: " + utf16 + ": line 1, column 1: the file is UTF-16 text; lesson files"
                + " are UTF-8 (save it again as UTF-8)\n");
    }

    @Test
    void aDivergingTraceInJsonPrintsTheStepsBeforeAndAClosingRecord(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("diverging.json");
        Files.writeString(file, DIVERGING);
        Result result = trace(file.toString(), "--epochs", "1000", "--format", "json");

        result.isOneLineProblem(1);
        assertThat(result.err()).startsWith("trace: training paused: a weight or bias would have grown beyond ±1,000,000");
        JsonNode steps = new ObjectMapper().readTree(result.out());
        assertThat(steps.isArray()).isTrue();
        assertThat(steps.size()).isGreaterThan(20);
        JsonNode last = steps.get(steps.size() - 1);
        assertThat(last.get("stopped").asText()).isEqualTo("diverged");
        assertThat(last.get("cause").asText()).isEqualTo("weight");
        // the sample that diverges is printed up to its backward pass; its update is what is refused
        JsonNode before = steps.get(steps.size() - 2);
        assertThat(before.get("phase").asText()).isEqualTo("backward");
        assertThat(last.get("sample").asInt()).isEqualTo(before.get("sample").asInt());
        assertThat(last.get("epoch").asInt()).isEqualTo(before.get("epoch").asInt());
        assertNoNonFinite(steps, new ArrayList<>());
        assertThat(result.out()).doesNotContain("Infinity").doesNotContain("NaN");

        Result text = trace(file.toString(), "--epochs", "1000");
        text.isOneLineProblem(1);
        assertThat(text.out()).doesNotContain("∞").doesNotContain("NaN").doesNotContain("Infinity")
                .endsWith("try a smaller learning rate.\n");
    }

    private static void assertNoNonFinite(JsonNode node, List<String> path) {
        if (node.isNumber()) assertThat(Double.isFinite(node.doubleValue())).as("%s", path).isTrue();
        for (JsonNode child : node) assertNoNonFinite(child, path);
    }

    @Test
    void reasonsForUnreadableFilesAreWords() {
        assertThat(TraceCommand.reasonOf(new AccessDeniedException("x.json"))).isEqualTo("permission denied");
        assertThat(TraceCommand.reasonOf(new IOException("Input/output error"))).isEqualTo("Input/output error");
    }

    /** In a C locale Java cannot even make a path of "é.json"; the command says so in one line. */
    @Test
    void aNameTheLocaleCannotEncodeIsOneLine() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TraceCommand.class.getName(), "é.json");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LC_ALL", "C");
        builder.environment().remove("LANG");
        builder.redirectErrorStream(false);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        new Result(process.exitValue(), out, err).isOneLineProblem(1);
        assertThat(out).isEmpty();
    }
}
