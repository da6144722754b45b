package org.backpropfx.session;

import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.Loss;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.data.DataPresets;
import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.Notation;
import java.util.ArrayList;
import java.util.List;

/** New lessons from the data presets, each with a network just big enough to learn its samples. */
public final class NewLessons {
    public static final int RANDOM_SIZE = 200;
    public static final double RANDOM_NOISE = 0.1;
    public static final long SEED = 1;
    public static final double INIT_RANGE = 0.5;

    private NewLessons() {
    }

    public static Lesson fromPreset(DataPresets.Preset preset) {
        DataSet data = DataPresets.create(preset, RANDOM_SIZE, RANDOM_NOISE, SEED);
        int hidden = switch (preset) {
            case AND, OR, SINGLE_WEIGHT -> 0;
            case XOR, TWO_GAUSSIANS -> 2;
            case CIRCLE -> 4;
            case SPIRAL -> 8;
            case THREE_BLOBS, IRIS -> 4;
            case THREE_ARM_SPIRAL -> 12;
        };
        if (data.targetSize() > 1) return softmaxLesson(preset, data, hidden);
        Network network = hidden == 0
                ? Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, data.inputSize(), data.targetSize())
                : Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, data.inputSize(), hidden, data.targetSize());
        Initializer.initialize(network, InitMethod.UNIFORM, INIT_RANGE, SEED);
        return new Lesson(Texts.get("lesson.new", Texts.get("preset." + preset.name())), "", Notation.MIT, network, data, null,
                TrainingSettings.plain(0.5), InitMethod.UNIFORM, INIT_RANGE, SEED);
    }

    /**
     * Several classes: tanh hidden neurons, a softmax output and cross-entropy, in the gradient notation those
     * are taught in. Iris keeps every fifth flower aside as a test sample, so that its test accuracy shows.
     */
    private static Lesson softmaxLesson(DataPresets.Preset preset, DataSet data, int hidden) {
        DataSet training = data;
        DataSet test = null;
        if (preset == DataPresets.Preset.IRIS) {
            List<Integer> kept = new ArrayList<>();
            List<Integer> aside = new ArrayList<>();
            for (int s = 0; s < data.size(); s++) (s % 5 == 4 ? aside : kept).add(s);
            training = subset(data, kept);
            test = subset(data, aside);
        }
        Network network = new Network(new int[] {data.inputSize(), hidden, data.targetSize()},
                new Activation[] {Activation.TANH, Activation.SOFTMAX}, BiasMode.TRAINABLE);
        Initializer.initialize(network, InitMethod.XAVIER, 1.0, SEED);
        TrainingSettings settings = new TrainingSettings(preset == DataPresets.Preset.IRIS ? 0.02 : 0.1, 0.0,
                BatchMode.ONLINE, 1, Loss.CROSS_ENTROPY);
        return new Lesson(Texts.get("lesson.new", Texts.get("preset." + preset.name())), "", Notation.GRADIENT, network, training, test, settings,
                InitMethod.XAVIER, 1.0, SEED, DataPresets.classNames(preset));
    }

    private static DataSet subset(DataSet data, List<Integer> rows) {
        double[][] in = new double[rows.size()][];
        double[][] out = new double[rows.size()][];
        for (int k = 0; k < rows.size(); k++) {
            in[k] = data.input(rows.get(k)).clone();
            out[k] = data.target(rows.get(k)).clone();
        }
        return new DataSet(in, out);
    }
}
