package org.backpropfx.lesson;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.backpropfx.engine.Network;

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
    public static final double MAX_ABS_VALUE = Network.MAX_MAGNITUDE;

    /** Shipped lessons in the order a course would meet them. */
    private static final List<String> SHIPPED = List.of(
            "single-weight", "and", "or", "xor", "article-003", "article-003-lecture", "two-moons", "three-classes", "weight-decay");

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
        return read(file, ReadProgress.NONE);
    }

    /**
     * Reads a lesson file as {@link #read(Path)} does, telling {@code progress} how far it has come (a
     * fraction from 0 to 1, growing, on the reading thread) so that a window can show it for a large file.
     */
    public static Lesson read(Path file, DoubleConsumer progress)
            throws IOException, LessonFormatException {
        // A pipe or a device would block or never end: refuse anything but a file before opening it.
        requireRegularFile(file);
        AtomicFiles.removeLeftoverTemps(file);
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) throw tooLarge(size);
        try (InputStream in = Files.newInputStream(file)) {
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            byte[] bytes = readBytes(in, name, size, ReadProgress.within(progress, 0, ReadProgress.BYTES_READ));
            return parseBytes(bytes, progress);
        }
    }

    /** Throws an IOException saying what {@code file} is if it is not a regular file (links are followed). */
    public static void requireRegularFile(Path file) throws IOException {
        BasicFileAttributes attributes =
                Files.readAttributes(file, BasicFileAttributes.class);
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
        return parseBytes(readBytes(in, sourceName, -1, ReadProgress.NONE), ReadProgress.NONE);
    }

    /** Every byte of {@code in}, at most one more than the limit; {@code expected} (or −1) for the progress. */
    private static byte[] readBytes(InputStream in, String sourceName, long expected, DoubleConsumer progress)
            throws IOException {
        int limit = (int) Math.min(Integer.MAX_VALUE - 8, MAX_FILE_BYTES + 1);
        try {
            if (expected <= 0 || expected >= limit) return in.readNBytes(limit);
            // The size is known: one array of it, rather than pieces gathered and copied together.
            byte[] bytes = new byte[(int) expected];
            int n = 0;
            int got;
            while (n < bytes.length && (got = in.read(bytes, n, Math.min(1 << 20, bytes.length - n))) > 0) {
                n += got;
                progress.accept((double) n / expected);
            }
            if (n < bytes.length) return Arrays.copyOf(bytes, n);
            // The file grew while it was read: the rest too, up to the limit.
            byte[] rest = in.readNBytes(limit - n);
            if (rest.length == 0) return bytes;
            byte[] all = Arrays.copyOf(bytes, n + rest.length);
            System.arraycopy(rest, 0, all, n, rest.length);
            return all;
        } catch (IOException e) {
            throw new IOException("could not read " + sourceName + ": " + e.getMessage(), e);
        }
    }

    /**
     * The lesson in {@code bytes}: checked to be UTF-8 first, then parsed from them as they are decoded,
     * never holding the whole text as characters (twice the file's size in memory, for a large lesson
     * more than the window has); the text is built only to name the place of a problem.
     */
    private static Lesson parseBytes(byte[] bytes, DoubleConsumer progress) throws LessonFormatException {
        if (bytes.length > MAX_FILE_BYTES) throw tooLarge(bytes.length);
        int start = LessonText.checkUtf8(bytes);
        InputStream counted = ReadProgress.counting(new ByteArrayInputStream(bytes, start, bytes.length - start),
                bytes.length - start, ReadProgress.within(progress, ReadProgress.BYTES_READ, ReadProgress.TEXT_PARSED));
        return parseText(new InputStreamReader(counted, StandardCharsets.UTF_8), () -> LessonText.decode(bytes), progress);
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
        return parseText(new StringReader(json), () -> json, ReadProgress.NONE);
    }

    /** What a text-only step needs of the text once more: for placing a problem, built only then. */
    private interface Text {
        String get() throws LessonFormatException;
    }

    private static Lesson parseText(Reader reader, Text json, DoubleConsumer progress)
            throws LessonFormatException {
        StreamedSamples.Parsed parsed;
        try {
            parsed = StreamedSamples.read(MAPPER, reader);
        } catch (JsonProcessingException e) {
            throw LessonText.syntaxError(e);
        } catch (IOException e) {
            // A reader over text in memory, checked to be UTF-8, fails only as JSON does; kept apart for the compiler.
            throw new UncheckedIOException(e);
        }
        try {
            return fromTree(parsed, ReadProgress.within(progress, ReadProgress.TEXT_PARSED, 1));
        } catch (LessonFormatException e) {
            throw LessonText.locate(e, json.get());
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
        // Written as it is laid out, never whole in memory: a large lesson's text is larger than its numbers.
        AtomicFiles.write(out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            JsonLayout.write(LessonWriter.tree(lesson), text);
            text.flush();
        }, file);
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

    private static Lesson fromTree(StreamedSamples.Parsed parsed, DoubleConsumer progress)
            throws LessonFormatException {
        JsonNode tree = parsed.tree();
        if (tree == null || tree.isMissingNode()) {
            throw new LessonFormatException("line 1, column 1", "the file is empty: no lesson in it");
        }
        Lesson lesson = LessonReader.read(parsed, progress);
        progress.accept(1);
        return lesson;
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
