package org.backpropfx.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a lesson file tells how far it has come: a fraction that only grows and ends at one. */
class ReadProgressTest {
    @TempDir Path folder;

    @Test
    void aLargeFileReportsGrowingFractionsThroughEveryStageEndingAtOne() throws Exception {
        StringBuilder json = new StringBuilder("{\"format\":\"backpropfx-lesson\",\"version\":1,\"title\":\"Many\","
                + "\"network\":{\"inputs\":2,\"layers\":[{\"neurons\":1,\"activation\":\"sigmoid\"}]},\"samples\":[");
        int samples = 20_000;
        for (int s = 0; s < samples; s++) {
            json.append(s == 0 ? "" : ",").append("{\"input\":[").append(s % 7 * 0.125).append(",0.5],\"target\":[")
                    .append(s % 2).append("]}");
        }
        Path file = folder.resolve("many.json");
        Files.writeString(file, json.append("]}").toString());

        List<Double> told = new ArrayList<>();
        Lesson lesson = LessonFiles.read(file, told::add);

        assertThat(lesson.data().size()).isEqualTo(samples);
        assertThat(told).isSorted().allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        assertThat(told.get(told.size() - 1)).isEqualTo(1.0);
        assertThat(told).as("while the bytes are read").anyMatch(p -> p > 0 && p <= ReadProgress.BYTES_READ);
        assertThat(told).as("while the text is parsed")
                .anyMatch(p -> p > ReadProgress.BYTES_READ && p < ReadProgress.TEXT_PARSED);
        assertThat(told).as("while the samples are read").anyMatch(p -> p > ReadProgress.TEXT_PARSED && p < 1);
        assertThat(LessonFiles.read(file)).as("the same lesson read without progress").isEqualTo(lesson);
    }

    @Test
    void aBrokenFileStillNamesItsPlace() throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\"format\":\"backpropfx-lesson\",\"version\":1,\"title\":\"t\",\"network\":{\"inputs\":1,"
                + "\"layers\":[{\"neurons\":1,\"activation\":\"identity\"}]},\"samples\":[{\"input\":[1],\"target\":[0]},\n"
                + "{\"input\":[\"x\"],\"target\":[0]}]}");
        List<Double> told = new ArrayList<>();
        Assertions.assertThatThrownBy(() -> LessonFiles.read(file, told::add))
                .isInstanceOf(LessonFormatException.class)
                .hasMessageContaining("line 2").hasMessageContaining("expected a number, found a string");
        assertThat(told).isSorted();
    }
}
