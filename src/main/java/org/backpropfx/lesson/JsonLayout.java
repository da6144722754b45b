package org.backpropfx.lesson;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import org.backpropfx.engine.DataSet;

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
        StringWriter text = new StringWriter();
        try {
            write(root, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Writes the text to {@code sink} a piece at a time, so that a large lesson is never held whole as
     * text; a {@link SampleRows} in the tree is written row by row from the lesson's own arrays.
     */
    static void write(JsonNode root, Writer sink) throws IOException {
        Out out = new Out(sink);
        try {
            value(root, 0, false, out);
            out.append('\n');
            out.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The samples of a data set, standing in the tree for their array: one row each, written when the text is. */
    record SampleRows(DataSet data) {}

    /** Text gathered in a buffer and passed on to the sink whenever the buffer is full. */
    private static final class Out {
        private static final int FULL = 1 << 16;
        private final StringBuilder buffer = new StringBuilder(FULL + 1024);
        private final Writer sink;

        Out(Writer sink) { this.sink = sink; }

        Out append(char c) {
            buffer.append(c);
            return this;
        }

        Out append(CharSequence text) {
            buffer.append(text);
            if (buffer.length() >= FULL) flush();
            return this;
        }

        void flush() {
            try {
                sink.append(buffer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            buffer.setLength(0);
        }
    }

    private static void sampleRows(SampleRows rows, int depth, Out out) {
        DataSet data = rows.data();
        out.append('[');
        for (int s = 0; s < data.size(); s++) {
            out.append('\n');
            indent(depth + 1, out);
            out.append("{\"input\": ");
            numbers(data.input(s), out);
            out.append(", \"target\": ");
            numbers(data.target(s), out);
            out.append('}');
            if (s < data.size() - 1) out.append(',');
        }
        out.append('\n');
        indent(depth, out);
        out.append(']');
    }

    /** As {@link #inlineArray} writes a list of doubles. */
    private static void numbers(double[] values, Out out) {
        out.append('[');
        for (int k = 0; k < values.length; k++) {
            if (k > 0) out.append(", ");
            if (!Double.isFinite(values[k])) throw new IllegalArgumentException("JSON cannot hold " + values[k]);
            out.append(Double.toString(values[k]));
        }
        out.append(']');
    }

    private static void value(JsonNode node, int depth, boolean inArray, Out out) {
        if (node.isPojo() && ((POJONode) node).getPojo() instanceof SampleRows rows) {
            sampleRows(rows, depth, out);
        } else if (node.isObject()) {
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

    private static void blockObject(JsonNode node, int depth, Out out) {
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

    private static void blockArray(JsonNode node, int depth, Out out) {
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

    private static void inlineObject(JsonNode node, Out out) {
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

    private static void inlineArray(JsonNode node, Out out) {
        out.append('[');
        for (int k = 0; k < node.size(); k++) {
            if (k > 0) out.append(", ");
            inline(node.get(k), out);
        }
        out.append(']');
    }

    private static void inline(JsonNode node, Out out) {
        if (node.isObject()) inlineObject(node, out);
        else if (node.isArray()) inlineArray(node, out);
        else scalar(node, out);
    }

    private static void scalar(JsonNode node, Out out) {
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

    private static void string(String text, Out out) {
        out.append('"').append(new String(JsonStringEncoder.getInstance().quoteAsString(text))).append('"');
    }

    private static void indent(int depth, Out out) {
        out.append(INDENT.repeat(depth));
    }

    /** 0 for a scalar, 1 for a container of scalars, and so on. */
    private static int height(JsonNode node) {
        int max = 0;
        for (JsonNode child : node) max = Math.max(max, height(child) + 1);
        return node.isContainerNode() ? Math.max(max, 1) : 0;
    }
}
