package org.backpropfx.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Network;
import org.backpropfx.engine.TrainingSettings;

/**
 * Builds the JSON tree of a lesson. Every value is written out, defaults included, so that a saved
 * file shows all there is to edit and does not change meaning if a default ever changes.
 */
final class LessonWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private LessonWriter() {}

    static ObjectNode tree(Lesson lesson) {
        ObjectNode root = JSON.objectNode();
        root.put("format", LessonFiles.FORMAT_ID);
        root.put("version", Lesson.FORMAT_VERSION);
        root.put("title", lesson.title());
        root.put("note", lesson.note());
        root.put("notation", lesson.notation().id());
        root.set("network", network(lesson.network()));
        TrainingSettings settings = lesson.settings();
        root.put("loss", settings.loss().id());
        ObjectNode training = root.putObject("training");
        training.put("learningRate", settings.learningRate());
        training.put("momentum", settings.momentum());
        training.put("batchMode", settings.batchMode().id());
        training.put("batchSize", settings.batchSize());
        // Written only when in use, so that a lesson without regularisation is saved as before it existed.
        if (settings.l1() != 0.0) training.put("l1", settings.l1());
        if (settings.l2() != 0.0) training.put("l2", settings.l2());
        ObjectNode init = root.putObject("init");
        init.put("method", lesson.initMethod().id());
        init.put("range", lesson.initRange());
        init.put("seed", lesson.seed());
        // Written only when the classes have names, so that other lessons are saved as before names existed.
        if (!lesson.classNames().isEmpty()) {
            ArrayNode classes = root.putArray("classes");
            lesson.classNames().forEach(classes::add);
        }
        // Written only when there is a script, so that other lessons are saved as before scripts existed.
        if (!lesson.script().isEmpty()) root.set("script", LessonScriptWriter.script(lesson.script()));
        root.set("samples", samples(lesson.data()));
        if (lesson.testData() != null) root.set("testSamples", samples(lesson.testData()));
        return root;
    }

    private static ObjectNode network(Network network) {
        ObjectNode node = JSON.objectNode();
        node.put("inputs", network.inputSize());
        node.put("biasMode", network.biasMode().id());
        ArrayNode layers = node.putArray("layers");
        for (Layer layer : network.layers()) {
            ObjectNode layerNode = layers.addObject();
            layerNode.put("neurons", layer.outputs());
            layerNode.put("activation", layer.activation().id());
            ArrayNode rows = layerNode.putArray("weights");
            for (int j = 0; j < layer.outputs(); j++) {
                ArrayNode row = rows.addArray();
                for (int i = 0; i < layer.inputs(); i++) row.add(layer.weight(j, i));
            }
            if (network.biasMode() != BiasMode.NONE || !allPositiveZero(layer.biasesCopy())) {
                layerNode.set("biases", numbers(layer.biasesCopy()));
            }
            ArrayNode lockedWeights = JSON.arrayNode();
            for (int j = 0; j < layer.outputs(); j++) {
                for (int i = 0; i < layer.inputs(); i++) {
                    if (layer.isWeightLocked(j, i)) lockedWeights.addArray().add(j).add(i);
                }
            }
            if (!lockedWeights.isEmpty()) layerNode.set("lockedWeights", lockedWeights);
            ArrayNode lockedBiases = JSON.arrayNode();
            for (int j = 0; j < layer.outputs(); j++) {
                if (layer.isBiasLocked(j)) lockedBiases.add(j);
            }
            if (!lockedBiases.isEmpty()) layerNode.set("lockedBiases", lockedBiases);
        }
        return node;
    }

    /**
     * The samples, written row by row from the data set when the text is: as a tree of nodes they took
     * thirty bytes a number, more than the window's heap holds for a large lesson.
     */
    private static JsonNode samples(DataSet data) {
        return JSON.pojoNode(new JsonLayout.SampleRows(data));
    }

    private static ArrayNode numbers(double[] values) {
        ArrayNode array = JSON.arrayNode();
        for (double v : values) array.add(v);
        return array;
    }

    private static boolean allPositiveZero(double[] values) {
        for (double v : values) {
            if (Double.doubleToRawLongBits(v) != 0L) return false;
        }
        return true;
    }
}
