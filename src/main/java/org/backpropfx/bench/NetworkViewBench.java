package org.backpropfx.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
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
import org.backpropfx.ui.network.NetworkView;

/**
 * How long the network view takes to draw a large network: 16 inputs and 6 weight layers of 16
 * neurons (1,536 edges plus 96 bias edges in the MIT notation), in a 1280×720 window. Run it with the
 * software pipeline ({@code -Dprism.order=sw}) under a display (xvfb-run) or Monocle.
 *
 * <p>Two cases: a new phase at every redraw (every number and edge changes, as in live training), and
 * the pointer moving from edge to edge (the edge image is reused). For each: the time on the JavaFX
 * thread (layout, label placement, edge rasterising, canvas commands) and the same plus the render
 * (forced through a snapshot, which also copies the pixels out, so it overstates the render a little).
 *
 * <p>Arguments: [redraws per case (default 200)].
 */
public final class NetworkViewBench {
    static final int LAYERS = 6;
    static final int NEURONS = 16;
    static final double GOAL_MILLIS = 8.0;

    private NetworkViewBench() {
    }

    public static void main(String[] args) throws Exception {
        int redraws = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<String> report = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                report.set(run(redraws));
            } catch (RuntimeException e) {
                report.set("failed: " + e);
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        System.out.println(report.get());
        Platform.exit();
    }

    private record Timing(long[] fxWall, long[] fxCpu, long[] withRender) {
        Timing(int n) { this(new long[n], new long[n], new long[n]); }

        String describe(String name) {
            return String.format(Locale.ROOT, "%s:%n"
                            + "  FX thread: median %.2f ms, max %.2f ms (CPU time median %.2f ms)%n"
                            + "  FX thread + render: median %.2f ms, max %.2f ms  [goal ≤ %.0f ms: %s]%n",
                    name, median(fxWall), max(fxWall), median(fxCpu), median(withRender), max(withRender), GOAL_MILLIS,
                    median(withRender) <= GOAL_MILLIS ? "met" : "missed");
        }
    }

    private static String run(int redraws) {
        LessonSession session = new LessonSession(lesson());
        NetworkView view = new NetworkView(session);
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(view), 1280, 720));
        stage.show();
        view.applyCss();
        view.layout();
        session.hoveredProperty().set(new NetworkElement.Weight(3, 5, 7));

        // Warm up the JIT and the glyph caches.
        Timing warmUp = new Timing(150);
        for (int k = 0; k < 150; k++) measure(view, () -> session.stepForward(), warmUp, k);

        Timing phases = new Timing(redraws);
        for (int k = 0; k < redraws; k++) measure(view, session::stepForward, phases, k);
        Timing pointing = new Timing(redraws);
        for (int k = 0; k < redraws; k++) {
            NetworkElement edge = new NetworkElement.Weight(1 + k % LAYERS, k % NEURONS, (k * 7) % NEURONS);
            measure(view, () -> session.hoveredProperty().set(edge), pointing, k);
        }
        stage.close();
        return String.format(Locale.ROOT, "network view, %d weight layers × %d neurons (%d edges), 1280×720, "
                        + "prism.order=%s, %d redraws per case%n", LAYERS, NEURONS, LAYERS * NEURONS * NEURONS,
                System.getProperty("prism.order", "default"), redraws)
                + phases.describe("a new phase at every redraw")
                + pointing.describe("the pointer moving to another edge at every redraw");
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static WritableImage image;

    private static void measure(NetworkView view, Runnable change, Timing into, int k) {
        change.run();
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        view.redraw();
        long t1 = System.nanoTime();
        into.fxCpu[k] = THREADS.getCurrentThreadCpuTime() - c0;
        image = view.snapshot(new SnapshotParameters(), image);
        long t2 = System.nanoTime();
        into.fxWall[k] = t1 - t0;
        into.withRender[k] = t2 - t0;
    }

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
