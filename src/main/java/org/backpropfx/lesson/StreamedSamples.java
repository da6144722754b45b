package org.backpropfx.lesson;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A lesson's samples read one at a time as plain arrays of numbers, beside a JSON tree of the rest.
 *
 * <p>Why: a JSON tree costs about thirty bytes a number, so the tree of a lesson of 100,000 samples of
 * 64 inputs (6.4 million numbers) did not fit in the window's heap, and a lesson the window had saved
 * could not be opened in it again. Here each sample's own small tree is turned into two arrays at once
 * (eight bytes a number) when it has the plain form {@code {"input": [numbers], "target": [numbers]}};
 * a sample of any other form is kept as its tree, for the reader to refuse with its place as before.
 */
final class StreamedSamples {
    /** The root fields read this way; every other field goes into the tree. */
    static final List<String> FIELDS = List.of("samples", "testSamples");

    /** The tree of the lesson, its sample arrays holding a null for each sample read as numbers. */
    record Parsed(JsonNode tree, Map<String, StreamedSamples> samples) {
        /** The samples of the root field {@code name}, or null if it was not read this way. */
        StreamedSamples of(String name) { return samples.get(name); }
    }

    private final List<double[][]> plain = new ArrayList<>();

    private StreamedSamples() {}

    /** The input and target of sample {@code s} if it was read as numbers, else null (its tree is in the lesson's). */
    double[][] sample(int s) { return plain.get(s); }

    /**
     * Reads the JSON text, with the same rules as {@code mapper} reading it whole: strict duplicates,
     * limits and nothing after the lesson.
     */
    static Parsed read(ObjectMapper mapper, Reader text) throws IOException {
        Map<String, StreamedSamples> streamed = new HashMap<>();
        // Each value is read on its own from the one parser: "nothing after it" holds only for the whole.
        ObjectReader values = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) return new Parsed(MissingNode.getInstance(), streamed);
            JsonNode tree;
            if (first != JsonToken.START_OBJECT) {
                tree = values.readTree(parser);
            } else {
                ObjectNode root = JsonNodeFactory.instance.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (FIELDS.contains(name) && value == JsonToken.START_ARRAY) {
                        StreamedSamples samples = new StreamedSamples();
                        root.set(name, samples.readArray(values, parser));
                        streamed.put(name, samples);
                    } else {
                        root.set(name, values.readTree(parser));
                    }
                }
                tree = root;
            }
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new JsonParseException(parser, "Trailing token (of type " + after + ") found after value",
                        parser.currentTokenLocation());
            }
            return new Parsed(tree, streamed);
        }
    }

    /** The array the parser stands at, each plain sample kept here and stood for by a null in the tree. */
    private ArrayNode readArray(ObjectReader values, JsonParser parser) throws IOException {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode sample = values.readTree(parser);
            double[][] numbers = plainForm(sample);
            plain.add(numbers);
            items.add(numbers == null ? sample : NullNode.getInstance());
        }
        return items;
    }

    /** {input, target} if the sample holds just those two, each a list of finite numbers within the limit. */
    private static double[][] plainForm(JsonNode sample) {
        if (sample == null || !sample.isObject() || sample.size() != 2) return null;
        double[] input = numbers(sample.get("input"));
        double[] target = input == null ? null : numbers(sample.get("target"));
        return target == null ? null : new double[][] {input, target};
    }

    private static double[] numbers(JsonNode list) {
        if (list == null || !list.isArray()) return null;
        double[] values = new double[list.size()];
        for (int k = 0; k < values.length; k++) {
            JsonNode item = list.get(k);
            if (!item.isNumber()) return null;
            double v = item.doubleValue();
            if (!Double.isFinite(v) || Math.abs(v) > LessonFiles.MAX_ABS_VALUE) return null;
            values[k] = v;
        }
        return values;
    }
}
