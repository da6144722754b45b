package org.backpropfx.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's name, version and licence, as the build wrote them into {@code about.properties}. */
public final class AppInfo {
    private static final Properties PROPERTIES = load();

    private AppInfo() {
    }

    public static String name() { return value("name", "BackpropFX"); }

    public static String version() { return value("version", "unknown"); }

    public static String licence() { return value("licence", "MIT"); }

    public static String licenceUrl() { return value("licence.url", "https://opensource.org/licenses/MIT"); }

    /** "BackpropFX 0.1.0". */
    public static String nameAndVersion() { return name() + " " + version(); }

    private static String value(String key, String fallback) {
        String v = PROPERTIES.getProperty(key);
        // An unfiltered copy (a build tool that skipped Maven's resource filtering) still says ${...}.
        return v == null || v.isBlank() || v.startsWith("${") ? fallback : v;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("about.properties")) {
            if (in != null) properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
