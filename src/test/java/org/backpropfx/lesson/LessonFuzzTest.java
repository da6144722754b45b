package org.backpropfx.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Mutated lesson files, seeded so that a failure can be repeated: each opens or is refused with the
 * format's own exception, whose message names a line and column and none of the parser's internals.
 */
class LessonFuzzTest {
    private static final int FILES = 1_200;
    private static final Pattern INTERNALS = Pattern.compile(
            "Feature|Constraints|Source:|REDACTED|fasterxml|Jackson|JsonToken|\\(code |`|Exception|\\bat \\[");
    private static final byte[] SIGNIFICANT = "{}[]\":,.-+eE0123456789 \n\\tfnu".getBytes(StandardCharsets.US_ASCII);

    @Test
    void mutatedFilesOpenOrAreRefusedWithAPlaceInPlainWords() throws IOException {
        byte[] original = LessonFiles.toJson(LessonFiles.loadShipped("xor")).getBytes(StandardCharsets.UTF_8);
        SplittableRandom random = new SplittableRandom(20261201L);
        int refused = 0;
        for (int n = 0; n < FILES; n++) {
            byte[] bytes = mutate(original, random);
            try {
                LessonFiles.read(new ByteArrayInputStream(bytes), "fuzz");
            } catch (LessonFormatException e) {
                refused++;
                String message = e.getMessage();
                assertThat(message).as("file %d", n).doesNotContainPattern(INTERNALS);
                boolean placed = e.line() > 0 || e.where().matches("line \\d+, column \\d+");
                assertThat(placed).as("file %d: %s", n, message).isTrue();
                assertThat(message.lines().count()).as("file %d: %s", n, message).isEqualTo(1);
            }
        }
        assertThat(refused).as("most mutations break the file").isGreaterThan(FILES / 2);
    }

    private static byte[] mutate(byte[] original, SplittableRandom random) {
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(4);
        for (int k = 0; k < edits; k++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(7)) {
                case 0 -> bytes[at] = SIGNIFICANT[random.nextInt(SIGNIFICANT.length)];
                case 1 -> bytes[at] = (byte) random.nextInt(256);
                case 2 -> bytes = splice(bytes, at, 1 + random.nextInt(20), new byte[0]);
                case 3 -> bytes = splice(bytes, at, 0, new byte[] {SIGNIFICANT[random.nextInt(SIGNIFICANT.length)]});
                case 4 -> bytes = Arrays.copyOf(bytes, at);
                case 5 -> {
                    int from = random.nextInt(bytes.length);
                    int length = Math.min(1 + random.nextInt(60), bytes.length - from);
                    bytes = splice(bytes, at, 0, Arrays.copyOfRange(bytes, from, from + length));
                }
                default -> bytes = splice(bytes, at, 0, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
            }
            if (bytes.length == 0) bytes = new byte[] {'{'};
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        int end = Math.min(bytes.length, at + remove);
        byte[] result = new byte[bytes.length - (end - at) + insert.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(bytes, end, result, at + insert.length, bytes.length - end);
        return result;
    }
}
