package org.backpropfx.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.session.Edits;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.UiThread;
import org.backpropfx.stepper.NetworkElement;

/**
 * How long the UI thread is held by the session's actions on a large network, without a window (the views'
 * redrawing is measured by the window benchmarks): Run epoch, Finish sample, editing a weight, changing the
 * learning rate, a step back, undo. The goal is no action over 50 ms; the figures are wall-clock, so run it on
 * a quiet machine.
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dbench.main=org.backpropfx.bench.StallBench -Dexec.args="[lesson (default 8x64)] [repeats (default 20)]"</pre>
 */
public final class StallBench {
    static final double GOAL_MILLIS = 50;

    private StallBench() {}

    /** This thread as the UI thread: posted actions and frame callbacks run when {@link #pump} is called. */
    private static final class BenchUiThread implements UiThread {
        private final ConcurrentLinkedQueue<Runnable> posted = new ConcurrentLinkedQueue<>();
        private final List<Runnable> frames = new ArrayList<>();

        @Override public void post(Runnable action) { posted.add(action); }

        @Override public FrameCallback everyFrame(Runnable action) {
            frames.add(action);
            return () -> frames.remove(action);
        }

        /** One frame: the posted actions, then every frame callback; returns how long it held the thread. */
        long pump() {
            long start = System.nanoTime();
            Runnable r;
            while ((r = posted.poll()) != null) r.run();
            for (Runnable frame : List.copyOf(frames)) frame.run();
            return System.nanoTime() - start;
        }
    }

    public static void main(String[] args) throws Exception {
        Lesson lesson = BenchLessons.named(args.length > 0 ? args[0] : BenchLessons.EIGHT_BY_SIXTY_FOUR);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        BenchUiThread ui = new BenchUiThread();
        LessonSession session = new LessonSession(lesson, ui);
        String[] names = {"Run epoch (and the frames until it ends)", "Finish sample", "edit a weight",
            "change the learning rate", "step back", "undo"};
        double[][] millis = new double[names.length][repeats];
        for (int r = 0; r < repeats; r++) {
            millis[0][r] = runEpoch(session, ui);
            millis[1][r] = time(session::finishSample);
            double value = 0.01 * r;
            millis[2][r] = time(() -> session.apply(Edits.setValue(new NetworkElement.Weight(3, 5, 7), value,
                    session.getNotation())));
            TrainingSettings changed = session.getLesson().settings().withLearningRate(0.05 + 0.001 * r);
            millis[3][r] = time(() -> session.apply(Edits.setSettings(changed)));
            millis[4][r] = time(session::stepBack);
            millis[5][r] = time(session::undo);
        }
        System.out.printf(Locale.ROOT, "UI thread held by session actions on %s (%d cores; wall clock, %d repeats)%n",
                lesson.title(), Runtime.getRuntime().availableProcessors(), repeats);
        boolean met = true;
        for (int k = 0; k < names.length; k++) {
            double[] sorted = millis[k].clone();
            Arrays.sort(sorted);
            double max = sorted[sorted.length - 1];
            met &= max <= GOAL_MILLIS;
            System.out.printf(Locale.ROOT, "  %-42s median %6.1f ms, longest %6.1f ms%n", names[k],
                    sorted[sorted.length / 2], max);
        }
        System.out.println("verdict: " + (met ? "no action held the UI thread over " : "some action held the UI thread over ")
                + (int) GOAL_MILLIS + " ms");
    }

    /** Run epoch, then frames until the training thread is done: the longest single hold of the UI thread. */
    private static double runEpoch(LessonSession session, BenchUiThread ui) {
        double longest = time(session::runEpoch);
        BooleanSupplier running = session::isRunning;
        while (running.getAsBoolean()) {
            longest = Math.max(longest, ui.pump() / 1e6);
            java.util.concurrent.locks.LockSupport.parkNanos(16_000_000L);
        }
        return Math.max(longest, ui.pump() / 1e6);
    }

    private static double time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e6;
    }
}
