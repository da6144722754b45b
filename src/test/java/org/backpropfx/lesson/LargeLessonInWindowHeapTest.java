package org.backpropfx.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.backpropfx.engine.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest lesson the format holds (100,000 samples of 64 inputs) saves and opens again in a JVM with
 * the window's heap (256 MB): as JSON trees, reading or writing it needed more than twice that, so a
 * lesson the window had saved could not be opened in it.
 */
class LargeLessonInWindowHeapTest {
    static final int SAMPLES = 100_000;
    static final int INPUTS = 64;

    @Test
    void theLargestLessonSavesAndOpensAgainInTheWindowsHeap(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("largest.json");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
                "-cp", System.getProperty("java.class.path"), LargeLessonInWindowHeapTest.class.getName(), file.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as(said).isZero();
        assertThat(said.trim()).isEqualTo("same " + SAMPLES + " samples");
        assertThat(Files.size(file)).as("a file of tens of megabytes").isGreaterThan(40L << 20);
    }

    /** In the child JVM: builds the lesson, saves it, opens it again, and says whether it came back the same. */
    public static void main(String[] args) throws Exception {
        Lesson small = LessonFiles.parse("{\"format\":\"backpropfx-lesson\",\"version\":1,\"title\":\"Largest\","
                + "\"network\":{\"inputs\":" + INPUTS + ",\"layers\":[{\"neurons\":4,\"activation\":\"sigmoid\"},"
                + "{\"neurons\":1,\"activation\":\"sigmoid\"}]},\"samples\":[{\"input\":[" + "0,".repeat(INPUTS - 1)
                + "0],\"target\":[0]}]}");
        double[][] x = new double[SAMPLES][INPUTS];
        double[][] d = new double[SAMPLES][1];
        Random random = new Random(7);
        for (int s = 0; s < SAMPLES; s++) {
            // Eighths and sixteenths, as a data file would hold: short numbers, as in a typical file.
            for (int i = 0; i < INPUTS; i++) x[s][i] = random.nextInt(33) / 16.0 - 1;
            d[s][0] = random.nextInt(2);
        }
        Lesson largest = new Lesson(small.title(), small.note(), small.notation(), small.network(), new DataSet(x, d), null,
                small.settings(), small.initMethod(), small.initRange(), small.seed());
        x = null;
        d = null;
        Path file = Path.of(args[0]);
        LessonFiles.write(largest, file);
        Lesson again = LessonFiles.read(file);
        System.out.println(again.equals(largest) ? "same " + again.data().size() + " samples" : "different");
    }
}
