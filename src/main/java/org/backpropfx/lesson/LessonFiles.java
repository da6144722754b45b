package org.backpropfx.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and writes lesson files (JSON, described in docs/lesson-format.md) and loads the lessons that
 * ship inside the application.
 *
 * <p>Reading is all or nothing: a lesson comes back only if the whole file is valid; otherwise a
 * {@link LessonFormatException} names the first problem and its place. Writing never leaves a half
 * written file: the text goes to a temporary file beside the target, which then replaces it in one step.
 */
public final class LessonFiles {
    /** The value of the "format" field. */
    public static final String FORMAT_ID = "backpropfx-lesson";
    /**
     * Larger files are refused before they are parsed. More than the longest file {@link #write} makes for
     * a lesson within {@link LessonLimits} (about 218 MiB), so that every lesson saved opens again.
     */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** At most this many samples, and as many test samples. */
    public static final int MAX_SAMPLES = 100_000;
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_NOTE_LENGTH = 10_000;
    /** Weights, biases, inputs and targets must be finite and at most this in size. */
    public static final double MAX_ABS_VALUE = org.backpropfx.engine.Network.MAX_MAGNITUDE;

    /** Shipped lessons in the order a course would meet them. */
    private static final List<String> SHIPPED = List.of(
            "single-weight", "and", "or", "xor", "article-003", "two-moons", "three-classes", "weight-decay");

    // Strict JSON: no comments, no NaN, no trailing text, and a repeated field is an error rather
    // than silently overriding the first one.
    // A lesson nests six levels deep; far deeper text is a mistake, refused before it costs anything.
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(400).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private LessonFiles() {}

    /**
     * Reads a lesson file. I/O failures (missing file, no permission, not a regular file) are IOExceptions
     * whose message says so in words; bad content is a {@link LessonFormatException}.
     */
    public static Lesson read(Path file) throws IOException, LessonFormatException {
        // A pipe or a device would block or never end: refuse anything but a file before opening it.
        requireRegularFile(file);
        AtomicFiles.removeLeftoverTemps(file);
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) throw tooLarge(size);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName() == null ? file.toString() : file.getFileName().toString());
        }
    }

    /** Throws an IOException saying what {@code file} is if it is not a regular file (links are followed). */
    public static void requireRegularFile(Path file) throws IOException {
        java.nio.file.attribute.BasicFileAttributes attributes =
                Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        if (attributes.isRegularFile()) return;
        String what = attributes.isDirectory() ? "a folder" : "a device, pipe or socket";
        throw new NotARegularFileException(file, what);
    }

    /** The path names a folder, a device, a pipe or a socket rather than a file. */
    public static final class NotARegularFileException extends IOException {
        private static final long serialVersionUID = 1L;

        NotARegularFileException(Path file, String what) {
            super("it is " + what + ", not a file");
        }
    }

    /**
     * Reads a lesson from a stream (not closed here).
     *
     * @param sourceName a name for the stream, used only in the message of an I/O failure
     */
    public static Lesson read(InputStream in, String sourceName) throws IOException, LessonFormatException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_FILE_BYTES + 1));
        } catch (IOException e) {
            throw new IOException("could not read " + sourceName + ": " + e.getMessage(), e);
        }
        if (bytes.length > MAX_FILE_BYTES) throw tooLarge(bytes.length);
        return parseText(LessonText.decode(bytes));
    }

    /** Reads a lesson from JSON text. */
    public static Lesson parse(String json) throws LessonFormatException {
        long bytes = utf8Length(json);
        if (bytes > MAX_FILE_BYTES) throw tooLarge(bytes);
        int lone = Texts.loneSurrogate(json);
        if (lone >= 0) {
            throw new LessonFormatException(placeOf(json, lone), "half of a character pair stands alone (\\u"
                    + Integer.toHexString(json.charAt(lone)) + ")");
        }
        return parseText(json);
    }

    private static Lesson parseText(String json) throws LessonFormatException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw LessonText.syntaxError(e);
        }
        try {
            return fromTree(tree);
        } catch (LessonFormatException e) {
            throw LessonText.locate(e, json);
        }
    }

    private static String placeOf(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < index; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return "line " + line + ", column " + (text.codePointCount(lineStart, index) + 1);
    }

    /** The lesson as the JSON text {@link #write} saves: every field written out, ending in a newline. */
    public static String toJson(Lesson lesson) {
        return JsonLayout.write(LessonWriter.tree(lesson));
    }

    /**
     * Saves a lesson. The file is replaced in one step, so after a failure (full disk, missing folder,
     * no permission) the previous file is still there, byte for byte.
     */
    public static void write(Lesson lesson, Path file) throws IOException {
        AtomicFiles.write(toJson(lesson).getBytes(StandardCharsets.UTF_8), file);
    }

    /** The names {@link #loadShipped} accepts, in teaching order. */
    public static List<String> shippedNames() { return SHIPPED; }

    /**
     * A lesson shipped with the application, such as {@code "xor"}.
     *
     * @throws IllegalArgumentException if there is no such lesson
     * @throws IllegalStateException if the shipped file is damaged (a packaging fault, not a user error)
     */
    public static Lesson loadShipped(String name) {
        if (!SHIPPED.contains(name)) {
            throw new IllegalArgumentException("no shipped lesson '" + name + "' (there are " + String.join(", ", SHIPPED) + ")");
        }
        String resource = "/lessons/" + name + ".json";
        try (InputStream in = LessonFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the application is missing " + resource);
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LessonFormatException e) {
            throw new IllegalStateException(resource + " is damaged: " + e.getMessage(), e);
        }
    }

    /** Writes any file the way a lesson is saved ({@link AtomicFiles#write}): for exported pictures and worked examples. */
    public static void writeFile(byte[] bytes, Path file) throws IOException {
        AtomicFiles.write(bytes, file);
    }

    // ---- internals

    private static Lesson fromTree(JsonNode tree) throws LessonFormatException {
        if (tree == null || tree.isMissingNode()) {
            throw new LessonFormatException("line 1, column 1", "the file is empty: no lesson in it");
        }
        return LessonReader.read(tree);
    }

    private static LessonFormatException tooLarge(long bytes) {
        return new LessonFormatException("file", String.format(Locale.ROOT,
                "%.1f MiB; a lesson file may be at most %d MiB", bytes / (1024.0 * 1024.0), MAX_FILE_BYTES >> 20));
    }

    private static long utf8Length(String text) {
        long n = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c)) { n += 4; k++; }
            else n += 3;
        }
        return n;
    }
}
