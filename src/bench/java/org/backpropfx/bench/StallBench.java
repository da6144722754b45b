package org.backpropfx.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;

import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.session.Edits;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.UiThread;
import org.backpropfx.stepper.NetworkElement;

/**
 * How long the UI thread is held by the session's actions on a large network, without a window (the views'
 * redrawing is measured by the window benchmarks): Run epoch, Finish sample, editing a weight, changing the
 * learning rate, a step back (inside a sample, and back into the epoch just run), undo, and the frames after them
 * (which take what the background hands back). The goal is no action over 50 ms. The figures are wall clock
 * (what a user waits), with the garbage collector's pauses inside them and the UI thread's own CPU time beside
 * them, which a busy machine's scheduling does not stretch. Run it with the window's JVM options (see
 * {@code JvmOptions}): {@code -Xms64m -Xmx256m -XX:+UseSerialGC}.
 *
 * <pre>java -Xms64m -Xmx256m -XX:+UseSerialGC -cp "target/classes:target/test-classes:$(cat cp.txt)" org.backpropfx.bench.StallBench [lesson (default 8x64)] [repeats (default 20)]</pre>
 * (the class path as README's window benchmarks build it), or through Maven, in Maven's own JVM:
 * <pre>mvn -q -Pbench test-compile exec:java -Dbench.main=org.backpropfx.bench.StallBench -Dexec.args="[lesson] [repeats]"</pre>
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
        String[] names = {"Run epoch (and the frames until it ends)", "step back into the epoch run", "Finish sample",
            "edit a weight", "change the learning rate", "step back", "undo", "frames after the actions"};
        Hold[][] holds = new Hold[names.length][repeats];
        for (int r = 0; r < repeats; r++) {
            holds[0][r] = runEpoch(session, ui);
            holds[1][r] = stepBackAcross(session);
            holds[2][r] = time(session::finishSample);
            double value = 0.01 * r;
            holds[3][r] = time(() -> session.apply(Edits.setValue(new NetworkElement.Weight(3, 5, 7), value,
                    session.getNotation())));
            TrainingSettings changed = session.getLesson().settings().withLearningRate(0.05 + 0.001 * r);
            holds[4][r] = time(() -> session.apply(Edits.setSettings(changed)));
            holds[5][r] = time(session::stepBack);
            holds[6][r] = time(session::undo);
            // What the background posts back (edit marks, class counts) runs in frames too.
            holds[7][r] = framesFor(ui, 100_000_000L);
        }
        System.out.printf(Locale.ROOT, "UI thread held by session actions on %s (%d cores; %d repeats, the first"
                + " with a cold JIT; wall clock, of which garbage collection; the UI thread's CPU time; its allocation, median)%n",
                lesson.title(), Runtime.getRuntime().availableProcessors(), repeats);
        boolean met = true;
        for (int k = 0; k < names.length; k++) {
            Hold[] warm = Arrays.copyOfRange(holds[k], 1, repeats);
            double[] wall = sorted(warm, Hold::wallMillis);
            double[] gc = sorted(warm, Hold::gcMillis);
            double[] cpu = sorted(warm, Hold::cpuMillis);
            double[] allocated = sorted(warm, Hold::allocatedMb);
            Hold first = holds[k][0];
            double longest = Math.max(first.wallMillis(), wall[wall.length - 1]);
            met &= longest <= GOAL_MILLIS;
            System.out.printf(Locale.ROOT, "  %-42s first %6.1f ms (CPU %5.1f); then median %5.1f ms (%5.1f–%6.1f), GC up to %5.1f ms,"
                    + " CPU median %5.1f ms (up to %5.1f), allocating %5.1f MB%n", names[k], first.wallMillis(), first.cpuMillis(),
                    wall[wall.length / 2], wall[0], wall[wall.length - 1], gc[gc.length - 1], cpu[cpu.length / 2],
                    cpu[cpu.length - 1], allocated[allocated.length / 2]);
        }
        System.out.println("verdict: " + (met ? "no action held the UI thread over " : "some action held the UI thread over ")
                + (int) GOAL_MILLIS + " ms");
    }

    /** One hold of the UI thread: wall-clock time, the collectors' pauses within it, and the thread's own CPU time. */
    record Hold(double wallMillis, double gcMillis, double cpuMillis, double allocatedMb) {
        static Hold longer(Hold a, Hold b) { return a.wallMillis >= b.wallMillis ? a : b; }
    }

    private static double[] sorted(Hold[] holds, ToDoubleFunction<Hold> value) {
        double[] values = Arrays.stream(holds).mapToDouble(value).toArray();
        Arrays.sort(values);
        return values;
    }

    /** Run epoch, then frames until the training thread is done: the longest single hold of the UI thread. */
    private static Hold runEpoch(LessonSession session, BenchUiThread ui) {
        Hold longest = time(session::runEpoch);
        BooleanSupplier running = session::isRunning;
        while (running.getAsBoolean()) {
            longest = Hold.longer(longest, time(ui::pump));
            LockSupport.parkNanos(16_000_000L);
        }
        return Hold.longer(longest, time(ui::pump));
    }

    /** Steps back through the last sample's phases into the run before it: the longest single step. */
    private static Hold stepBackAcross(LessonSession session) {
        int phases = session.getSnapshot().phaseIndex() + 2;
        Hold longest = new Hold(0, 0, 0, 0);
        for (int k = 0; k < phases; k++) longest = Hold.longer(longest, time(session::stepBack));
        return longest;
    }

    /** Frames, one every 16 ms, for {@code nanos}: the longest. */
    private static Hold framesFor(BenchUiThread ui, long nanos) {
        long end = System.nanoTime() + nanos;
        Hold longest = new Hold(0, 0, 0, 0);
        while (System.nanoTime() < end) {
            longest = Hold.longer(longest, time(ui::pump));
            LockSupport.parkNanos(16_000_000L);
        }
        return longest;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Bytes this thread has allocated so far (0 where the JVM cannot tell). */
    private static long allocatedBytes() {
        return THREADS instanceof com.sun.management.ThreadMXBean sun ? sun.getThreadAllocatedBytes(Thread.currentThread().getId()) : 0;
    }

    private static long gcMillisSoFar() {
        long total = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) total += Math.max(0, gc.getCollectionTime());
        return total;
    }

    private static Hold time(Runnable action) {
        long gcStart = gcMillisSoFar();
        long allocatedStart = allocatedBytes();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        action.run();
        long wall = System.nanoTime() - start;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        return new Hold(wall / 1e6, gcMillisSoFar() - gcStart, cpu / 1e6, (allocatedBytes() - allocatedStart) / 1e6);
    }
}
