package org.backpropfx.lesson;

import java.util.List;
import java.util.Locale;

import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Network;

/**
 * The limits of the lesson format, held by every {@link Lesson}: whatever the app reaches by reading,
 * editing, importing or training, saving it gives a file that opens again to the same bits. The reader
 * checks the same limits with the place in the file; this class is the guarantee behind it.
 *
 * <p>The file-size limit follows from the others: {@link LessonFiles#MAX_FILE_BYTES} is more than the
 * longest file the writer can produce for a lesson within them (see docs/lesson-format.md).
 */
public final class LessonLimits {
    /**
     * At most this many numbers in the samples and test samples together (inputs and targets): as many as
     * the shortest possible 16 MiB file or CSV table can hold, so no file that opened before is refused.
     */
    public static final int MAX_SAMPLE_VALUES = 8 * 1024 * 1024;

    private LessonLimits() {}

    /** Throws {@link IllegalArgumentException}, saying which limit in words, if the parts break one. */
    static void check(String title, String note, Network network, DataSet data, DataSet testData) {
        int titleLength = Texts.codePoints(title);
        if (titleLength > LessonFiles.MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("the title has " + titleLength + " characters; at most "
                    + LessonFiles.MAX_TITLE_LENGTH + " are allowed");
        }
        if (Texts.isBlank(title)) throw new IllegalArgumentException("the title must not be empty");
        int noteLength = Texts.codePoints(note);
        if (noteLength > LessonFiles.MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("the note has " + noteLength + " characters; at most "
                    + LessonFiles.MAX_NOTE_LENGTH + " are allowed");
        }
        Texts.requireWhole(title, "the title");
        Texts.requireWhole(note, "the note");
        checkNetwork(network);
        long values = checkData(data, "samples");
        if (testData != null) values += checkData(testData, "test samples");
        if (values > MAX_SAMPLE_VALUES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the samples hold %,d numbers; a lesson holds at most %,d", values, MAX_SAMPLE_VALUES));
        }
    }

    /** The longest class name a lesson holds. */
    public static final int MAX_CLASS_NAME_LENGTH = 100;

    /**
     * Class names are none, or one per output (at least two), each 1 to {@value #MAX_CLASS_NAME_LENGTH}
     * characters on one line, not blank, and no two alike.
     */
    static void checkClassNames(List<String> names, int outputs) {
        String problem = classNamesProblem(names, outputs);
        if (problem != null) throw new IllegalArgumentException(problem);
    }

    /** Why these class names cannot go with {@code outputs} outputs, or null if they can. */
    public static String classNamesProblem(List<String> names, int outputs) {
        if (names.isEmpty()) return null;
        if (outputs < 2) return "class names need two or more outputs, one per class; this network has " + outputs;
        if (names.size() != outputs) {
            return names.size() + " class names for " + outputs + " outputs: give one name per output";
        }
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            String problem = classNameProblem(name);
            if (problem != null) return "class " + (k + 1) + ": " + problem;
            int first = names.indexOf(name);
            if (first < k) return "classes " + (first + 1) + " and " + (k + 1) + " are both called '" + name + "'";
        }
        return null;
    }

    /** Why one class name cannot be used, or null if it can. */
    public static String classNameProblem(String name) {
        if (Texts.isBlank(name)) return "the name is empty (spaces and invisible characters do not count)";
        int length = Texts.codePoints(name);
        if (length > MAX_CLASS_NAME_LENGTH) {
            return "the name has " + length + " characters; at most " + MAX_CLASS_NAME_LENGTH + " are allowed";
        }
        if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) return "the name must be on one line";
        if (Texts.loneSurrogate(name) >= 0) return "the name holds a broken character";
        return null;
    }

    private static void checkNetwork(Network network) {
        for (int l = 1; l <= network.layerCount(); l++) {
            Layer layer = network.layer(l);
            for (int j = 0; j < layer.outputs(); j++) {
                for (int i = 0; i < layer.inputs(); i++) inRange(layer.weight(j, i), "the weights");
                inRange(layer.bias(j), "the biases");
                if (network.biasMode() == BiasMode.NONE && layer.bias(j) != 0.0) {
                    throw new IllegalArgumentException("the biases must be 0 when the network has none");
                }
            }
        }
    }

    private static long checkData(DataSet data, String name) {
        if (data.size() > LessonFiles.MAX_SAMPLES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%,d %s; a lesson holds at most %,d",
                    data.size(), name, LessonFiles.MAX_SAMPLES));
        }
        // Every Lesson is checked, one made by changing a setting too: its samples are not read again unless a
        // value is out of range, which the data set knows from when it was made.
        if (!(data.largestMagnitude() <= LessonFiles.MAX_ABS_VALUE)) {
            String what = "the " + name;
            for (int s = 0; s < data.size(); s++) {
                for (double v : data.input(s)) inRange(v, what);
                for (double v : data.target(s)) inRange(v, what);
            }
        }
        return (long) data.size() * (data.inputSize() + data.targetSize());
    }

    private static void inRange(double value, String what) {
        if (!(Math.abs(value) <= LessonFiles.MAX_ABS_VALUE)) {
            throw new IllegalArgumentException(what + " hold " + value + "; a lesson holds values within ±"
                    + Network.MAX_MAGNITUDE_TEXT);
        }
    }
}
