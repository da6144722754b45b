package org.backpropfx.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.session.LessonSession;
import org.backpropfx.ui.MainWindow;

/**
 * Live training in the real main window: XOR epochs per second at full speed while the window keeps
 * refreshing, and the longest gap between two JavaFX pulses meanwhile (a stall the user would see).
 * Also the frame rate reached and how long a pause takes. Not a test: run it on a quiet machine, under
 * a display or Monocle ({@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}).
 *
 * <p>Arguments: [seconds of training (default 10)] [phases per second (default: full speed)] [lesson file, shipped
 * lesson name or {@code 8x64} for eight layers of 64 (default: the XOR lesson)]. A slow speed such as 60 is the
 * control: the same redrawing with the training thread mostly asleep.
 *
 * <p>At the end, with training still running, it collects the garbage fully a few times and reports the
 * largest heap in use after that (what training keeps alive), and the process's resident memory.
 */
public final class LiveTrainingBench {
    static final double GOAL_EPOCHS_PER_SECOND = 10_000;
    static final double GOAL_MAX_STALL_MILLIS = 50;
    static final double GOAL_HEAP_AFTER_GC_MB = 150;
    static final double GOAL_RESIDENT_MB = 400;
    private static final int FULL_COLLECTIONS = 3;
    private static final double WARM_UP_SECONDS = 3;

    private LiveTrainingBench() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10.0;
        double speed = args.length > 1 ? Double.parseDouble(args[1]) : LessonSession.FULL_SPEED;
        Lesson lesson = BenchLessons.named(args.length > 2 ? args[2] : "xor");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> new Run(lesson, seconds, speed, done).begin());
        if (!done.await((long) (seconds + WARM_UP_SECONDS + 60), TimeUnit.SECONDS)) {
            System.out.println("live training bench: did not finish in time");
        }
        Platform.exit();
    }

    /** The measurement, driven by timers on the JavaFX thread. */
    private static final class Run {
        private final double seconds;
        private final double speed;
        private final CountDownLatch done;
        private final LessonSession session;
        private final Stage stage = new Stage();
        private long lastPulse;
        private long longestGap;
        private long frames;
        private boolean measuring;
        private long heapAfterGc;

        Run(Lesson lesson, double seconds, double speed, CountDownLatch done) {
            this.seconds = seconds;
            this.speed = speed;
            this.done = done;
            session = new LessonSession(lesson);
        }

        void begin() {
            stage.setScene(new Scene(new MainWindow(session), 1280, 720));
            stage.setTitle("live training bench");
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (measuring) {
                        frames++;
                        if (lastPulse != 0) longestGap = Math.max(longestGap, now - lastPulse);
                    }
                    lastPulse = now;
                }
            }.start();
            session.speedProperty().set(speed);
            session.play();
            // Warm up the JIT on the training thread and in the views, then start counting afresh.
            after(WARM_UP_SECONDS, () -> {
                long epochsBefore = session.epochProperty().get();
                long start = System.nanoTime();
                measuring = true;
                longestGap = 0;
                frames = 0;
                after(seconds, () -> collect(FULL_COLLECTIONS, () -> finish(epochsBefore, start)));
            });
        }

        /** Full collections a second apart while training goes on; the largest heap in use after one is kept. */
        private void collect(int left, Runnable then) {
            if (left == 0) {
                then.run();
                return;
            }
            measuring = false;
            System.gc();
            heapAfterGc = Math.max(heapAfterGc, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            after(1, () -> collect(left - 1, then));
        }

        private void finish(long epochsBefore, long start) {
            measuring = false;
            double heapMb = heapAfterGc / 1e6;
            double residentMb = procStatusMb("VmRSS");
            double peakMb = procStatusMb("VmHWM");
            double committedMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / 1e6;
            long pauseStart = System.nanoTime();
            session.pause();
            long pauseNanos = System.nanoTime() - pauseStart;
            double elapsed = (System.nanoTime() - start) / 1e9;
            long epochs = session.epochProperty().get() - epochsBefore;
            double epochsPerSecond = epochs / elapsed;
            double stallMillis = longestGap / 1e6;
            System.out.printf(Locale.ROOT, "live training at %s, %s in the 1280×720 main window, %d cores, prism.order=%s%n"
                            + "  %.0f epochs/s over %.1f s (goal ≥ %.0f: %s)%n"
                            + "  %.1f frames/s; longest JavaFX pulse gap %.1f ms (goal ≤ %.0f: %s)%n"
                            + "  pause returned after %.2f ms; stopped at \"%s\", epoch %d%n"
                            + "  heap in use after a full GC during training %.0f MB (goal < %.0f: %s); heap committed %.0f MB;"
                            + " resident %.0f MB, peak %.0f MB (goal < %.0f: %s); JVM options %s%n",
                    Double.isInfinite(speed) ? "full speed" : speed + " phases/s", session.getLesson().title(),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("prism.order", "default"),
                    epochsPerSecond, elapsed, GOAL_EPOCHS_PER_SECOND, epochsPerSecond >= GOAL_EPOCHS_PER_SECOND ? "met" : "missed",
                    frames / elapsed, stallMillis, GOAL_MAX_STALL_MILLIS, stallMillis <= GOAL_MAX_STALL_MILLIS ? "met" : "missed",
                    pauseNanos / 1e6, session.getSnapshot().describePhase(), session.epochProperty().get() + 1,
                    heapMb, GOAL_HEAP_AFTER_GC_MB, heapMb < GOAL_HEAP_AFTER_GC_MB ? "met" : "missed", committedMb,
                    residentMb, peakMb, GOAL_RESIDENT_MB, peakMb < GOAL_RESIDENT_MB ? "met" : "missed",
                    ManagementFactory.getRuntimeMXBean().getInputArguments());
            stage.close();
            done.countDown();
        }

        /** A figure of /proc/self/status in MB, or NaN where there is none (not Linux). */
        private static double procStatusMb(String key) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith(key + ":")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 * 1.048576;
                }
            } catch (Exception e) {
                return Double.NaN;
            }
            return Double.NaN;
        }

        private static void after(double seconds, Runnable action) {
            PauseTransition wait = new PauseTransition(Duration.seconds(seconds));
            wait.setOnFinished(e -> action.run());
            wait.play();
        }
    }
}
