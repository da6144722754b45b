package org.backpropfx.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The examples in docs/lesson-format.md are real lessons, so the document cannot drift from the code. */
class LessonFormatDocTest {
    private static final Path DOC = Path.of("docs/lesson-format.md");

    private static List<String> jsonBlocks() throws Exception {
        Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        List<String> blocks = new ArrayList<>();
        while (m.find()) blocks.add(m.group(1));
        return blocks;
    }

    @Test void everyJsonExampleInTheDocumentLoads() throws Exception {
        List<String> blocks = jsonBlocks();
        assertThat(blocks).hasSize(3);
        Lesson scripted = LessonFiles.parse(blocks.get(0));
        assertThat(scripted.script()).extracting(ScriptStop::caption)
                .containsExactly("β = 1/(1 + e^−α): what is β here?", "w ← w + r·y·γ; w0 sits on a constant −1");
        assertThat(scripted.script().get(0).notes()).isNull();
        assertThat(scripted.script().get(1).notes()).startsWith("Ask who expected w0 to fall");
        assertThat(LessonFiles.parse(blocks.get(1))).isEqualTo(LessonFiles.loadShipped("xor"));
        Lesson minimal = LessonFiles.parse(blocks.get(2));
        assertThat(minimal.title()).isEqualTo("OR from scratch");
        assertThat(minimal.seed()).isEqualTo(7L);
    }

    @Test void theDocumentedErrorMessagesAreTheOnesProduced() throws Exception {
        String doc = Files.readString(DOC);
        String base = jsonBlocks().get(2);
        String typo = base.replace("{\"neurons\": 1}", "{\"neurons\": 1, \"activaton\": \"tanh\"}");
        assertThat(doc).contains(message(typo));
        String negativeRate = base.replace("\"init\":", "\"training\": {\"learningRate\": -1}, \"init\":");
        assertThat(doc).contains(message(negativeRate));
        String script = jsonBlocks().get(0);
        String wrongLayer = script.replace("\"layer\": 1", "\"layer\": 3");
        assertThat(message(wrongLayer)).startsWith("script[0].layer (line 8, column ")
                .endsWith("): must be 1 to 1, not 3");
    }

    private static String message(String json) {
        try {
            LessonFiles.parse(json);
        } catch (LessonFormatException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + json);
    }
}
