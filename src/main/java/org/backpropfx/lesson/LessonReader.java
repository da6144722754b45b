package org.backpropfx.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;

import com.fasterxml.jackson.databind.JsonNode;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BatchMode;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Initializer;
import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Loss;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.OutputRules;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.notation.Notation;

/**
 * Turns the JSON tree of a lesson file into a {@link Lesson}, checking every value on the way. Either
 * the whole file is good and a lesson comes out, or the first problem found is thrown.
 */
final class LessonReader {
    static final Notation DEFAULT_NOTATION = Notation.MIT;
    static final BiasMode DEFAULT_BIAS_MODE = BiasMode.TRAINABLE;
    static final Activation DEFAULT_ACTIVATION = Activation.SIGMOID;
    static final Loss DEFAULT_LOSS = Loss.HALF_SSE;
    static final double DEFAULT_LEARNING_RATE = 0.5;
    static final double DEFAULT_MOMENTUM = 0.0;
    static final BatchMode DEFAULT_BATCH_MODE = BatchMode.ONLINE;
    static final int DEFAULT_MINI_BATCH_SIZE = 4;
    static final InitMethod DEFAULT_INIT_METHOD = InitMethod.UNIFORM;
    static final double DEFAULT_INIT_RANGE = 0.5;
    static final long DEFAULT_SEED = 1L;
    static final double MAX_INIT_RANGE = 100.0;

    private static final List<String> ROOT_FIELDS = List.of("format", "version", "title", "note", "notation",
            "network", "loss", "training", "init", "classes", "script", "samples", "testSamples");
    private static final List<String> NETWORK_FIELDS = List.of("inputs", "biasMode", "layers");
    private static final List<String> LAYER_FIELDS = List.of("neurons", "activation", "weights", "biases",
            "lockedWeights", "lockedBiases");
    private static final List<String> TRAINING_FIELDS = List.of("learningRate", "momentum", "batchMode", "batchSize",
            "l1", "l2");
    private static final List<String> INIT_FIELDS = List.of("method", "range", "seed");
    private static final List<String> SAMPLE_FIELDS = List.of("input", "target");

    private LessonReader() {}

    static Lesson read(JsonNode tree) throws LessonFormatException {
        return read(new StreamedSamples.Parsed(tree, Map.of()), ReadProgress.NONE);
    }

    /** Reads the lesson, telling {@code samplesRead} the fraction of its samples read so far. */
    static Lesson read(StreamedSamples.Parsed parsed, DoubleConsumer samplesRead)
            throws LessonFormatException {
        JsonNode tree = parsed.tree();
        Place root = Place.root(tree);
        if (!tree.isObject()) throw root.error("expected an object { … }, found " + Place.describe(tree));
        // Format and version first: a newer file should say so, not complain about fields it added.
        checkFormatAndVersion(root);
        root.requireObject(ROOT_FIELDS);

        String title = root.field("title").text(LessonFiles.MAX_TITLE_LENGTH);
        if (Texts.isBlank(title)) throw root.field("title").error("must not be empty (spaces and invisible characters do not count)");
        Place notePlace = root.optional("note");
        String note = notePlace == null ? "" : notePlace.text(LessonFiles.MAX_NOTE_LENGTH);
        Place notationPlace = root.optional("notation");
        Notation notation = notationPlace == null ? DEFAULT_NOTATION
                : choice(notationPlace, Notation::fromId);

        Place lossPlace = root.optional("loss");
        Loss loss = lossPlace == null ? DEFAULT_LOSS : choice(lossPlace, Loss::fromId);
        TrainingSettings settings = readTraining(root.optional("training"), loss);

        Place initPlace = root.optional("init");
        InitMethod initMethod = DEFAULT_INIT_METHOD;
        double initRange = DEFAULT_INIT_RANGE;
        long seed = DEFAULT_SEED;
        if (initPlace != null) {
            initPlace.requireObject(INIT_FIELDS);
            Place method = initPlace.optional("method");
            if (method != null) initMethod = choice(method, InitMethod::fromId);
            Place range = initPlace.optional("range");
            if (range != null) initRange = range.number(0.0, true, MAX_INIT_RANGE, false);
            Place seedPlace = initPlace.optional("seed");
            if (seedPlace != null) seed = seedPlace.wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE);
        }

