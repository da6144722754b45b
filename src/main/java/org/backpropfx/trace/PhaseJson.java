package org.backpropfx.trace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.TrainingDivergedException;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.Snapshot;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;

/**
 * One phase as a JSON object. Numbers are the engine's doubles at full precision, in the engine's
 * convention whatever the notation: delta δ = ∂E/∂net, bias b added to the net input, error E.
 * Neurons and samples count from 1 here, as in the text; arrays are indexed from 0.
 */
final class PhaseJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PhaseJson() {}

    /** The closing record of a trace that stopped because training diverged. */
    static ObjectNode diverged(TrainingDivergedException e) {
        ObjectNode node = NODES.objectNode();
        node.put("stopped", "diverged");
        node.put("epoch", e.epoch() + 1);
        node.put("sample", e.sample() + 1);
        node.put("cause", e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (e.layer() > 0) node.put("layer", e.layer());
        node.put("value", e.reason() == TrainingDivergedException.Cause.WEIGHT ? "out of range"
                : e.notANumber() ? "not a number" : "infinite");
        node.put("message", e.getMessage());
        return node;
    }

    static ObjectNode of(Snapshot s) {
        Phase phase = s.phase();
        ObjectNode node = NODES.objectNode();
        node.put("epoch", s.epoch() + 1);
        node.put("sample", s.sample() + 1);
        node.put("sampleCount", s.sampleCount());
        node.put("phase", phase.kind().name().toLowerCase(Locale.ROOT));
        if (phase.layer() > 0) node.put("layer", phase.layer());
        node.put("description", s.describePhase());
        int l = phase.layer();
        switch (phase.kind()) {
            case FORWARD -> {
                node.set("net", vector(s.size(l), j -> s.net(l, j)));
                node.set("out", vector(s.size(l), j -> s.out(l, j)));
            }
            case ERROR -> {
                int last = s.layerCount();
                node.set("target", vector(s.size(last), s::target));
                node.set("output", vector(s.size(last), k -> s.out(last, k)));
                node.put("loss", s.loss());
                node.put("penalty", s.penalty());
                node.put("correct", s.isCorrect());
                node.put("accuracy", s.epochAccuracySoFar());
            }
            case BACKWARD -> {
                node.set("delta", vector(s.size(l), j -> s.delta(l, j)));
                node.set("gradient", matrix(s.size(l), s.size(l - 1), (j, i) -> s.sampleGradient(l, j, i)));
                if (s.biasMode() != BiasMode.NONE) node.set("biasGradient", vector(s.size(l), j -> s.delta(l, j)));
                node.set("batchSum", matrix(s.size(l), s.size(l - 1), (j, i) -> s.batchSum(l, j, i)));
                if (s.biasMode() != BiasMode.NONE) node.set("batchBiasSum", vector(s.size(l), j -> s.batchBiasSum(l, j)));
            }
            case UPDATE -> {
                node.put("batchSize", s.batchPosition() + 1);
                ArrayNode layers = node.putArray("layers");
                for (int layer = 1; layer <= s.layerCount(); layer++) layers.add(update(s, layer));
            }
        }
        return node;
    }

    private static ObjectNode update(Snapshot s, int l) {
        ObjectNode node = NODES.objectNode();
        node.put("layer", l);
        int rows = s.size(l);
        int cols = s.size(l - 1);
        node.set("gradient", matrix(rows, cols, (j, i) -> s.updateGradient(l, j, i)));
        node.set("step", matrix(rows, cols, (j, i) -> s.step(l, j, i)));
        node.set("weightBefore", matrix(rows, cols, (j, i) -> s.weightBefore(l, j, i)));
        node.set("weightAfter", matrix(rows, cols, (j, i) -> s.newWeight(l, j, i)));
        if (s.biasMode() != BiasMode.NONE) {
            node.set("biasGradient", vector(rows, j -> s.updateBiasGradient(l, j)));
            node.set("biasStep", vector(rows, j -> s.biasStep(l, j)));
            node.set("biasBefore", vector(rows, j -> s.biasBefore(l, j)));
            node.set("biasAfter", vector(rows, j -> s.newBias(l, j)));
        }
        return node;
    }

    private interface Cell { double at(int j, int i); }

    private static ArrayNode vector(int n, IntToDoubleFunction value) {
        ArrayNode array = NODES.arrayNode(n);
        for (int j = 0; j < n; j++) array.add(value.applyAsDouble(j));
        return array;
    }

    private static ArrayNode matrix(int rows, int cols, Cell cell) {
        ArrayNode array = NODES.arrayNode(rows);
        for (int j = 0; j < rows; j++) {
            int row = j;
            array.add(vector(cols, i -> cell.at(row, i)));
        }
        return array;
    }
}
