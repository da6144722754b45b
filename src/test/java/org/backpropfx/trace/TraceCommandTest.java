package org.backpropfx.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.PhaseRecorder;
import org.backpropfx.engine.Trainer;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {

    private record Result(int status, String out, String err) {}

    private static Result trace(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TraceCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every number the first xor sample computes, in the order the trace prints them, straight from the trainer. */
    private static List<Double> engineNumbersOfFirstXorSample() {
        Trainer trainer = LessonFiles.loadShipped("xor").newTrainer();
        double[] input = trainer.data().input(0);
        List<List<Double>> backward = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        trainer.trainSample(new PhaseRecorder() {
            @Override public void forward(int layer, double[] net, double[] out) {
                for (int j = 0; j < net.length; j++) {
                    numbers.add(net[j]);
                    numbers.add(out[j]);
                }
            }

            @Override public void error(double[] target, double[] output, double loss) {
                for (int k = 0; k < target.length; k++) {
                    numbers.add(target[k]);
                    numbers.add(output[k]);
                }
                numbers.add(-loss); // the lesson uses the MIT notation: P = −E
            }

            @Override public void backward(int layer, double[] delta, double[] in, double[] sumW, double[] sumB) {
                for (double d : delta) numbers.add(-d); // γ = −δ
                for (int j = 0; j < delta.length; j++) {
                    for (int i = 0; i < in.length; i++) numbers.add(-(delta[j] * in[i])); // ∂P/∂w
                    numbers.add(delta[j]); // ∂P/∂w₀ = (−1)·γ
                }
            }

            @Override public void update(int layer, double[] gradW, double[] gradB, double[] stepW, double[] stepB,
                                         double[] newW, double[] newB) {
                List<Double> rows = new ArrayList<>();
                int inputs = stepW.length / stepB.length;
                for (int j = 0; j < stepB.length; j++) {
                    for (int i = 0; i < inputs; i++) {
                        rows.add(stepW[j * inputs + i]);
                        rows.add(newW[j * inputs + i]);
                    }
                    rows.add(-stepB[j]); // w₀ = −b
                    rows.add(-newB[j]);
                }
                backward.add(rows);
            }
        });
        // The trainer reports the updates output layer last; the trace lists layer 1 first.
        for (List<Double> rows : backward) numbers.addAll(rows);
        assertEquals(2, input.length);
        return numbers;
    }

    /** The value after the last " = " of a formula line: "−0.1385", "1.5×10⁻⁵". */
    private static double shownValue(String line) {
        String text = line.substring(line.lastIndexOf(" = ") + 3).trim().replace('−', '-');
        int times = text.indexOf("×10");
        if (times < 0) return Double.parseDouble(text);
        StringBuilder exponent = new StringBuilder();
        for (char c : text.substring(times + 3).toCharArray()) {
            exponent.append(c == '⁻' ? '-' : (char) ('0' + "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c)));
        }
        return Double.parseDouble(text.substring(0, times) + "e" + exponent);
    }

    @Test
    void tracesTheShippedXorLessonWithTheEnginesNumbers() {
        Result result = trace("xor", "--digits", "8");
        assertEquals(0, result.status(), result.err());
        List<Double> shown = new ArrayList<>();
        for (String line : result.out().split("\n")) {
            // Formula lines, not the layer headings ("  Layer 2, into the output layer:") of the update.
            if (line.startsWith("  ") && !line.endsWith(":")) shown.add(shownValue(line));
        }
        List<Double> expected = engineNumbersOfFirstXorSample();
        assertEquals(expected.size(), shown.size(), result.out());
        for (int k = 0; k < expected.size(); k++) {
            double e = expected.get(k);
            assertEquals(e, shown.get(k), Math.abs(e) * 1e-7 + 1e-300, "number " + k + "\n" + result.out());
        }
        assertTrue(result.out().contains("Epoch 1, sample 1 of 4 — Forward — layer 1 of 2"));
        assertTrue(result.out().contains("γ₁ = β₁(1 − β₁)(d₁ − z₁) = "));
    }

    @Test
    void jsonHoldsFullPrecisionEngineValues() throws IOException {
        Result result = trace("xor", "--format", "json", "--samples", "2");
        assertEquals(0, result.status(), result.err());
        JsonNode phases = new ObjectMapper().readTree(result.out());
        assertEquals(2 * 6, phases.size());

        Trainer trainer = LessonFiles.loadShipped("xor").newTrainer();
        double[][] w = new double[1][];
        double[] net = new double[2];
        trainer.trainSample(new PhaseRecorder() {
            @Override public void forward(int layer, double[] n, double[] o) { if (layer == 1) System.arraycopy(n, 0, net, 0, 2); }
            @Override public void error(double[] t, double[] o, double loss) { }
            @Override public void backward(int layer, double[] d, double[] in, double[] sw, double[] sb) { }
            @Override public void update(int layer, double[] gw, double[] gb, double[] sw, double[] sb, double[] nw,
                                         double[] nb) { if (layer == 2) w[0] = nw.clone(); }
        });
        double loss2 = trainer.trainSample();

        JsonNode first = phases.get(0);
        assertEquals("forward", first.get("phase").asText());
        assertEquals(net[0], first.get("net").get(0).doubleValue());
        assertEquals(net[1], first.get("net").get(1).doubleValue());
        JsonNode update = phases.get(5);
        assertEquals("update", update.get("phase").asText());
        assertEquals(w[0][1], update.get("layers").get(1).get("weightAfter").get(0).get(1).doubleValue());
        JsonNode secondError = phases.get(8);
        assertEquals(2, secondError.get("sample").asInt());
        assertEquals(loss2, secondError.get("loss").doubleValue());
    }

    @Test
    void stepsCountPhasesAndEpochsCountWholePasses() {
        Result steps = trace("xor", "--steps", "3");
        assertEquals(3, steps.out().split("\nEpoch ").length - 1);
        Result epoch = trace("xor", "--epochs", "1", "--notation", "gradient");
        assertEquals(4 * 6, epoch.out().split("\nEpoch ").length - 1);
        assertTrue(epoch.out().contains("Epoch 1, sample 4 of 4 — Update weights"));
        assertTrue(epoch.out().contains("δ₁ = (a₁ − y₁)·a₁(1 − a₁) = "));
    }

    @Test
    void markdownWritesFormulasAsInlineLatex() {
        Result result = trace("xor", "--format", "markdown", "--steps", "1");
        assertTrue(result.out().startsWith("# Trace: XOR needs a hidden layer\n"), result.out());
        assertTrue(result.out().contains("### Epoch 1, sample 1 of 4 — Forward — layer 1 of 2"));
        assertTrue(result.out().contains("- net input of neuron 1 of hidden layer 1: $\\alpha _{1} = "), result.out());
    }

    @Test
    void aLessonFileIsReadFromItsPath(@TempDir Path dir) throws IOException {
        Lesson lesson = LessonFiles.loadShipped("single-weight");
        Path file = dir.resolve("mine.json");
        LessonFiles.write(lesson, file);
        Result result = trace(file.toString(), "--steps", "1");
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("Forward — layer 1 of 1"));
    }

    @Test
    void badOptionsExitWithTwoAndAOneLineReason() {
        Result result = trace("xor", "--digits", "9");
        assertEquals(2, result.status());
        assertEquals("trace: --digits must be 2 to 8, not 9 (trace --help shows how to use it)\n", result.err());
        assertEquals("", result.out());

        assertEquals(2, trace("xor", "--steps", "2", "--epochs", "1").status());
        assertEquals(2, trace("xor", "--format", "pdf").status());
        assertEquals(2, trace("--steps", "1").status());
        assertEquals(2, trace("xor", "--frobnicate").status());
    }

    @Test
    void lessonProblemsExitWithOneAndNameTheFileAndPlace(@TempDir Path dir) throws IOException {
        Result missing = trace(dir.resolve("nope.json").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("nope.json: no such file"), missing.err());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"backpropfx-lesson\", \"version\": 1,");
        Result bad = trace(broken.toString());
        assertEquals(1, bad.status());
        assertTrue(bad.err().startsWith("trace: " + broken + ": line "), bad.err());
        assertEquals(1, bad.err().lines().count());

        Result unknown = trace("nand");
        assertEquals(1, unknown.status());
        assertTrue(unknown.err().contains("no shipped lesson 'nand'"), unknown.err());
    }

    @Test
    void jsonHasThePenaltyAndTheAccuracyBesideTheLoss() throws IOException {
        Result result = trace("weight-decay", "--format", "json", "--samples", "2");
        assertEquals(0, result.status(), result.err());
        JsonNode phases = new ObjectMapper().readTree(result.out());
        Lesson lesson = LessonFiles.loadShipped("weight-decay");
        Network network = lesson.network();
        double squares = 0;
        for (Layer layer : network.layers()) for (double w : layer.weightsCopy()) squares += w * w;
        List<JsonNode> errors = new ArrayList<>();
        for (JsonNode phase : phases) if (phase.get("phase").asText().equals("error")) errors.add(phase);
        assertEquals(2, errors.size());
        JsonNode first = errors.get(0);
        assertEquals(lesson.settings().l2() / 2 * squares, first.get("penalty").doubleValue(), 1e-15);
        // The first sample's accuracy so far is 1 if its output picked the target's class, else 0.
        double out = first.get("output").get(0).doubleValue();
        double target = first.get("target").get(0).doubleValue();
        boolean right = (out >= 0.5) == (target >= 0.5);
        assertEquals(right, first.get("correct").booleanValue());
        assertEquals(right ? 1.0 : 0.0, first.get("accuracy").doubleValue());
        JsonNode second = errors.get(1);
        boolean secondRight = (second.get("output").get(0).doubleValue() >= 0.5)
                == (second.get("target").get(0).doubleValue() >= 0.5);
        assertEquals(((right ? 1 : 0) + (secondRight ? 1 : 0)) / 2.0, second.get("accuracy").doubleValue());
    }
}
