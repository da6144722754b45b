package org.backpropfx.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.notation.Notation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save killed at any moment (SIGKILL to the process doing it) leaves the lesson file whole, either
 * as it was or as the new save wrote it, never torn; any temporary file it left is gone after the next
 * save or open. Each kill is of a child JVM that saves in a loop; it says when a save begins, and is
 * killed after a chosen number of those, so the kills land in all parts of the save by the timing of
 * the two processes (no waiting for a time).
 */
class KillDuringSaveTest {
    private static final int KILLS = 50;
    /** Large enough that writing and renaming take a noticeable part of each save. */
    private static final int SAMPLES = 5_000;

    @TempDir
    Path folder;

    /** Version {@code k} of the lesson the child saves: only its title differs from the others. */
    static Lesson version(int k) {
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, 2, 2, 1);
        network.layer(1).setWeights(new double[] {0.15, 0.20, 0.25, 0.30});
        SplittableRandom random = new SplittableRandom(7);
        double[][] x = new double[SAMPLES][2];
        double[][] d = new double[SAMPLES][1];
        for (int s = 0; s < SAMPLES; s++) {
            x[s][0] = random.nextDouble(-1, 1);
            x[s][1] = random.nextDouble(-1, 1);
            d[s][0] = x[s][0] * x[s][1] > 0 ? 1 : 0;
        }
        return new Lesson("save " + k, "", Notation.MIT, network, new DataSet(x, d), null, TrainingSettings.plain(0.5),
                InitMethod.UNIFORM, 0.5, 1L);
    }

    /**
     * The child: saves the texts in files {@code args[1..]} in turn to {@code args[0]} until it is killed.
     * It loads nothing but the saving code, so that it starts fast.
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        byte[][] texts = new byte[args.length - 1][];
        for (int k = 0; k < texts.length; k++) texts[k] = Files.readAllBytes(Path.of(args[k + 1]));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (int k = 1; ; k++) {
            out.println("saving " + k);
            // the bytes are ready: the kill lands in making, writing, syncing or renaming the file
            AtomicFiles.write(texts[(k - 1) % texts.length], file);
        }
    }

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewLessonAndNoTemporaryFileAfterTheNextSaveOrOpen() throws Exception {
        Path file = folder.resolve("lesson.json");
        LessonFiles.write(version(0), file);
        String[] expected = new String[5];
        Path versions = Files.createDirectory(folder.resolve("versions"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), KillDuringSaveTest.class.getName(), file.toString()));
        for (int k = 0; k < expected.length; k++) {
            expected[k] = LessonFiles.toJson(version(k));
            if (k > 0) command.add(Files.writeString(versions.resolve(k + ".json"), expected[k]).toString());
        }
        SplittableRandom random = new SplittableRandom(11);
        int leftTemps = 0;
        int inFile = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            int savesBegun = 1 + random.nextInt(3);
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int lastBegun = savesBegun;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (int begun = 0; begun < savesBegun; begun++) {
                    assertThat(lines.readLine()).as("kill %d: the child says it begins save %d", kill, begun + 1)
                            .isEqualTo("saving " + (begun + 1));
                }
                // the handle, not the Process: that one would close the pipe still to be read
                child.toHandle().destroyForcibly();
                child.waitFor();
                // A kill takes effect a moment later: the saves begun meanwhile are in the pipe.
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("saving ")) lastBegun = Integer.parseInt(line.substring("saving ".length()));
                }
            }

            String text = Files.readString(file, StandardCharsets.UTF_8);
            Lesson found = LessonFiles.parse(text);
            int version = Integer.parseInt(found.title().substring("save ".length()));
            // save n writes version ((n − 1) mod 4) + 1; the last one begun may have finished or not
            int killedSave = (lastBegun - 1) % 4 + 1;
            int before = lastBegun == 1 ? inFile : (lastBegun - 2) % 4 + 1;
            assertThat(version).as("kill %d during save %d", kill, lastBegun).isIn(before, killedSave);
            assertThat(text).as("kill %d: the file is whole", kill).isEqualTo(expected[version]);
            leftTemps += temps().count() > 0 ? 1 : 0;
            if (kill % 2 == 0) {
                assertThat(LessonFiles.read(file).title()).isEqualTo(found.title());
                inFile = version;
            } else {
                LessonFiles.write(version(0), file);
                inFile = 0;
            }
            assertThat(temps()).as("kill %d: no temporary file after the next %s", kill, kill % 2 == 0 ? "open" : "save")
                    .isEmpty();
        }
        System.out.println(KILLS + " kills during save; " + leftTemps + " left a temporary file behind, cleared next time");
    }

    private Stream<Path> temps() throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList().stream();
        }
    }
}
