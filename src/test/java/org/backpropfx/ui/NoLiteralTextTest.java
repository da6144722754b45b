package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.backpropfx.session.i18n.Texts;

/**
 * No words are set in the window's code: every text a user reads comes from the bundles. The sources of
 * the window (ui) and of its view-model (session) are read for the calls that put text on screen — labels,
 * buttons, menus, tooltips, accessible texts, dialog titles and headers, prompts, columns, status messages —
 * and any string literal with a word in their arguments fails, unless it is a key looked up with
 * {@code Texts.get}, or one of the few symbols and names below that no language translates.
 */
class NoLiteralTextTest {
    private static final List<Path> ROOTS = List.of(Path.of("src/main/java/org/backpropfx/ui"),
            Path.of("src/main/java/org/backpropfx/session"));

    /** The calls that show text; the string literals in their arguments are what a user reads. */
    private static final Pattern SHOWS_TEXT = Pattern.compile("(?:\\.|\\bnew\\s+)(setText|setTitle|setHeaderText"
            + "|setContentText|setPromptText|setAccessibleText|setAccessibleHelp|setPlaceholder|setTooltip|then|otherwise"
            + "|Label|Button|ToggleButton|CheckBox|RadioButton|Hyperlink|MenuItem|Menu|CheckMenuItem|RadioMenuItem|Tab"
            + "|Tooltip|TableColumn(?:<[^>]*>)?|TreeTableColumn(?:<[^>]*>)?|Text|Alert|ExtensionFilter|TitledPane"
            + "|problem|item|listed|pressed|typed|fallback|showMessage|accept|Action|submit|showProblem|showError|fillText|message"
            + "|IOException|Read|Lesson|Outcome)\\s*\\(");
    private static final Pattern STATUS = Pattern.compile("\\bstatus\\.set\\s*\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A word: two letters in a row. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** A bundle key chosen in code, e.g. locked ? "network.menu.unlock" : "network.menu.lock". */
    private static final Pattern KEY = Pattern.compile("[a-z][\\w\\-]*(\\.[\\w\\-]+)+");

    /** Not words of any language: names, file patterns, notation and key names. */
    private static final Set<String> ALLOWED = Set.of(
            "MIT", "BackpropFX", "*.png", "*.csv", "*.json", "*.md", "*.tex", "*.pdf", "*.svg", "*.bpfx.json",
            "Ctrl+Shift+Z", "PageDown", "PageUp", "Backspace", "Esc", "End", "Home  Ctrl+R", "Ctrl+E", "F1", "F2",
            "F5", "F10", "→  Space  PageDown", "←  PageUp  Backspace", "Ctrl +", "Ctrl −", "Ctrl 0", "Ctrl+Z",
            "Ctrl+Y", "Delete", "Enter", "Tab", "Space");

    @Test
    void noUserVisibleTextIsWrittenInTheCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    found.addAll(literalTexts(file));
                }
            }
        }
        assertThat(found).as("texts set in code instead of looked up in the bundles (Texts.get)").isEmpty();
    }

    @Test
    void theScanFindsATextSetInCode() {
        String code = """
                label.setText("Step forward");
                button.setTooltip(new Tooltip(Texts.get("toolbar.back.tip")));
                status.set("Nothing earlier to go back to.");
                item = new MenuItem(name + " (copy)");
                setId("stepForward");
                """;
        assertThat(literalTexts(Path.of("Example.java"), code))
                .containsExactlyInAnyOrder("Example.java:1 \"Step forward\"", "Example.java:3 \"Nothing earlier to go back to.\"",
                        "Example.java:4 \" (copy)\"");
    }

    private static List<String> literalTexts(Path file) throws IOException {
        return literalTexts(file, Files.readString(file));
    }

    static List<String> literalTexts(Path file, String code) {
        String source = withoutComments(code);
        List<String> found = new ArrayList<>();
        for (Pattern call : List.of(SHOWS_TEXT, STATUS)) {
            Matcher m = call.matcher(source);
            while (m.find()) {
                String arguments = arguments(source, m.end());
                Matcher lit = LITERAL.matcher(arguments);
                while (lit.find()) {
                    String text = lit.group(1);
                    if (isKey(arguments, lit.start()) || !WORD.matcher(text).find() || ALLOWED.contains(text)
                            || KEY.matcher(text).matches()) {
                        continue;
                    }
                    int line = 1 + (int) source.substring(0, m.end()).chars().filter(c -> c == '\n').count();
                    found.add(file.getFileName() + ":" + line + " \"" + text + "\"");
                }
            }
        }
        return found;
    }

    /** A literal right after Texts.get( (a key or a key's prefix), setId(, a style class or a resource name. */
    private static boolean isKey(String arguments, int at) {
        String before = arguments.substring(0, at).stripTrailing();
        return before.endsWith("Texts.get(") || before.endsWith("setId(") || before.endsWith("add(")
                || before.endsWith("getResource(") || before.endsWith("pseudoClassStateChanged(")
                || before.endsWith("getPseudoClass(") || before.endsWith("titleKey(");
    }

    /** The text between the call's parentheses, strings and nested calls included. */
    private static String arguments(String source, int open) {
        int depth = 1;
        boolean inString = false;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return source.substring(open, i);
            }
        }
        return source.substring(open);
    }

    /** The code with its comments blanked (line breaks kept, so line numbers stay right). */
    private static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = i + 1;
                if (code.startsWith("\"\"\"", i)) {
                    end = code.indexOf("\"\"\"", i + 3) + 3;
                } else {
                    while (end < code.length() && code.charAt(end) != '"') end += code.charAt(end) == '\\' ? 2 : 1;
                    end++;
                }
                out.append(code, i, end);
                i = end;
            } else if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') i++;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2) + 2;
                for (int k = i; k < end; k++) if (code.charAt(k) == '\n') out.append('\n');
                i = end;
            } else if (c == '\'' && i + 2 < code.length()) {
                int end = code.indexOf('\'', i + (code.charAt(i + 1) == '\\' ? 2 : 1) + 1) + 1;
                out.append(code, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
