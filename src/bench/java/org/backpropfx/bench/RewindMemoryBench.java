package org.backpropfx.bench;

import java.util.Locale;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.stepper.Stepper;

/**
 * Memory the rewind history holds per step it can take back, on XOR and on eight layers of 64: after stepping
 * phase by phase, and after runs of samples as live training leaves them (one recorded sample per run).
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dbench.main=org.backpropfx.bench.RewindMemoryBench -Dexec.args="[samples per run (default 130)]"</pre>
 */
public final class RewindMemoryBench {
    private RewindMemoryBench() {}

    public static void main(String[] args) throws Exception {
        int run = args.length > 0 ? Integer.parseInt(args[0]) : 130;
        for (String name : new String[] {"xor", BenchLessons.EIGHT_BY_SIXTY_FOUR}) {
            Lesson lesson = BenchLessons.named(name);
            report(lesson, "stepping phase by phase", stepped(lesson));
            report(lesson, "runs of " + run + " samples", ran(lesson, run));
        }
    }

    private static Stepper stepped(Lesson lesson) {
        Stepper stepper = new Stepper(lesson.newTrainer());
        for (int k = 0; k < 3 * Stepper.MIN_REWIND_STEPS; k++) stepper.stepForward();
        return stepper;
    }

    private static Stepper ran(Lesson lesson, int run) {
        Stepper stepper = new Stepper(lesson.newTrainer());
        int phases = stepper.finishSample().phases().size();
        for (int k = 0; k < 3 * Stepper.MIN_REWIND_STEPS / phases; k++) stepper.runSamples(run);
        return stepper;
    }

    private static void report(Lesson lesson, String how, Stepper stepper) {
        int steps = stepper.stepsBackAvailable();
        long bytes = stepper.historyBytes();
        System.out.printf(Locale.ROOT, "%s, %s: %,d steps back in %,d bytes (%,d whole states): %.0f bytes per step%n",
                lesson.title(), how, steps, bytes, stepper.historyCheckpoints(), (double) bytes / steps);
    }
}