        Network network = readNetwork(root.field("network"), initMethod, initRange, seed);
        String lossProblem = OutputRules.lossProblem(loss, network.layer(network.layerCount()).activation());
        if (lossProblem != null) {
            throw lossPlace == null ? root.field("network").error(lossProblem) : lossPlace.error(lossProblem);
        }
        Place testPlace = root.optional("testSamples");
        int trainingCount = root.field("samples").size();
        int testCount = testPlace == null ? 0 : testPlace.size();
        double trainingShare = trainingCount + testCount == 0 ? 1 : (double) trainingCount / (trainingCount + testCount);
        DataSet data = readSamples(root.field("samples"), parsed.of("samples"), network, loss,
                ReadProgress.within(samplesRead, 0, trainingShare));
        DataSet testData = testPlace == null ? null : readSamples(testPlace, parsed.of("testSamples"), network, loss,
                ReadProgress.within(samplesRead, trainingShare, 1));
        checkSampleValues(data, testData, testPlace == null ? root.field("samples") : testPlace);
        Place classesPlace = root.optional("classes");
        List<String> classNames = classesPlace == null ? List.of() : readClassNames(classesPlace, network.outputSize());

        Place scriptPlace = root.optional("script");
        List<ScriptStop> script = scriptPlace == null ? List.of() : LessonScriptReader.read(scriptPlace, network, data.size());

