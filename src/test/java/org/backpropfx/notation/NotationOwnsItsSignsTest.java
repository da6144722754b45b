package org.backpropfx.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every sign flip and every choice of a formula's shape is the notation's: code elsewhere asks {@link Notation}
 * what it means ({@link Notation#biasIsWeightOnMinusOne()}, {@link Notation#gradient(double)}, …), never which
 * notation it is. A third notation would then need changes in one file only.
 */
class NotationOwnsItsSignsTest {

    /** {@code n == Notation.MIT}, {@code Notation.GRADIENT != n}, {@code == MIT} and {@code case MIT}. */
    private static final Pattern WHICH_NOTATION = Pattern.compile(
            "[=!]=\\s*(Notation\\.)?(MIT|GRADIENT)\\b|\\bNotation\\.(MIT|GRADIENT)\\s*[=!]=|\\bcase\\s+(MIT|GRADIENT)\\b");

    @Test
    void noCodeOutsideTheNotationAsksWhichNotationItIs() throws IOException {
        Path sources = Path.of("src/main/java");
        Path notation = sources.resolve("org/backpropfx/notation/Notation.java");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(notation)).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int k = 0; k < lines.size(); k++) {
                    if (WHICH_NOTATION.matcher(lines.get(k)).find()) {
                        found.add(sources.relativize(file) + ":" + (k + 1) + ": " + lines.get(k).strip());
                    }
                }
            }
        }
        assertThat(found).as("ask the notation what it means (a method of Notation) instead of comparing it").isEmpty();
    }

    @Test
    void theCheckSeesAComparison() {
        assertThat(WHICH_NOTATION.matcher("if (n == Notation.MIT) {").find()).isTrue();
        assertThat(WHICH_NOTATION.matcher("boolean b = Notation.GRADIENT != notation;").find()).isTrue();
        assertThat(WHICH_NOTATION.matcher("case MIT -> \"α\";").find()).isTrue();
        assertThat(WHICH_NOTATION.matcher("Notation n = notation == null ? Notation.GRADIENT : v;").find()).isFalse();
    }
}
