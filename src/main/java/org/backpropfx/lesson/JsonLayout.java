package org.backpropfx.lesson;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes a JSON tree the way a person would lay it out: objects one field per line, a list of numbers
 * on one line, one line per weight row and per sample. Jackson's pretty printer puts either every
 * number or every sample on its own line, which makes a lesson with a thousand samples unreadable.
 *
 * <p>Doubles are written with {@link Double#toString(double)}, which always reads back to the same
 * bits; whole numbers stay whole.
 */
final class JsonLayout {
    private static final String INDENT = "  ";

    private JsonLayout() {}

    static String write(JsonNode root) {
        StringBuilder out = new StringBuilder();
        value(root, 0, false, out);
        return out.append('\n').toString();
    }

    private static void value(JsonNode node, int depth, boolean inArray, StringBuilder out) {
        if (node.isObject()) {
            // An object inside a list (a sample) goes on one line if it holds only flat lists.
            if (inArray && height(node) <= 2) inlineObject(node, out);
            else blockObject(node, depth, out);
        } else if (node.isArray()) {
            if (height(node) <= 1) inlineArray(node, out);
            else blockArray(node, depth, out);
        } else {
            scalar(node, out);
        }
    }

    private static void blockObject(JsonNode node, int depth, StringBuilder out) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            out.append('\n');
            indent(depth + 1, out);
            string(field.getKey(), out);
            out.append(": ");
            value(field.getValue(), depth + 1, false, out);
            if (fields.hasNext()) out.append(',');
        }
        out.append('\n');
        indent(depth, out);
        out.append('}');
    }

    private static void blockArray(JsonNode node, int depth, StringBuilder out) {
        out.append('[');
        for (int k = 0; k < node.size(); k++) {
            out.append('\n');
            indent(depth + 1, out);
            value(node.get(k), depth + 1, true, out);
            if (k < node.size() - 1) out.append(',');
        }
        out.append('\n');
        indent(depth, out);
        out.append(']');
    }

    private static void inlineObject(JsonNode node, StringBuilder out) {
        out.append('{');
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            string(field.getKey(), out);
            out.append(": ");
            inline(field.getValue(), out);
            if (fields.hasNext()) out.append(", ");
        }
        out.append('}');
    }

    private static void inlineArray(JsonNode node, StringBuilder out) {
        out.append('[');
        for (int k = 0; k < node.size(); k++) {
            if (k > 0) out.append(", ");
            inline(node.get(k), out);
        }
        out.append(']');
    }

    private static void inline(JsonNode node, StringBuilder out) {
        if (node.isObject()) inlineObject(node, out);
        else if (node.isArray()) inlineArray(node, out);
        else scalar(node, out);
    }

    private static void scalar(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isFloatingPointNumber()) {
            double v = node.doubleValue();
            if (!Double.isFinite(v)) throw new IllegalArgumentException("JSON cannot hold " + v);
            out.append(Double.toString(v));
        } else {
            out.append(node.toString());
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(text)).append('"');
    }

    private static void indent(int depth, StringBuilder out) {
        out.append(INDENT.repeat(depth));
    }

    /** 0 for a scalar, 1 for a container of scalars, and so on. */
    private static int height(JsonNode node) {
        int max = 0;
        for (JsonNode child : node) max = Math.max(max, height(child) + 1);
        return node.isContainerNode() ? Math.max(max, 1) : 0;
    }
}
