package org.backpropfx.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.backpropfx.engine.DataSet;
import org.junit.jupiter.api.Test;

/** The optional "classes" field: one name per output, kept through saving and editing, refused with its place. */
class ClassNamesFileTest {
    private static final String THREE = """
            {
              "format": "backpropfx-lesson",
              "version": 1,
              "title": "Flowers",
              "network": {"inputs": 2, "layers": [{"neurons": 3, "activation": "softmax"}]},
              "loss": "cross-entropy",
              "classes": ["setosa", "versicolor", "virginica"],
              "samples": [
                {"input": [1, 2], "target": [1, 0, 0]},
                {"input": [3, 4], "target": [0, 1, 0]},
                {"input": [5, 6], "target": [0, 0, 1]}
              ]
            }
            """;

    private static String messageOf(String json) {
        try {
            LessonFiles.parse(json);
        } catch (LessonFormatException e) {
            return e.where() + ": " + e.problem();
        }
        throw new AssertionError("accepted a broken lesson: " + json);
    }

    @Test
    void namesAreReadSavedAndReadAgainToTheSameFile() throws Exception {
        Lesson read = LessonFiles.parse(THREE);
        assertThat(read.classNames()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(read.className(1)).isEqualTo("versicolor");
        String saved = LessonFiles.toJson(read);
        assertThat(saved).contains("\"classes\": [\"setosa\", \"versicolor\", \"virginica\"]");
        Lesson again = LessonFiles.parse(saved);
        assertThat(again).isEqualTo(read);
        assertThat(LessonFiles.toJson(again)).isEqualTo(saved);
    }

    @Test
    void aLessonWithoutNamesIsSavedAsBeforeAndCountsItsClasses() throws Exception {
        for (String name : LessonFiles.shippedNames()) {
            Lesson shipped = LessonFiles.loadShipped(name);
            assertThat(shipped.classNames()).isEmpty();
            assertThat(LessonFiles.toJson(shipped)).doesNotContain("\"classes\"");
        }
        Lesson three = LessonFiles.loadShipped("three-classes");
        assertThat(three.className(0)).isEqualTo("1");
        assertThat(three.className(2)).isEqualTo("3");
    }

    @Test
    void namesStayWhileTheOutputsDoAndGoWhenTheyChange() throws Exception {
        Lesson read = LessonFiles.parse(THREE);
        DataSet more = new DataSet(new double[][] {{1, 2}, {3, 4}}, new double[][] {{0, 0, 1}, {0, 1, 0}});
        assertThat(read.withSamples(read.network(), more, null).classNames()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(read.withClassNames(List.of()).classNames()).isEmpty();
        assertThatThrownBy(() -> read.withClassNames(List.of("a", "b")))
                .hasMessage("2 class names for 3 outputs: give one name per output");
        assertThatThrownBy(() -> read.withClassNames(List.of("a", "b", "a")))
                .hasMessage("classes 1 and 3 are both called 'a'");
        assertThatThrownBy(() -> read.withClassNames(List.of("a", "b", "x".repeat(101))))
                .hasMessage("class 3: the name has 101 characters; at most 100 are allowed");
        assertThatThrownBy(() -> read.withClassNames(List.of("a", "b\nc", "d")))
                .hasMessage("class 2: the name must be on one line");
    }

    @Test
    void badNamesAreRefusedWithTheirPlace() {
        assertThat(messageOf(THREE.replace("\"setosa\", ", ""))).isEqualTo(
                "classes: 2 names (one per output neuron), expected exactly 3");
        assertThat(messageOf(THREE.replace("\"virginica\"", "\"setosa\""))).isEqualTo(
                "classes[2]: 'setosa' is already the name of class 1");
        assertThat(messageOf(THREE.replace("\"versicolor\"", "\" \""))).isEqualTo(
                "classes[1]: the name is empty (spaces and invisible characters do not count)");
        assertThat(messageOf(THREE.replace("\"versicolor\"", "2"))).startsWith("classes[1]: expected a string");
        assertThat(messageOf(THREE.replace("\"classes\": [", "\"classes\": {\"a\": [").replace("\"virginica\"]", "\"virginica\"]}")))
                .startsWith("classes: expected an array");
        String oneOutput = """
                {
                  "format": "backpropfx-lesson", "version": 1, "title": "One",
                  "network": {"inputs": 1, "layers": [{"neurons": 1}]},
                  "classes": ["low", "high"],
                  "samples": [{"input": [0], "target": [0]}]
                }
                """;
        assertThat(messageOf(oneOutput)).isEqualTo(
                "classes: class names need two or more outputs, one per class; the output layer has 1");
    }
}
