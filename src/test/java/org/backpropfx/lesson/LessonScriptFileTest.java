package org.backpropfx.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.Network;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.PhaseKind;
import org.junit.jupiter.api.Test;

/** The optional "script" field: stops read, saved and read again to the same bits; bad stops refused with their place. */
class LessonScriptFileTest {
    private static final String HEAD = """
            {
              "format": "backpropfx-lesson",
              "version": 1,
              "title": "Scripted OR",
              "network": {"inputs": 2, "layers": [{"neurons": 2}, {"neurons": 1}]},
            """;
    private static final String SAMPLES = """
              "samples": [
                {"input": [0, 0], "target": [0]},
                {"input": [0, 1], "target": [1]},
                {"input": [1, 1], "target": [1]}
              ]
            }
            """;

    private static String withScript(String script) {
        return HEAD + "  \"script\": " + script + ",\n" + SAMPLES;
    }

    private static String messageOf(String json) {
        try {
            LessonFiles.parse(json);
        } catch (LessonFormatException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted a broken lesson: " + json);
    }

    @Test
    void stopsAreReadCountedFromOneAndSavedToTheSameBits() throws Exception {
        Lesson read = LessonFiles.parse(withScript("""
                [
                    {"epoch": 1, "sample": 2, "phase": "forward", "layer": 1, "caption": "β = 1/(1+e^−α)",
                     "neurons": [[1, 0], [0, 1]], "weights": [[1, 0, 1]], "biases": [[2, 0]], "wait": true},
                    {"epoch": 3, "sample": 1, "phase": "error", "caption": "What is P here?"},
                    {"epoch": 1, "sample": 1, "phase": "update", "caption": "w ← w + r·y·γ"}
                  ]"""));
        List<ScriptStop> script = read.script();
        assertThat(script).hasSize(3);
        ScriptStop first = script.get(0);
        assertThat(first.epoch()).isZero();
        assertThat(first.sample()).isEqualTo(1);
        assertThat(first.phase()).isEqualTo(new Phase(PhaseKind.FORWARD, 1));
        assertThat(first.highlights()).containsExactly(new NetworkElement.Neuron(1, 0), new NetworkElement.Neuron(0, 1),
                new NetworkElement.Weight(1, 0, 1), new NetworkElement.Bias(2, 0));
        assertThat(first.waitForClass()).isTrue();
        assertThat(script.get(1)).isEqualTo(new ScriptStop(2, 0, new Phase(PhaseKind.ERROR, 0), "What is P here?",
                List.of(), false));
        assertThat(script.get(2).phase().kind()).isEqualTo(PhaseKind.UPDATE);

        String saved = LessonFiles.toJson(read);
        assertThat(saved).contains("\"script\": [").contains("\"caption\": \"What is P here?\"");
        Lesson again = LessonFiles.parse(saved);
        assertThat(again).isEqualTo(read);
        assertThat(LessonFiles.toJson(again)).isEqualTo(saved);
    }

    @Test
    void notesAreReadSavedAndReadAgainAndAStopWithoutNotesSavesWithoutTheField() throws Exception {
        String notes = "Ask who expected w0 to fall.\nIts input is −1: it moves against the others.";
        Lesson read = LessonFiles.parse(withScript("""
                [
                    {"epoch": 1, "sample": 1, "phase": "error", "caption": "What is P here?",
                     "notes": "Ask who expected w0 to fall.\\nIts input is −1: it moves against the others."},
                    {"epoch": 1, "sample": 2, "phase": "error", "caption": "And here?"}
                  ]"""));
        assertThat(read.script().get(0).notes()).isEqualTo(notes);
        assertThat(read.script().get(1).notes()).isNull();
        String saved = LessonFiles.toJson(read);
        assertThat(saved).contains("\"notes\": \"Ask who expected w0 to fall.\\nIts input");
        assertThat(saved.indexOf("\"notes\"")).isEqualTo(saved.lastIndexOf("\"notes\""));
        Lesson again = LessonFiles.parse(saved);
        assertThat(again).isEqualTo(read);
        assertThat(again.script().get(0).notes()).isEqualTo(notes);
        assertThat(LessonFiles.toJson(again)).isEqualTo(saved);
        // blank notes are no notes: neither kept nor written
        Lesson blank = LessonFiles.parse(withScript(
                "[{\"epoch\": 1, \"sample\": 1, \"phase\": \"error\", \"caption\": \"x\", \"notes\": \"  \"}]"));
        assertThat(blank.script().get(0).notes()).isNull();
        assertThat(LessonFiles.toJson(blank)).doesNotContain("\"notes\"");
    }

    @Test
    void badNotesAreRefusedWithTheirPlace() {
        assertThat(messageOf(withScript("[{\"epoch\": 1, \"sample\": 1, \"phase\": \"error\", \"caption\": \"x\", \"notes\": 3}]")))
                .startsWith("script[0].notes (line 6, column ");
        String tooLong = "n".repeat(ScriptStop.MAX_NOTES_LENGTH + 1);
        assertThat(messageOf(withScript("[{\"epoch\": 1, \"sample\": 1, \"phase\": \"error\", \"caption\": \"x\", \"notes\": \""
                + tooLong + "\"}]")))
                .startsWith("script[0].notes (line 6, column ").endsWith("10001 characters, at most 10000 allowed");
        assertThat(messageOf(withScript("[{\"epoch\": 1, \"sample\": 1, \"phase\": \"error\", \"caption\": \"x\", \"note\": \"y\"}]")))
                .startsWith("script[0].note").contains("unknown field");
    }

    @Test
    void aLessonWithoutAScriptIsSavedWithoutTheField() throws Exception {
        Lesson plain = LessonFiles.parse(HEAD + SAMPLES);
        assertThat(plain.script()).isEmpty();
        assertThat(LessonFiles.toJson(plain)).doesNotContain("\"script\"");
    }

    @Test
    void editsKeepEveryCaptionAndDropOnlyElementsNoLongerThere() throws Exception {
        Lesson read = LessonFiles.parse(withScript("""
                [{"epoch": 1, "sample": 3, "phase": "backward", "layer": 2, "caption": "γ of the output",
                  "neurons": [[2, 0], [1, 1]]}]"""));
        Network smaller = new Network(new int[] {2, 1},
                new Activation[] {Activation.SIGMOID},
                BiasMode.TRAINABLE);
        Lesson edited = read.withNetwork(smaller);
        ScriptStop stop = edited.script().get(0);
        assertThat(stop.caption()).isEqualTo("γ of the output");
        assertThat(stop.phase()).isEqualTo(new Phase(PhaseKind.BACKWARD, 1));
        // neuron 1 of layer 1 is gone with the smaller output layer; neuron 0 of layer 2 with the layer
        assertThat(stop.highlights()).isEmpty();
    }

    @Test
    void badStopsAreRefusedWithTheirPlace() {
        assertThat(messageOf(withScript("[]"))).startsWith("script (line 6, column 13): 0 stops, expected 1 to 1000");
        assertThat(messageOf(withScript("[{\"epoch\": 0, \"sample\": 1, \"phase\": \"error\", \"caption\": \"x\"}]")))
                .isEqualTo("script[0].epoch (line 6, column 24): must be 1 to 1000000, not 0");
        assertThat(messageOf(withScript("[{\"epoch\": 1, \"sample\": 4, \"phase\": \"error\", \"caption\": \"x\"}]")))
                .isEqualTo("script[0].sample (line 6, column 37): must be 1 to 3, not 4");
        assertThat(messageOf(withScript("[{\"epoch\": 1, \"sample\": 1, \"phase\": \"forwards\", \"caption\": \"x\"}]")))
                .isEqualTo("script[0].phase (line 6, column 49): unknown phase 'forwards' (expected forward, error, backward or update)");
        assertThat(messageOf(withScript("[{\"epoch\": 1, \"sample\": 1, \"phase\": \"forward\", \"caption\": \"x\"}]")))
                .startsWith("script[0].layer").contains("missing (a forward phase needs its layer, 1 to 2)");
        assertThat(messageOf(withScript("[{\"epoch\": 1, \"sample\": 1, \"phase\": \"backward\", \"layer\": 3, \"caption\": \"x\"}]")))
                .isEqualTo("script[0].layer (line 6, column 70): must be 1 to 2, not 3");
        assertThat(messageOf(withScript("[{\"epoch\": 1, \"sample\": 1, \"phase\": \"error\", \"layer\": 1, \"caption\": \"x\"}]")))
                .isEqualTo("script[0].layer (line 6, column 67): not expected: the error phase has no layer");
        assertThat(messageOf(withScript("[{\"epoch\": 1, \"sample\": 1, \"phase\": \"error\", \"caption\": \" \"}]")))
                .isEqualTo("script[0].caption (line 6, column 69): must not be empty (spaces and invisible characters do not count)");
        assertThat(messageOf(withScript("[{\"epoch\": 1, \"sample\": 1, \"phase\": \"error\"}]")))
                .startsWith("script[0].caption").endsWith("missing (this field is required)");
        assertThat(messageOf(withScript("[{\"epoch\": 1, \"sample\": 1, \"phase\": \"error\", \"caption\": \"x\", \"neurons\": [[1, 2]]}]")))
                .isEqualTo("script[0].neurons[0][1] (line 6, column 90): must be 0 to 1, not 2");
        assertThat(messageOf(withScript("[{\"epoch\": 1, \"sample\": 1, \"phase\": \"error\", \"caption\": \"x\", \"weights\": [[2, 0, 2]]}]")))
                .isEqualTo("script[0].weights[0][2] (line 6, column 93): must be 0 to 1, not 2");
        assertThat(messageOf(withScript("[{\"epoch\": 1, \"sample\": 1, \"phase\": \"error\", \"caption\": \"x\", \"biases\": [[0, 0]]}]")))
                .isEqualTo("script[0].biases[0][0] (line 6, column 86): must be 1 to 2, not 0");
        assertThat(messageOf(withScript("[{\"epoch\": 1, \"sample\": 1, \"phase\": \"error\", \"caption\": \"x\", \"neurons\": [[1, 0], [1, 0]]}]")))
                .isEqualTo("script[0].neurons[1] (line 6, column 94): named twice in this stop");
        assertThat(messageOf(withScript("[{\"epoch\": 1, \"sample\": 1, \"phase\": \"error\", \"caption\": \"x\", \"wait\": \"yes\"}]")))
                .isEqualTo("script[0].wait (line 6, column 82): expected true or false, found a string");
        assertThat(messageOf(withScript("[{\"epoch\": 1, \"sample\": 1, \"phase\": \"error\", \"caption\": \"x\", \"captoin\": \"y\"}]")))
                .startsWith("script[0].captoin").contains("unknown field (did you mean 'caption'?)");
    }
}
