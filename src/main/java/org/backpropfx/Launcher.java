package org.backpropfx;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import javafx.application.Application;

import org.backpropfx.export.ExportCommand;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.trace.TraceCommand;
import org.backpropfx.ui.AppInfo;
import org.backpropfx.ui.BackpropFxApp;
import org.backpropfx.worksheet.WorksheetCommand;

/**
 * Entry point of BackpropFX (also the Main-Class of the fat jar).
 *
 * <p>Deliberately does <em>not</em> extend {@code javafx.application.Application}, so that the
 * JavaFX runtime can be loaded from the class path (fat jar / {@code java -cp}).
 *
 * <ul>
 *   <li>{@code backpropfx} &rarr; opens the desktop window ({@link BackpropFxApp})</li>
 *   <li>{@code backpropfx trace ARGS...} &rarr; {@link TraceCommand}</li>
 *   <li>{@code backpropfx export ARGS...} and {@code worksheet ARGS...} &rarr; the vector export and worksheet
 *       commands</li>
 * </ul>
 *
 * <p>The benchmarks are not part of the app (they live in {@code src/bench/java}, built with the tests);
 * {@code backpropfx bench} says how to run them from a source checkout.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            switch (args[0]) {
                case "trace":
                    TraceCommand.main(rest);
                    System.exit(0);
                    return;
                case "export":
                    ExportCommand.main(rest);
                    System.exit(0);
                    return;
                case "worksheet":
                    WorksheetCommand.main(rest);
                    System.exit(0);
                    return;
                case "bench":
                    System.err.println("backpropfx: the benchmarks are not part of the app; run them from a source"
                            + " checkout with: mvn -q -Pbench test-compile exec:java -Dbench.main=org.backpropfx.bench.Bench"
                            + " (README, \"Benchmarks\")");
                    System.exit(2);
                    return;
                case "--help", "-h":
                    System.out.print(usage());
                    System.exit(0);
                    return;
                case "--version", "-V":
                    System.out.println(AppInfo.nameAndVersion());
                    System.exit(0);
                    return;
                default:
                    if (args[0].startsWith("-")) {
                        System.err.println("backpropfx: unknown option " + args[0] + " (backpropfx --help lists them)");
                        System.exit(2);
                        return;
                    }
                    break;
            }
        }
        launchGui(args);
    }

    /** What {@code --help} prints: how to open the window and the commands. */
    static String usage() {
        return AppInfo.nameAndVersion() + " - learn and teach backpropagation one layer at a time\n"
                + "\n"
                + "Usage:\n"
                + "  backpropfx [LESSON]          open the window with LESSON: a lesson file or the name of a\n"
                + "                               shipped lesson (" + String.join(", ", LessonFiles.shippedNames()) + ")\n"
                + "  backpropfx trace LESSON ...  print every number of the steps with its formula (trace --help)\n"
                + "  backpropfx export ...        the network at a step as SVG or TikZ\n"
                + "  backpropfx worksheet ...     worksheets and answer keys for a class\n"
                + "  backpropfx --help            this text\n"
                + "  backpropfx --version         the version\n";
    }

    private static void launchGui(String[] args) {
        if (!displayLikelyAvailable()) {
            System.err.println("backpropfx: no display found (DISPLAY / WAYLAND_DISPLAY not set); "
                    + "the window cannot open here. Command-line use: backpropfx trace|export|worksheet ARGS...");
            System.exit(1);
            return;
        }
        // Started without a heap limit (java -jar): the window runs in a JVM with the app's options.
        Optional<Integer> status = JvmOptions.startAgainIfNeeded(args);
        if (status.isPresent()) {
            System.exit(status.get());
            return;
        }
        Application.launch(BackpropFxApp.class, args);
    }

    /**
     * On Linux/Unix without an X11 or Wayland display, GTK glass would fail with a stack trace;
     * detect that up front. An explicitly chosen glass platform (e.g. Monocle) is trusted.
     */
    static boolean displayLikelyAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || System.getProperty("glass.platform") != null) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
