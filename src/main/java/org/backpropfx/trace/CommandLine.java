package org.backpropfx.trace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What every BackpropFX command line shares: the exit statuses and the version. A command prints one
 * line for any problem, never a stack trace.
 */
public final class CommandLine {
    /** Done. */
    public static final int OK = 0;
    /** The lesson cannot be used: missing, unreadable or invalid file, unknown shipped name, or training diverged. */
    public static final int LESSON_PROBLEM = 1;
    /** The command line is wrong. */
    public static final int USAGE_PROBLEM = 2;

    private static final String POM_PROPERTIES = "/META-INF/maven/org.backpropfx/backpropfx/pom.properties";

    private CommandLine() {}

    /** The version of this build, e.g. "0.1.0"; "(version unknown)" when run from unpackaged classes. */
    public static String version() {
        String version = CommandLine.class.getPackage().getImplementationVersion();
        if (version != null) return version;
        try (InputStream in = CommandLine.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String fromPom = properties.getProperty("version");
                if (fromPom != null && !fromPom.isBlank()) return fromPom.strip();
            }
        } catch (IOException | IllegalArgumentException e) {
            // No version to show is not worth failing over.
        }
        return "(version unknown)";
    }

    /** A one-line description of an unexpected failure, for a command's last resort. */
    public static String describe(Throwable failure) {
        if (failure instanceof OutOfMemoryError) return "not enough memory (try java -Xmx4g …)";
        if (failure instanceof StackOverflowError) return "the work nests too deeply";
        String message = failure.getMessage();
        String text = message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
        return text.replaceAll("\\s+", " ").strip();
    }
}
