package org.backpropfx.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file is refused with a message that names the place and the problem. */
class LessonFormatErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A valid 2-4-3-1 lesson with six samples; each test breaks one thing. */
    private static final String VALID = """
            {
              "format": "backpropfx-lesson",
              "version": 1,
              "title": "Test lesson",
              "network": {
                "inputs": 2,
                "layers": [
                  {"neurons": 4, "weights": [[1, 2], [3, 4], [5, 6], [7, 8]], "biases": [0, 0, 0, 0]},
                  {"neurons": 3, "weights": [[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]]},
                  {"neurons": 1, "activation": "tanh", "weights": [[1, 2, 3]]}
                ]
              },
              "samples": [
                {"input": [0, 0], "target": [0]},
                {"input": [0, 1], "target": [1]},
                {"input": [1, 0], "target": [1]},
                {"input": [1, 1], "target": [0]},
                {"input": [2, 2], "target": [0]},
                {"input": [3, 3], "target": [1]}
              ]
            }
            """;

    private static String broken(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(VALID);
        change.accept(root);
        return JSON.writeValueAsString(root);
    }

    private static ObjectNode network(ObjectNode root) { return (ObjectNode) root.get("network"); }

    private static ObjectNode layer(ObjectNode root, int l) { return (ObjectNode) network(root).get("layers").get(l); }

    private static ObjectNode sample(ObjectNode root, int s) { return (ObjectNode) root.get("samples").get(s); }

    /** The message without the line and column, which {@link #theValueAtFaultIsPlacedByLineAndColumn} checks. */
    private static String messageOf(String json) {
        try {
            LessonFiles.parse(json);
        } catch (LessonFormatException e) {
            return e.where() + ": " + e.problem();
        }
        throw new AssertionError("accepted a broken lesson: " + json);
    }

    @Test void theValueAtFaultIsPlacedByLineAndColumn() {
        String json = VALID.replace("{\"input\": [1, 0], \"target\": [1]}", "{\"input\": [1, 0], \"target\": [1, 2]}");
        LessonFormatException e = catchThrowableOfType(LessonFormatException.class,
                () -> LessonFiles.parse(json));
        assertThat(e.getMessage()).isEqualTo("samples[2].target (line 16, column 33): 2 values, expected 1");
        // A missing field is placed at the object that lacks it.
        String noInputs = VALID.replace("\"inputs\": 2,", "");
        LessonFormatException missing = catchThrowableOfType(
                LessonFormatException.class, () -> LessonFiles.parse(noInputs));
        assertThat(missing.getMessage()).isEqualTo("network.inputs (line 5, column 14): missing (this field is required)");
    }

    @Test void theBaseLessonIsValid() throws Exception {
        Lesson lesson = LessonFiles.parse(VALID);
        assertThat(lesson.network().sizes()).containsExactly(2, 4, 3, 1);
        assertThat(lesson.data().size()).isEqualTo(6);
    }

    @Test void aWeightRowOfTheWrongLengthIsNamed() throws Exception {
        String json = broken(root -> ((ArrayNode) layer(root, 1).get("weights").get(2)).remove(3));
        assertThat(messageOf(json)).isEqualTo("network.layers[1].weights[2]: 3 values, expected 4");
    }

    @Test void tooFewWeightRowsAreNamed() throws Exception {
        String json = broken(root -> ((ArrayNode) layer(root, 0).get("weights")).remove(0));
        assertThat(messageOf(json)).isEqualTo("network.layers[0].weights: 3 rows (one per neuron), expected exactly 4");
    }

    @Test void aTargetOfTheWrongLengthIsNamed() throws Exception {
        String json = broken(root -> ((ArrayNode) sample(root, 5).get("target")).add(1));
        assertThat(messageOf(json)).isEqualTo("samples[5].target: 2 values, expected 1");
    }

    @Test void anInputOfTheWrongLengthInTheTestSamplesIsNamed() throws Exception {
        String json = broken(root -> root.putArray("testSamples").addObject()
                .<ObjectNode>set("input", JSON.createArrayNode().add(1))
                .set("target", JSON.createArrayNode().add(1)));
        assertThat(messageOf(json)).isEqualTo("testSamples[0].input: 1 value, expected 2");
    }

    @Test void aNegativeLearningRateIsRefusedWithTheAllowedRange() throws Exception {
        String json = broken(root -> root.putObject("training").put("learningRate", -1));
        assertThat(messageOf(json)).isEqualTo("training.learningRate: must be above 0 and at most 100, not -1");
    }

    @Test void momentumOfOneIsRefused() throws Exception {
        String json = broken(root -> root.putObject("training").put("momentum", 1));
        assertThat(messageOf(json)).isEqualTo("training.momentum: must be at least 0 and below 1, not 1");
    }

    @Test void aNewerVersionAsksForAnUpdate() throws Exception {
        // A newer file may have fields this version does not know; the version message must win.
        String json = broken(root -> root.put("version", 7).put("someFutureField", true));
        assertThat(messageOf(json)).isEqualTo(
                "version: this file is version 7; this BackpropFX reads version 1 — please update BackpropFX");
    }

    @Test void versionZeroIsRefused() throws Exception {
        assertThat(messageOf(broken(root -> root.put("version", 0)))).isEqualTo("version: must be 1, not 0");
    }

    @Test void aFileOfAnotherFormatIsRefused() throws Exception {
        assertThat(messageOf(broken(root -> root.put("format", "something-else"))))
                .startsWith("format: 'something-else' is not a BackpropFX lesson");
    }

    @Test void aMisspeltActivationListsTheChoices() throws Exception {
        String json = broken(root -> layer(root, 0).put("activation", "sigmoidd"));
        assertThat(messageOf(json)).isEqualTo("network.layers[0].activation: unknown activation 'sigmoidd'"
                + " (expected sigmoid, tanh, relu, identity or softmax)");
    }

    @Test void unknownLossNotationBiasModeBatchModeAndInitAreNamed() throws Exception {
        assertThat(messageOf(broken(root -> root.put("loss", "l1")))).startsWith("loss: unknown loss 'l1'");
        assertThat(messageOf(broken(root -> root.put("notation", "greek")))).startsWith("notation: unknown notation 'greek'");
        assertThat(messageOf(broken(root -> network(root).put("biasMode", "off"))))
                .startsWith("network.biasMode: unknown bias mode 'off'");
        assertThat(messageOf(broken(root -> root.putObject("training").put("batchMode", "batch"))))
                .startsWith("training.batchMode: unknown batch mode 'batch'");
        assertThat(messageOf(broken(root -> root.putObject("init").put("method", "zeros"))))
                .startsWith("init.method: unknown initialisation 'zeros'");
    }

    @Test void aSyntaxErrorGivesLineAndColumn() {
        String json = "{\n  \"format\": \"backpropfx-lesson\",\n  \"version\": 1\n  \"title\": \"x\"\n}";
        assertThat(messageOf(json)).isEqualTo("line 4, column 3: not valid JSON: Unexpected character ('\"'):"
                + " was expecting comma to separate Object entries");
    }

    @Test void anUnclosedObjectIsASyntaxError() {
        assertThat(messageOf("{\"format\": \"backpropfx-lesson\",\n\"version\": 1"))
                .startsWith("line 2, column ").contains("not valid JSON").doesNotContain("Source");
    }

    @Test void aRepeatedFieldIsASyntaxError() {
        String json = "{\"format\": \"backpropfx-lesson\",\n\"version\": 1,\n\"version\": 1}";
        assertThat(messageOf(json)).startsWith("line 3, column ").contains("version");
    }

    @Test void textAfterTheLessonIsRefused() {
        assertThat(messageOf("{}\n{}")).isEqualTo("line 2, column 1: not valid JSON: there is more text after the end of the lesson");
    }

    @Test void notANumberCommentsAndSingleQuotesAreExplained() {
        assertThat(messageOf("{\"format\": NaN}")).endsWith("'NaN' is not allowed (every number must be finite)");
        assertThat(messageOf("{\"format\": 1, // note\n}")).isEqualTo("line 1, column 15: not valid JSON: comments are not allowed in JSON");
        assertThat(messageOf("{\"format\": 'x'}")).endsWith("strings need double quotes (\"), not single quotes");
    }

    @Test void anEmptyFileSaysSo() {
        assertThat(messageOf("  \n")).isEqualTo("line 1, column 1: the file is empty: no lesson in it");
    }

    @Test void aListInsteadOfAnObjectIsRefused() {
        assertThat(messageOf("[1, 2]")).isEqualTo("lesson: expected an object { … }, found an array");
    }

    @Test void missingRequiredFieldsAreNamed() throws Exception {
        assertThat(messageOf(broken(root -> root.remove("title")))).isEqualTo("title: missing (this field is required)");
        assertThat(messageOf(broken(root -> root.remove("samples")))).isEqualTo("samples: missing (this field is required)");
        assertThat(messageOf(broken(root -> network(root).remove("inputs"))))
                .isEqualTo("network.inputs: missing (this field is required)");
        assertThat(messageOf(broken(root -> layer(root, 2).remove("neurons"))))
                .isEqualTo("network.layers[2].neurons: missing (this field is required)");
        assertThat(messageOf(broken(root -> sample(root, 3).remove("target"))))
                .isEqualTo("samples[3].target: missing (this field is required)");
    }

    @Test void wrongTypesNameWhatWasExpectedAndWhatWasFound() throws Exception {
        assertThat(messageOf(broken(root -> root.putObject("training").put("learningRate", "fast"))))
                .isEqualTo("training.learningRate: expected a number, found a string");
        assertThat(messageOf(broken(root -> ((ArrayNode) sample(root, 0).get("input")).set(1, JSON.getNodeFactory().booleanNode(true)))))
                .isEqualTo("samples[0].input[1]: expected a number, found true/false");
        assertThat(messageOf(broken(root -> root.put("title", 5)))).isEqualTo("title: expected a string, found a number");
        assertThat(messageOf(broken(root -> root.put("samples", "none")))).isEqualTo("samples: expected an array, found a string");
        assertThat(messageOf(broken(root -> layer(root, 0).put("neurons", 2.5))))
                .isEqualTo("network.layers[0].neurons: expected a whole number, found 2.5");
    }

    @Test void aNumberTooLargeForADoubleIsRefused() {
        String json = VALID.replace("\"weights\": [[1, 2], [3, 4]", "\"weights\": [[1, 1e400], [3, 4]");
        assertThat(messageOf(json)).isEqualTo("network.layers[0].weights[0][1]: the number Infinity is too large to be used");
    }

    @Test void absurdValuesAreRefused() throws Exception {
        assertThat(messageOf(broken(root -> ((ArrayNode) sample(root, 2).get("input")).set(0, JSON.getNodeFactory().numberNode(2e6)))))
                .isEqualTo("samples[2].input[0]: 2000000.0 is too large (at most 1000000 in size)");
        assertThat(messageOf(broken(root -> ((ArrayNode) sample(root, 1).get("target")).set(0, JSON.getNodeFactory().numberNode(-1e7)))))
                .isEqualTo("samples[1].target[0]: -1.0E7 is too large (at most 1000000 in size)");
        assertThat(messageOf(broken(root -> ((ArrayNode) layer(root, 0).get("biases")).set(3, JSON.getNodeFactory().numberNode(1e9)))))
                .startsWith("network.layers[0].biases[3]: ");
    }

    @Test void layerAndNeuronCountsAreBounded() throws Exception {
        assertThat(messageOf(broken(root -> {
            ArrayNode layers = (ArrayNode) network(root).get("layers");
            for (int k = 0; k < 6; k++) layers.insert(0, layers.get(0).deepCopy());
        }))).isEqualTo("network.layers: 9 layers, expected 1 to 8");
        assertThat(messageOf(broken(root -> network(root).putArray("layers"))))
                .isEqualTo("network.layers: 0 layers, expected 1 to 8");
        assertThat(messageOf(broken(root -> layer(root, 0).put("neurons", 65))))
                .isEqualTo("network.layers[0].neurons: must be 1 to 64, not 65");
        assertThat(messageOf(broken(root -> network(root).put("inputs", 0))))
                .isEqualTo("network.inputs: must be 1 to 64, not 0");
    }

    @Test void atMostOneHundredThousandSamples() throws Exception {
        String json = broken(root -> {
            ArrayNode samples = root.putArray("samples");
            for (int s = 0; s <= LessonFiles.MAX_SAMPLES; s++) {
                samples.addObject().<ObjectNode>set("input", JSON.createArrayNode().add(0).add(1))
                        .set("target", JSON.createArrayNode().add(1));
            }
        });
        assertThat(messageOf(json)).isEqualTo("samples: 100001 samples, expected 1 to 100000");
    }

    @Test void noSamplesIsRefused() throws Exception {
        assertThat(messageOf(broken(root -> root.putArray("samples")))).isEqualTo("samples: 0 samples, expected 1 to 100000");
    }

    @Test void titleAndNoteLengthsAreBounded() throws Exception {
        assertThat(messageOf(broken(root -> root.put("title", "t".repeat(201)))))
                .isEqualTo("title: 201 characters, at most 200 allowed");
        assertThat(messageOf(broken(root -> root.put("note", "n".repeat(10_001)))))
                .isEqualTo("note: 10001 characters, at most 10000 allowed");
        assertThat(messageOf(broken(root -> root.put("title", "   ")))).isEqualTo("title: must not be empty (spaces and invisible characters do not count)");
    }

    @Test void unknownFieldsAreNamedWithTheLikelyIntendedName() throws Exception {
        assertThat(messageOf(broken(root -> {
            ObjectNode layer = layer(root, 0);
            layer.put("activaton", "tanh");
        }))).startsWith("network.layers[0].activaton: unknown field (did you mean 'activation'?)");
        assertThat(messageOf(broken(root -> root.set("sampels", root.get("samples")))))
                .startsWith("sampels: unknown field (did you mean 'samples'?)");
        assertThat(messageOf(broken(root -> sample(root, 4).put("weight", 1))))
                .startsWith("samples[4].weight: unknown field");
        assertThat(messageOf(broken(root -> root.putObject("training").put("learningrate", 0.1))))
                .startsWith("training.learningrate: unknown field (did you mean 'learningRate'?)");
    }

    @Test void weightsMustBeGivenInEveryLayerOrNone() throws Exception {
        assertThat(messageOf(broken(root -> layer(root, 2).remove("weights"))))
                .startsWith("network.layers[2].weights: missing: give weights in every layer or in none");
        assertThat(messageOf(broken(root -> {
            layer(root, 0).remove("weights");
            layer(root, 0).remove("biases");
        }))).startsWith("network.layers[1].weights: not expected: give weights in every layer or in none");
    }

    @Test void biasesAreRefusedWhenTheNetworkHasNone() throws Exception {
        String json = broken(root -> {
            network(root).put("biasMode", "none");
            ((ArrayNode) layer(root, 0).get("biases")).set(2, JSON.getNodeFactory().numberNode(0.5));
        });
        assertThat(messageOf(json)).isEqualTo("network.layers[0].biases[2]: must be 0 because network.biasMode is none, not 0.5");
    }

    @Test void lockIndicesMustExist() throws Exception {
        assertThat(messageOf(broken(root -> layer(root, 0).putArray("lockedWeights").addArray().add(0).add(5))))
                .isEqualTo("network.layers[0].lockedWeights[0][1]: must be 0 to 1, not 5");
        assertThat(messageOf(broken(root -> layer(root, 0).putArray("lockedWeights").addArray().add(0))))
                .isEqualTo("network.layers[0].lockedWeights[0]: 1 numbers ([neuron, input]), expected exactly 2");
        assertThat(messageOf(broken(root -> layer(root, 1).putArray("lockedBiases").add(3))))
                .isEqualTo("network.layers[1].lockedBiases[0]: must be 0 to 2, not 3");
    }

    @Test void initRangeAndBatchSizeAreBounded() throws Exception {
        assertThat(messageOf(broken(root -> root.putObject("init").put("range", 0))))
                .isEqualTo("init.range: must be above 0 and at most 100, not 0");
        assertThat(messageOf(broken(root -> root.putObject("training").put("batchSize", 0))))
                .isEqualTo("training.batchSize: must be 1 to 1000000, not 0");
    }

    @Test void aFileOverTheLimitIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        // A sparse file: its size is over the limit, its content never read (if it were, it would be a syntax error).
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(LessonFiles.MAX_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> LessonFiles.read(file)).isInstanceOf(LessonFormatException.class)
                .hasMessage("file: 256.0 MiB; a lesson file may be at most 256 MiB");
        // A stream that never ends is read up to the limit, not forever.
        InputStream endless = new InputStream() {
            @Override public int read() { return '['; }

            @Override public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) '[');
                return len;
            }
        };
        assertThatThrownBy(() -> LessonFiles.read(endless, "stream"))
                .isInstanceOf(LessonFormatException.class).hasMessageStartingWith("file: ");
    }

    @Test void theExceptionSeparatesPlaceAndProblem() throws Exception {
        try {
            LessonFiles.parse(broken(root -> ((ArrayNode) sample(root, 5).get("target")).add(1)));
            throw new AssertionError("accepted");
        } catch (LessonFormatException e) {
            assertThat(e.where()).isEqualTo("samples[5].target");
            assertThat(e.problem()).isEqualTo("2 values, expected 1");
        }
    }
}
