package org.backpropfx.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.Notation;
import org.backpropfx.session.LessonSession;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.ui.matrix.MatrixView;
import org.backpropfx.ui.network.NetworkView;

/**
 * How long the network view takes to draw a large network: 16 inputs and 6 weight layers of 16
 * neurons (1,536 edges plus 96 bias edges in the MIT notation), in a 1280×720 window. Run it with the
 * software pipeline ({@code -Dprism.order=sw}) under a display (xvfb-run) or Monocle.
 *
 * <p>Two cases: a new phase at every frame (every number and edge changes, as in live training), and
 * the pointer moving from edge to edge (the edge image is reused). Each change is made at the start of
 * a pulse, as the app makes it, and the frame is drawn by that pulse. For each frame: the CPU time of
 * the JavaFX thread (CSS, layout, label placement, edge rasterising, canvas commands) and of the render
 * thread (replaying the canvas commands into pixels and putting them on the screen), and their sum: the
 * time it takes to draw the frame.
 *
 * <p>Arguments: [frames per case (default 300)] [weight layers (default 6)] [neurons per layer (default 16)]
 * [view width and height (default 1280 720; in the 1280×720 main window the view is about 660 × 340)].
 * With {@code -Dbench.matrix=true} the matrix view is open beside the network view (each half of the
 * width), as in the main window with View › Matrix view: its drawing on the JavaFX thread counts in the
 * frame; writing and laying out a large phase's matrices happens on its own background thread, which
 * is reported apart.
 */
public final class NetworkViewBench {
    private static int LAYERS = 6;
    private static int NEURONS = 16;
    static final double GOAL_MILLIS = 8.0;
    private static final int WARM_UP_FRAMES = 200;

    private NetworkViewBench() {
    }

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        if (args.length > 2) {
            LAYERS = Integer.parseInt(args[1]);
            NEURONS = Integer.parseInt(args[2]);
        }
        int width = args.length > 4 ? Integer.parseInt(args[3]) : 1280;
        int height = args.length > 4 ? Integer.parseInt(args[4]) : 720;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        LessonSession session = new LessonSession(lesson());
        AtomicReference<NetworkView> view = new AtomicReference<>();
        AtomicReference<Stage> stage = new AtomicReference<>();
        boolean matrix = Boolean.getBoolean("bench.matrix");
        onFxThread(() -> {
            view.set(new NetworkView(session));
            stage.set(new Stage());
            Parent root = new StackPane(view.get());
            if (matrix) {
                MatrixView matrixView = new MatrixView(session);
                view.get().setPrefWidth(width / 2.0);
                matrixView.setPrefWidth(width / 2.0);
                root = new HBox(view.get(), matrixView);
            }
            stage.get().setScene(new Scene(root, width, height));
            stage.get().show();
            session.hoveredProperty().set(new NetworkElement.Weight(3, 5, 7));
        });
        Thread renderThread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElseThrow();

        // Warm up the JIT and the glyph caches.
        framesOf(WARM_UP_FRAMES, k -> session.stepForward(), renderThread);
        Timing phases = framesOf(frames, k -> session.stepForward(), renderThread);
        Timing pointing = framesOf(frames, k -> session.hoveredProperty().set(
                new NetworkElement.Weight(1 + k % LAYERS, k % NEURONS, (k * 7) % NEURONS)), renderThread);
        long[] redrawOnly = new long[frames];
        onFxThread(() -> {
            for (int k = 0; k < frames; k++) {
                session.stepForward();
                long c0 = THREADS.getCurrentThreadCpuTime();
                view.get().redraw();
                redrawOnly[k] = THREADS.getCurrentThreadCpuTime() - c0;
            }
            stage.get().close();
        });
        long sheetCpu = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("backpropfx-matrix-sheet"))
                .mapToLong(t -> Math.max(0, THREADS.getThreadCpuTime(t.getId()))).sum();
        System.out.printf(Locale.ROOT, "network view%s, %d weight layers × %d neurons (%d edges), %d×%d, "
                        + "prism.order=%s, %d frames per case, %d cores%n", matrix ? " with the matrix view open" : "",
                LAYERS, NEURONS, LAYERS * NEURONS * NEURONS, width, height,
                System.getProperty("prism.order", "default"), frames, Runtime.getRuntime().availableProcessors());
        System.out.print(phases.describe("a new phase at every frame"));
        System.out.print(pointing.describe("the pointer moving to another edge at every frame"));
        System.out.printf(Locale.ROOT, "the view's redraw alone, a new phase each time: median %.2f ms, max %.2f ms%n",
                median(redrawOnly), max(redrawOnly));
        if (matrix) {
            System.out.printf(Locale.ROOT, "matrix sheets' background thread (if still alive): %.0f ms CPU in all%n",
                    sheetCpu / 1e6);
        }
        Platform.exit();
    }

    private record Timing(long[] fx, long[] render) {
        Timing(int n) { this(new long[n], new long[n]); }

        String describe(String name) {
            long[] total = new long[fx.length];
            for (int k = 0; k < total.length; k++) total[k] = fx[k] + render[k];
            return String.format(Locale.ROOT, "%s (CPU time per frame):%n"
                            + "  JavaFX thread: median %.2f ms, max %.2f ms%n"
                            + "  render thread: median %.2f ms, max %.2f ms%n"
                            + "  both: median %.2f ms, max %.2f ms  [goal ≤ %.0f ms: %s]%n",
                    name, median(fx), max(fx), median(render), max(render), median(total), max(total), GOAL_MILLIS,
                    median(total) <= GOAL_MILLIS ? "met" : "missed");
        }
    }

    /**
     * Makes a change at the start of each of n pulses and records, per frame, the CPU time the JavaFX
     * and render threads spent between two pulses: that frame's drawing (the render of a frame finishes
     * before the next pulse hands over its scene).
     */
    private static Timing framesOf(int n, IntConsumer change, Thread renderThread) throws InterruptedException {
        Timing timing = new Timing(n);
        CountDownLatch done = new CountDownLatch(1);
        long renderId = renderThread.getId();
        Platform.runLater(() -> new AnimationTimer() {
            private int k = -1;
            private long fx0;
            private long render0;

            @Override
            public void handle(long now) {
                long fx = THREADS.getCurrentThreadCpuTime();
                long render = THREADS.getThreadCpuTime(renderId);
                if (k >= 0) {
                    timing.fx[k] = fx - fx0;
                    timing.render[k] = render - render0;
                }
                if (++k == n) {
                    stop();
                    done.countDown();
                    return;
                }
                change.accept(k);
                fx0 = THREADS.getCurrentThreadCpuTime();
                render0 = render;
            }
        }.start());
        done.await();
        return timing;
    }

    private static void onFxThread(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static Lesson lesson() {
        int[] sizes = new int[LAYERS + 1];
        Arrays.fill(sizes, NEURONS);
        Network network = Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, sizes);
        Initializer.initialize(network, InitMethod.XAVIER, 1.0, 7L);
        Random random = new Random(7L);
        double[][] inputs = new double[8][NEURONS];
        double[][] targets = new double[8][NEURONS];
        for (int s = 0; s < inputs.length; s++) {
            for (int i = 0; i < NEURONS; i++) {
                inputs[s][i] = random.nextDouble();
                targets[s][i] = random.nextDouble();
            }
        }
        return new Lesson("Bench", "", Notation.MIT, network, new DataSet(inputs, targets), null,
                TrainingSettings.plain(0.5), InitMethod.XAVIER, 1.0, 7L);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double max(long[] nanos) { return Arrays.stream(nanos).max().orElse(0) / 1e6; }
}
