package org.backpropfx;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/**
 * Entry point of BackpropFX (also the Main-Class of the fat jar).
 *
 * <p>Deliberately does <em>not</em> extend {@code javafx.application.Application}, so that the
 * JavaFX runtime can be loaded from the class path (fat jar / {@code java -cp}).
 *
 * <ul>
 *   <li>{@code backpropfx} &rarr; opens the desktop window ({@code org.backpropfx.ui.BackpropFxApp})</li>
 *   <li>{@code backpropfx trace ARGS...} &rarr; {@code org.backpropfx.trace.TraceCommand.main(ARGS)}</li>
 *   <li>{@code backpropfx bench ARGS...} &rarr; {@code org.backpropfx.bench.Bench.main(ARGS)}</li>
 *   <li>{@code backpropfx export ARGS...} and {@code worksheet ARGS...} &rarr; the vector export and worksheet commands</li>
 * </ul>
 *
 * <p>The command-line tools are looked up by reflection so this class compiles (and the GUI works)
 * whether or not those classes exist yet.
 */
public final class Launcher {

    static final String APP_CLASS = "org.backpropfx.ui.BackpropFxApp";
    static final String TRACE_CLASS = "org.backpropfx.trace.TraceCommand";
    static final String BENCH_CLASS = "org.backpropfx.bench.Bench";
    static final String EXPORT_CLASS = "org.backpropfx.export.ExportCommand";
    static final String WORKSHEET_CLASS = "org.backpropfx.worksheet.WorksheetCommand";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            switch (args[0]) {
                case "trace":
                    System.exit(runMain(TRACE_CLASS, rest));
                    return;
                case "bench":
                    System.exit(runMain(BENCH_CLASS, rest));
                    return;
                case "export":
                    System.exit(runMain(EXPORT_CLASS, rest));
                    return;
                case "worksheet":
                    System.exit(runMain(WORKSHEET_CLASS, rest));
                    return;
                case "--help", "-h":
                    System.out.print(usage());
                    System.exit(0);
                    return;
                case "--version", "-V":
                    System.out.println(org.backpropfx.ui.AppInfo.nameAndVersion());
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
        return org.backpropfx.ui.AppInfo.nameAndVersion() + " - learn and teach backpropagation one layer at a time\n"
                + "\n"
                + "Usage:\n"
                + "  backpropfx [LESSON]          open the window with LESSON: a lesson file or the name of a\n"
                + "                               shipped lesson (" + String.join(", ", org.backpropfx.lesson.LessonFiles.shippedNames()) + ")\n"
                + "  backpropfx trace LESSON ...  print every number of the steps with its formula (trace --help)\n"
                + "  backpropfx bench ...         measure the training engine and the views\n"
                + "  backpropfx export ...        the network at a step as SVG or TikZ\n"
                + "  backpropfx worksheet ...     worksheets and answer keys for a class\n"
                + "  backpropfx --help            this text\n"
                + "  backpropfx --version         the version\n";
    }

    private static void launchGui(String[] args) {
        if (!displayLikelyAvailable()) {
            System.err.println("backpropfx: no display found (DISPLAY / WAYLAND_DISPLAY not set); "
                    + "the window cannot open here. Command-line use: backpropfx trace|bench ARGS...");
            System.exit(1);
            return;
        }
        // Started without a heap limit (java -jar): the window runs in a JVM with the app's options.
        java.util.Optional<Integer> status = JvmOptions.startAgainIfNeeded(args);
        if (status.isPresent()) {
            System.exit(status.get());
            return;
        }
        // Loaded reflectively only to keep a single code path for "class missing" errors;
        // the UI class is part of this module, so this should never fail in a real build.
        Class<? extends javafx.application.Application> app;
        try {
            app = Class.forName(APP_CLASS).asSubclass(javafx.application.Application.class);
        } catch (ClassNotFoundException e) {
            System.err.println("backpropfx: UI class " + APP_CLASS + " not found on the class path");
            System.exit(2);
            return;
        }
        javafx.application.Application.launch(app, args);
    }

    /**
     * On Linux/Unix without an X11 or Wayland display, GTK glass would fail with a stack trace;
     * detect that up front. An explicitly chosen glass platform (e.g. Monocle) is trusted.
     */
    static boolean displayLikelyAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || System.getProperty("glass.platform") != null) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /**
     * Invokes {@code public static void main(String[])} of {@code className}.
     *
     * @return process exit status: 0 on normal return, 2 if the command is not available
     */
    static int runMain(String className, String[] args) throws Exception {
        Method main;
        try {
            main = Class.forName(className).getMethod("main", String[].class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            System.err.println("backpropfx: command class " + className
                    + " (with public static void main(String[])) is not available in this build");
            return 2;
        }
        if (!Modifier.isStatic(main.getModifiers())) {
            System.err.println("backpropfx: " + className + ".main is not static");
            return 2;
        }
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception) {
                throw (Exception) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw e;
        }
        return 0;
    }
}
