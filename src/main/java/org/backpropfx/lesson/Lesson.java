package org.backpropfx.lesson;

import java.util.List;
import java.util.Objects;

import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.InitMethod;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.OutputRules;
import org.backpropfx.engine.Trainer;
import org.backpropfx.engine.TrainingSettings;
import org.backpropfx.notation.Notation;

/**
 * Everything a lesson file holds: the network with its weights and locks, the training samples, the
 * training settings, how to re-randomise, and how to show it. Immutable: the network is copied in and
 * copied out.
 *
 * @param testData samples held out for a test loss, or null
 * @param classNames the name of each output's class ("setosa", "versicolor", …), as a CSV's class-label column
 *     gave them; empty when the classes have no names and are counted 1 to K
 * @param script the stops of the lesson's lecture script, in the order they are played; empty for none
 */
public record Lesson(String title, String note, Notation notation, Network network, DataSet data, DataSet testData,
                     TrainingSettings settings, InitMethod initMethod, double initRange, long seed,
                     List<String> classNames, List<ScriptStop> script) {
    public static final int FORMAT_VERSION = 1;

    /** A lesson without a lecture script. */
    public Lesson(String title, String note, Notation notation, Network network, DataSet data, DataSet testData,
                  TrainingSettings settings, InitMethod initMethod, double initRange, long seed,
                  List<String> classNames) {
        this(title, note, notation, network, data, testData, settings, initMethod, initRange, seed, classNames,
                List.of());
    }

    /** A lesson whose classes have no names. */
    public Lesson(String title, String note, Notation notation, Network network, DataSet data, DataSet testData,
                  TrainingSettings settings, InitMethod initMethod, double initRange, long seed) {
        this(title, note, notation, network, data, testData, settings, initMethod, initRange, seed, List.of());
    }

    public Lesson {
        Objects.requireNonNull(title, "title");
        note = note == null ? "" : note;
        Objects.requireNonNull(notation, "notation");
        network = Objects.requireNonNull(network, "network").copy();
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(initMethod, "initMethod");
        if (data.inputSize() != network.inputSize() || data.targetSize() != network.outputSize()) {
            throw new IllegalArgumentException("the samples (" + data.inputSize() + " in, " + data.targetSize()
                    + " out) do not fit the network (" + network.inputSize() + " in, " + network.outputSize() + " out)");
        }
        if (testData != null && (testData.inputSize() != network.inputSize()
                || testData.targetSize() != network.outputSize())) {
            throw new IllegalArgumentException("the test samples do not fit the network");
        }
        String problem = OutputRules.networkProblem(network, settings.loss());
        if (problem != null) throw new IllegalArgumentException(problem);
        for (DataSet set : new DataSet[] {data, testData}) {
            int bad = set == null ? -1 : OutputRules.firstBadTarget(settings.loss(), set);
            if (bad >= 0) {
                throw new IllegalArgumentException((set == data ? "sample " : "test sample ") + (bad + 1) + ": "
                        + OutputRules.targetProblem(settings.loss(), set.target(bad)));
            }
        }
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
        // Every lesson that exists can be saved and opened again.
        LessonLimits.check(title, note, network, data, testData);
        LessonLimits.checkClassNames(classNames, network.outputSize());
        script = script == null ? List.of() : List.copyOf(script);
        if (script.size() > ScriptStop.MAX_STOPS) throw new IllegalArgumentException("more than " + ScriptStop.MAX_STOPS + " stops");
        for (ScriptStop stop : script) {
            String stopProblem = stop.problem(network, data.size());
            if (stopProblem != null) throw new IllegalArgumentException("script: " + stopProblem);
        }
    }

    /** A copy of the network, free to train or edit. */
    @Override public Network network() { return network.copy(); }

    /** A fresh trainer on a copy of this lesson's network, at its first sample. */
    public Trainer newTrainer() { return new Trainer(network.copy(), data, settings); }

    public Lesson withNetwork(Network newNetwork) {
        return new Lesson(title, note, notation, newNetwork, data, testData, settings, initMethod, initRange, seed,
                namesFor(newNetwork.outputSize()), ScriptStop.fitTo(script, newNetwork, data.size()));
    }

    public Lesson withSettings(TrainingSettings newSettings) {
        return new Lesson(title, note, notation, network, data, testData, newSettings, initMethod, initRange, seed,
                classNames, script);
    }

    public Lesson withNotation(Notation newNotation) {
        return new Lesson(title, note, newNotation, network, data, testData, settings, initMethod, initRange, seed,
                classNames, script);
    }

    /** This lesson with another way to re-randomise, and the network those settings drew. */
    public Lesson withInitialisation(Network newNetwork, InitMethod newMethod, double newRange, long newSeed) {
        return new Lesson(title, note, notation, newNetwork, data, testData, settings, newMethod, newRange, newSeed,
                namesFor(newNetwork.outputSize()), ScriptStop.fitTo(script, newNetwork, data.size()));
    }

    /**
     * This lesson with other samples (test samples null for none) and the network that fits them; the class
     * names stay while the number of outputs does.
     */
    public Lesson withSamples(Network newNetwork, DataSet newData, DataSet newTestData) {
        return new Lesson(title, note, notation, newNetwork, newData, newTestData, settings, initMethod, initRange, seed,
                namesFor(newData.targetSize()), ScriptStop.fitTo(script, newNetwork, newData.size()));
    }

    /** This lesson with other class names (empty for none), one per output. */
    public Lesson withClassNames(List<String> names) {
        return new Lesson(title, note, notation, network, data, testData, settings, initMethod, initRange, seed, names,
                script);
    }

    /** This lesson with another lecture script (empty for none). */
    public Lesson withScript(List<ScriptStop> stops) {
        return new Lesson(title, note, notation, network, data, testData, settings, initMethod, initRange, seed,
                classNames, stops);
    }

    /** The name of class k (0-based) as the panels write it: its name, or its number from 1 when it has none. */
    public String className(int k) {
        return k >= 0 && k < classNames.size() ? classNames.get(k) : Integer.toString(k + 1);
    }

    private List<String> namesFor(int outputs) {
        return classNames.size() == outputs ? classNames : List.of();
    }
}
