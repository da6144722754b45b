package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.session.TestLessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonOpenerTest {

    @Test
    void withoutArgumentsOpensTheShippedXorLesson() {
        LessonOpener.Opened opened = LessonOpener.open(List.of());
        assertThat(opened.problem()).isNull();
        assertThat(opened.lesson()).isEqualTo(LessonFiles.loadShipped("xor"));
        assertThat(opened.lesson().data().size()).isEqualTo(4);
    }

    @Test
    void opensTheFileNamedFirst(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        LessonFiles.write(TestLessons.xor(), file);
        LessonOpener.Opened opened = LessonOpener.open(List.of(file.toString()));
        assertThat(opened.problem()).isNull();
        assertThat(opened.lesson().title()).isEqualTo("XOR test");
    }

    @Test
    void aLargeFileIsLeftForTheWindowToReadOnceShown(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("large.json");
        // Valid JSON padded past the size above which the window reads it itself.
        String lesson = LessonFiles.toJson(TestLessons.xor());
        Files.writeString(file, lesson.substring(0, lesson.length() - 2) + " ".repeat((int) LessonOpener.READ_IN_WINDOW_BYTES) + "}\n");
        assertThat(LessonFiles.read(file).title()).as("a file that opens").isEqualTo("XOR test");

        LessonOpener.Opened opened = LessonOpener.open(List.of(file.toString()));
        assertThat(opened.readInWindow()).isEqualTo(file);
        assertThat(opened.file()).as("nothing to save to until it has opened").isNull();
        assertThat(opened.problem()).isNull();
        assertThat(opened.lesson()).isEqualTo(LessonFiles.loadShipped("xor"));
    }

    @Test
    void aBadFileIsNamedWithItsProblemAndXorOpensInstead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{ \"format\": ");
        LessonOpener.Opened opened = LessonOpener.open(List.of(file.toString()));
        assertThat(opened.problem()).contains(file.toString()).contains("not valid").contains("XOR lesson is open instead");
        assertThat(opened.lesson()).isEqualTo(LessonFiles.loadShipped("xor"));
    }

    @Test
    void aMissingFileIsSaidToBeMissing(@TempDir Path dir) {
        String missing = dir.resolve("nowhere.json").toString();
        LessonOpener.Opened opened = LessonOpener.open(List.of(missing));
        assertThat(opened.problem()).isEqualTo("There is no lesson file " + missing
                + " (the shipped lessons are single-weight, and, or, xor, article-003, article-003-lecture, two-moons, three-classes, weight-decay)."
                + " The XOR lesson is open instead.");
    }

    @Test
    void aShippedNameOpensThatLessonLikeTraceDoes() {
        LessonOpener.Opened opened = LessonOpener.open(List.of("two-moons"));
        assertThat(opened.problem()).isNull();
        assertThat(opened.lesson()).isEqualTo(LessonFiles.loadShipped("two-moons"));
        assertThat(opened.file()).as("Save must ask where instead of writing ./two-moons").isNull();
    }

    @Test
    void aFileOpenedKeepsItsPathForSave(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        LessonFiles.write(TestLessons.xor(), file);
        assertThat(LessonOpener.open(List.of(file.toString())).file()).isEqualTo(file);
    }
}