        try {
            return new Lesson(title, note, notation, network, data, testData, settings, initMethod, initRange, seed,
                    classNames, script);
        } catch (IllegalArgumentException e) {
            // Every rule of Lesson is checked above; this only guards against the two drifting apart.
            throw root.error(e.getMessage());
        }
    }

    private static void checkFormatAndVersion(Place root) throws LessonFormatException {
        Place format = root.field("format");
        String id = format.text();
        if (!id.equals(LessonFiles.FORMAT_ID)) {
            throw format.error("'" + id + "' is not a BackpropFX lesson (expected \"" + LessonFiles.FORMAT_ID + "\")");
        }
        Place versionPlace = root.field("version");
        long version = versionPlace.wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE);
        if (version > Lesson.FORMAT_VERSION) {
            throw versionPlace.error("this file is version " + version + "; this BackpropFX reads version "
                    + Lesson.FORMAT_VERSION + " — please update BackpropFX");
        }
        if (version < 1) throw versionPlace.error("must be " + Lesson.FORMAT_VERSION + ", not " + version);
    }

    private static TrainingSettings readTraining(Place training, Loss loss) throws LessonFormatException {
        double rate = DEFAULT_LEARNING_RATE;
        double momentum = DEFAULT_MOMENTUM;
        BatchMode batchMode = DEFAULT_BATCH_MODE;
        Integer batchSize = null;
        double l1 = 0.0;
        double l2 = 0.0;
        if (training != null) {
            training.requireObject(TRAINING_FIELDS);
            Place p = training.optional("learningRate");
            if (p != null) rate = p.number(0.0, true, TrainingSettings.MAX_LEARNING_RATE, false);
            p = training.optional("momentum");
            if (p != null) momentum = p.number(0.0, false, 1.0, true);
            p = training.optional("batchMode");
            if (p != null) batchMode = choice(p, BatchMode::fromId);
            p = training.optional("batchSize");
            if (p != null) batchSize = p.wholeNumber(1, TrainingSettings.MAX_BATCH_SIZE);
            p = training.optional("l1");
            if (p != null) l1 = p.number(0.0, false, TrainingSettings.MAX_PENALTY, false);
            p = training.optional("l2");
            if (p != null) l2 = p.number(0.0, false, TrainingSettings.MAX_PENALTY, false);
        }
        if (batchSize == null) batchSize = batchMode == BatchMode.MINI_BATCH ? DEFAULT_MINI_BATCH_SIZE : 1;
        return new TrainingSettings(rate, momentum, batchMode, batchSize, loss, l1, l2);
    }

    private static Network readNetwork(Place place, InitMethod initMethod, double initRange, long seed)
            throws LessonFormatException {
        place.requireObject(NETWORK_FIELDS);
        int inputs = place.field("inputs").wholeNumber(1, Layer.MAX_NEURONS);
        Place biasPlace = place.optional("biasMode");
        BiasMode biasMode = biasPlace == null ? DEFAULT_BIAS_MODE : choice(biasPlace, BiasMode::fromId);
        List<Place> layerPlaces = place.field("layers").array(1, Network.MAX_LAYERS, "layers");

        int[] sizes = new int[layerPlaces.size() + 1];
        Activation[] activations = new Activation[layerPlaces.size()];
        sizes[0] = inputs;
        for (int l = 0; l < layerPlaces.size(); l++) {
            Place layer = layerPlaces.get(l).requireObject(LAYER_FIELDS);
            sizes[l + 1] = layer.field("neurons").wholeNumber(1, Layer.MAX_NEURONS);
            Place activation = layer.optional("activation");
            activations[l] = activation == null ? DEFAULT_ACTIVATION : choice(activation, Activation::fromId);
        }
        for (int l = 0; l < layerPlaces.size(); l++) {
            String problem = OutputRules.activationProblem(activations[l], l + 1, layerPlaces.size(), sizes[l + 1]);
            if (problem != null) {
                Place layer = layerPlaces.get(l);
                throw (l + 1 < layerPlaces.size() ? layer.field("activation") : layer.field("neurons")).error(problem);
            }
        }
        Network network = new Network(sizes, activations, biasMode);

        boolean weightsGiven = layerPlaces.get(0).has("weights");
        for (int l = 0; l < layerPlaces.size(); l++) {
            Place layerPlace = layerPlaces.get(l);
            if (layerPlace.has("weights") != weightsGiven) {
                throw new LessonFormatException(layerPlace.path() + ".weights", (weightsGiven ? "missing" : "not expected")
                        + ": give weights in every layer or in none (network.layers[0] "
                        + (weightsGiven ? "has" : "has no") + " weights)");
            }
            if (weightsGiven) {
                readWeights(layerPlace, network.layer(l + 1), biasMode);
            } else if (layerPlace.has("biases")) {
                throw layerPlace.optional("biases").error("biases can only be given together with weights");
            }
        }
        if (!weightsGiven) Initializer.initialize(network, initMethod, initRange, seed);
        for (int l = 0; l < layerPlaces.size(); l++) readLocks(layerPlaces.get(l), network.layer(l + 1));
        return network;
    }

    private static void readWeights(Place layerPlace, Layer layer, BiasMode biasMode) throws LessonFormatException {
        List<Place> rows = layerPlace.field("weights").array(layer.outputs(), layer.outputs(),
                "rows (one per neuron)");
        for (int j = 0; j < rows.size(); j++) {
            double[] row = rows.get(j).numbers(layer.inputs(), LessonFiles.MAX_ABS_VALUE);
            for (int i = 0; i < row.length; i++) layer.setWeight(j, i, row[i]);
        }
        Place biases = layerPlace.optional("biases");
        if (biases != null) {
            double[] values = biases.numbers(layer.outputs(), LessonFiles.MAX_ABS_VALUE);
            for (int j = 0; j < values.length; j++) {
                if (biasMode == BiasMode.NONE && values[j] != 0.0) {
                    throw new LessonFormatException(biases.path() + "[" + j + "]",
                            "must be 0 because network.biasMode is none, not " + values[j]);
                }
            }
            layer.setBiases(values);
        }
    }

    private static void readLocks(Place layerPlace, Layer layer) throws LessonFormatException {
        Place lockedWeights = layerPlace.optional("lockedWeights");
        if (lockedWeights != null) {
            for (Place pair : lockedWeights.array(0, layer.inputs() * layer.outputs(), "entries")) {
                List<Place> ji = pair.array(2, 2, "numbers ([neuron, input])");
                int j = ji.get(0).wholeNumber(0, layer.outputs() - 1);
                int i = ji.get(1).wholeNumber(0, layer.inputs() - 1);
                layer.setWeightLocked(j, i, true);
            }
        }
        Place lockedBiases = layerPlace.optional("lockedBiases");
        if (lockedBiases != null) {
            for (Place neuron : lockedBiases.array(0, layer.outputs(), "entries")) {
                layer.setBiasLocked(neuron.wholeNumber(0, layer.outputs() - 1), true);
            }
        }
    }

    /**
     * The samples at {@code place}; those already read as numbers ({@code streamed}, or null) are only
     * checked against the network here, the rest are read from their tree.
     */
    private static DataSet readSamples(Place place, StreamedSamples streamed, Network network, Loss loss,
            DoubleConsumer progress) throws LessonFormatException {
        List<Place> samples = place.array(1, LessonFiles.MAX_SAMPLES, "samples");
        double[][] inputs = new double[samples.size()][];
        double[][] targets = new double[samples.size()][];
        for (int s = 0; s < samples.size(); s++) {
            double[][] plain = streamed == null ? null : streamed.sample(s);
            Place sample = samples.get(s);
            if (plain != null) {
                inputs[s] = counted(plain[0], network.inputSize(), sample.at("input"));
                targets[s] = counted(plain[1], network.outputSize(), sample.at("target"));
            } else {
                sample.requireObject(SAMPLE_FIELDS);
                inputs[s] = sample.field("input").numbers(network.inputSize(), LessonFiles.MAX_ABS_VALUE);
                targets[s] = sample.field("target").numbers(network.outputSize(), LessonFiles.MAX_ABS_VALUE);
            }
            String problem = OutputRules.targetProblem(loss, targets[s]);
            if (problem != null) throw sample.at("target").error(problem);
            if (s % 1024 == 1023) progress.accept((double) (s + 1) / samples.size());
        }
        return new DataSet(inputs, targets);
    }

    /** One name per output, each a string on one line, no two alike. */
    private static List<String> readClassNames(Place place, int outputs) throws LessonFormatException {
        if (outputs < 2) {
            throw place.error("class names need two or more outputs, one per class; the output layer has " + outputs);
        }
        List<Place> names = place.array(outputs, outputs, "names (one per output neuron)");
        List<String> read = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k).text(LessonLimits.MAX_CLASS_NAME_LENGTH);
            String problem = LessonLimits.classNameProblem(name);
            if (problem != null) throw names.get(k).error(problem);
            int first = read.indexOf(name);
            if (first >= 0) throw names.get(k).error("'" + name + "' is already the name of class " + (first + 1));
            read.add(name);
        }
        return read;
    }

    /** {@code values} if there are {@code count} of them, else the error {@link Place#numbers} gives. */
    private static double[] counted(double[] values, int count, Place place) throws LessonFormatException {
        if (values.length != count) {
            throw place.error(values.length + (values.length == 1 ? " value" : " values") + ", expected " + count);
        }
        return values;
    }

    private static void checkSampleValues(DataSet data, DataSet testData, Place last) throws LessonFormatException {
        long values = (long) data.size() * (data.inputSize() + data.targetSize());
        if (testData != null) values += (long) testData.size() * (testData.inputSize() + testData.targetSize());
        if (values > LessonLimits.MAX_SAMPLE_VALUES) {
            throw last.error(String.format(Locale.ROOT,
                    "the samples and test samples hold %,d numbers together; a lesson holds at most %,d",
                    values, LessonLimits.MAX_SAMPLE_VALUES));
        }
    }

    private interface Parser<T> {
        T parse(String id);
    }

    /** One of a fixed set of names; the engine's own message lists the choices. */
    private static <T> T choice(Place place, Parser<T> parser) throws LessonFormatException {
        String id = place.text();
        try {
            return parser.parse(id);
        } catch (IllegalArgumentException e) {
            throw place.error(e.getMessage());
        }
    }
}
