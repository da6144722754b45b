package org.backpropfx.ui.tinker;

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
        };
        Network network = hidden == 0
                ? Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, data.inputSize(), data.targetSize())
                : Network.of(Activation.SIGMOID, BiasMode.TRAINABLE, data.inputSize(), hidden, data.targetSize());
        Initializer.initialize(network, InitMethod.UNIFORM, INIT_RANGE, SEED);
        return new Lesson("New lesson: " + preset.label(), "", Notation.MIT, network, data, null,
                TrainingSettings.plain(0.5), InitMethod.UNIFORM, INIT_RANGE, SEED);
    }
}
