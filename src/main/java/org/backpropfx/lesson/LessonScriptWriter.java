package org.backpropfx.lesson;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.PhaseKind;

/** Writes a lesson's {@code script} in the form {@link LessonScriptReader} reads: positions counted from 1. */
final class LessonScriptWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private LessonScriptWriter() {}

    static ArrayNode script(List<ScriptStop> stops) {
        ArrayNode script = JSON.arrayNode();
        for (ScriptStop stop : stops) {
            ObjectNode node = script.addObject();
            node.put("epoch", stop.epoch() + 1);
            node.put("sample", stop.sample() + 1);
            node.put("phase", stop.phase().kind().name().toLowerCase(Locale.ROOT));
            if (stop.phase().kind() == PhaseKind.FORWARD || stop.phase().kind() == PhaseKind.BACKWARD) {
                node.put("layer", stop.phase().layer());
            }
            node.put("caption", stop.caption());
            ArrayNode neurons = JSON.arrayNode();
            ArrayNode weights = JSON.arrayNode();
            ArrayNode biases = JSON.arrayNode();
            for (NetworkElement e : stop.highlights()) {
                if (e instanceof NetworkElement.Neuron n) neurons.addArray().add(n.layer()).add(n.index());
                else if (e instanceof NetworkElement.Weight w) weights.addArray().add(w.layer()).add(w.to()).add(w.from());
                else if (e instanceof NetworkElement.Bias b) biases.addArray().add(b.layer()).add(b.neuron());
            }
            if (!neurons.isEmpty()) node.set("neurons", neurons);
            if (!weights.isEmpty()) node.set("weights", weights);
            if (!biases.isEmpty()) node.set("biases", biases);
            node.put("wait", stop.waitForClass());
            // Written only when there are some: a script without notes saves exactly as before they existed.
            if (stop.notes() != null) node.put("notes", stop.notes());
        }
        return script;
    }
}
