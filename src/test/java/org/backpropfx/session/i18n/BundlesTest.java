package org.backpropfx.session.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.backpropfx.data.DataPresets;
import org.backpropfx.quiz.Slip;
import org.backpropfx.ui.lecture.PresenterMode;
import org.backpropfx.ui.lecture.QuizFocus;
import org.backpropfx.ui.prefs.Theme;
import org.junit.jupiter.api.Test;

import org.backpropfx.session.i18n.Texts;

/**
 * The bundles are complete and every key the code asks for is in them: a key used in the sources but
 * missing from the English or the German bundle fails here, and so do bundles whose keys differ, and
 * keys nobody uses any more.
 */
class BundlesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/backpropfx");
    /** A key written out in a call: Texts.get("menu.file.open" … */
    private static final Pattern LITERAL_KEY = Pattern.compile("Texts\\.get\\(\\s*\"([\\w.\\-]+)\"\\s*[,)]");
    /** A key put together from a prefix: Texts.get("theme." + t.id()) … */
    private static final Pattern PREFIX_KEY = Pattern.compile("\"([a-z][\\w.\\-]*\\.)\"\\s*\\+");
    private static final Pattern KEY_IN_TERNARY = Pattern.compile("\"([a-z][\\w\\-]*(?:\\.[\\w\\-]+)+)\"");

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        String name = "/" + Texts.BUNDLE.replace('.', '/') + suffix + ".properties";
        try (InputStream in = BundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void englishAndGermanHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(bundle("").stringPropertyNames());
        Set<String> german = new TreeSet<>(bundle("_de").stringPropertyNames());
        assertThat(german).as("keys only in English: translate them").containsAll(english);
        assertThat(english).as("keys only in German: add them to the base bundle").containsAll(german);
        assertThat(english).hasSizeGreaterThan(300);
    }

    @Test
    void everyKeyTheCodeUsesIsInBothBundles() throws IOException {
        String code = sources();
        Set<String> used = new TreeSet<>();
        Matcher m = LITERAL_KEY.matcher(code);
        while (m.find()) used.add(m.group(1));
        for (Properties p : List.of(bundle(""), bundle("_de"))) {
            assertThat(p.stringPropertyNames()).as("keys used in the code").containsAll(used);
        }
    }

    /** The keys put together from a name: one per theme, language, preset, slip, quiz focus, menu and panel. */
    @Test
    void everyKeyPutTogetherFromANameIsInBothBundles() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Language l : Language.values()) keys.add("language." + l.id());
        for (Theme t : Theme.values()) keys.add("theme." + t.id());
        for (QuizFocus f : QuizFocus.values()) keys.add("quiz.focus." + f.name());
        for (DataPresets.Preset p : DataPresets.Preset.values()) keys.add("preset." + p.name());
        for (Slip s : Slip.values()) keys.add("slip." + s.id());
        for (String menu : List.of("File", "Edit", "View", "Train", "Lecture", "Help")) keys.add("menu." + menu);
        for (String panel : List.of("Toolbar", "Formulas", "Weight slice and decision map", "Samples table", "Loss curve",
                "Explanations", "Quiz", "Menu bar")) {
            keys.add(PresenterMode.titleKey(panel));
        }
        for (Properties p : List.of(bundle(""), bundle("_de"))) {
            assertThat(p.stringPropertyNames()).containsAll(keys);
        }
    }

    @Test
    void everyKeyOfTheBundlesIsUsed() throws IOException {
        String code = sources();
        Set<String> prefixes = new TreeSet<>();
        Matcher m = PREFIX_KEY.matcher(code);
        while (m.find()) prefixes.add(m.group(1));
        Set<String> written = new TreeSet<>();
        Matcher k = KEY_IN_TERNARY.matcher(code);
        while (k.find()) written.add(k.group(1));
        Set<String> unused = new TreeSet<>();
        for (String key : bundle("").stringPropertyNames()) {
            if (written.contains(key)) continue;
            if (prefixes.stream().anyMatch(key::startsWith)) continue;
            unused.add(key);
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void everyMessageIsAValidPatternWithTheSameArgumentsInBothLanguages() throws IOException {
        Properties english = bundle("");
        Properties german = bundle("_de");
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        for (String key : english.stringPropertyNames()) {
            for (Properties p : List.of(english, german)) {
                String value = p.getProperty(key);
                assertThat(value).as(key).isNotBlank();
                assertThat(value).as(key + ": a stray backslash").doesNotContain("\\");
                // MessageFormat would swallow the text after a single apostrophe.
                assertThat(loneApostrophe.matcher(value).find()).as(key + ": write an apostrophe as ''").isFalse();
                new MessageFormat(value);
            }
            assertThat(arguments(german.getProperty(key))).as(key + ": the same {n} in both languages")
                    .isEqualTo(arguments(english.getProperty(key)));
        }
    }

    @Test
    void germanIsGermanAndNotEnglishCopied() throws IOException {
        Properties english = bundle("");
        Properties german = bundle("_de");
        long same = english.stringPropertyNames().stream()
                .filter(k -> english.getProperty(k).equals(german.getProperty(k)))
                .filter(k -> english.getProperty(k).matches(".*\\p{L}{4,}.*"))
                .count();
        // Names that are the same in both (Quiz, Parameter, Markdown …) are few.
        assertThat(same).isLessThan(english.size() / 20);
        assertThat(german.getProperty("menu.File")).isEqualTo("_Datei");
        assertThat(german.getProperty("toolbar.forward")).isEqualTo("Schritt ▶");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) found.add(m.group(1));
        return found;
    }
}
