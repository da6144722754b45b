package org.backpropfx;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JVM options the window runs with, and starting it again with them when it was started without
 * ({@code java -jar backpropfx.jar}): a JVM sizes its heap by the machine's memory, a quarter of it, and a
 * long live training then lets it grow to gigabytes although it keeps little alive. With these options the
 * app stays under 400 MB resident. {@code mvn javafx:run} (the pom) and the installer image pass the same
 * options themselves; a test keeps the pom in step with this list.
 */
final class JvmOptions {
    /**
     * The options; what the app keeps alive after a full collection is under 150 MB. The heap starts at
     * 192 MB and the metaspace's first threshold at 64 MB because a serial collector growing a smaller heap
     * does it by full collections (up to 300 ms each in the first seconds of a large lesson's training);
     * survivor spaces of a sixth of the young generation, not a tenth, hold a frame's recorded sample and
     * start state until they die, instead of promoting them to fill the old generation.
     */
    static final List<String> WINDOW = List.of("-Xms192m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m",
            "-XX:MetaspaceSize=64m", "-XX:SurvivorRatio=4");
    /** Set in a JVM started again, so that it does not start itself once more. */
    static final String STARTED_AGAIN = "backpropfx.jvmOptions";

    private JvmOptions() {}

    /**
     * Starts the window in a JVM with {@link #WINDOW} and waits for it, unless this JVM already has them or
     * was given a heap size of its own.
     *
     * @return the exit status of the window's JVM, or empty if it was not started and the window opens here
     */
    static Optional<Integer> startAgainIfNeeded(String[] args) {
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (System.getProperty(STARTED_AGAIN) != null || !needsStartingAgain(given)) return Optional.empty();
        Optional<String> java = ProcessHandle.current().info().command();
        String classPath = System.getProperty("java.class.path", "");
        if (java.isEmpty() || classPath.isBlank()) return Optional.empty();
        List<String> command = command(java.get(), given, classPath, args);
        try {
            Process window = new ProcessBuilder(command).inheritIO().start();
            Thread stop = new Thread(window::destroy, "backpropfx-stop-window");
            Runtime.getRuntime().addShutdownHook(stop);
            int status = window.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return Optional.of(status);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(1);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the window has been stopped with it
            return Optional.of(1);
        }
    }

    /** Whether a JVM started with {@code given} lacks the heap limit: none of ours and no size of the user's. */
    static boolean needsStartingAgain(List<String> given) {
        for (String option : given) {
            if (option.startsWith("-Xmx") || option.startsWith("-XX:MaxHeapSize") || option.startsWith("-XX:MaxRAM")) {
                return false;
            }
        }
        return true;
    }

    /** The command line of the window's JVM: the same java, these options, the user's own, the same class path. */
    static List<String> command(String java, List<String> given, String classPath, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(WINDOW);
        command.addAll(given);
        command.add("-D" + STARTED_AGAIN + "=window");
        command.add("-cp");
        command.add(classPath);
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        return command;
    }
}
