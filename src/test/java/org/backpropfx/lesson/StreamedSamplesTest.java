package org.backpropfx.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Samples read one at a time as numbers give the same lesson, or the same message at the same place, as
 * reading the whole file as one JSON tree does, whatever form the samples take.
 */
class StreamedSamplesTest {
    private static final String HEAD = "{\"format\":\"backpropfx-lesson\",\"version\":1,\"title\":\"t\",\n"
            + "\"network\":{\"inputs\":2,\"layers\":[{\"neurons\":1,\"activation\":\"sigmoid\"}]},\n";

    static List<String> samples() {
        return List.of(
                "\"samples\":[{\"input\":[0,1],\"target\":[1]},{\"input\":[0.5,-0.25],\"target\":[0]}]",
                "\"samples\":[{\"target\":[1],\"input\":[1e-300,-0.0]}]",
                "\"samples\":[{\"input\":[0,1,2],\"target\":[1]}]",
                "\"samples\":[{\"input\":[0,1],\"target\":[]}]",
                "\"samples\":[{\"input\":[0,\"1\"],\"target\":[1]}]",
                "\"samples\":[{\"input\":[0,1e400],\"target\":[1]}]",
                "\"samples\":[{\"input\":[0,2000000],\"target\":[1]}]",
                "\"samples\":[{\"input\":[0,1],\"target\":[2]}]",
                "\"samples\":[{\"input\":[0,1]}]",
                "\"samples\":[{\"input\":[0,1],\"target\":[1],\"weight\":3}]",
                "\"samples\":[{\"input\":[0,1],\"targets\":[1]}]",
                "\"samples\":[{\"input\":[[0],1],\"target\":[1]}]",
                "\"samples\":[[0,1]]",
                "\"samples\":[]",
                "\"samples\":{\"input\":[0,1],\"target\":[1]}",
                "\"samples\":[{\"input\":[0,1],\"target\":[1]}],\"testSamples\":[{\"input\":[1,1],\"target\":[0]}]",
                "\"samples\":[{\"input\":[0,1],\"target\":[1]}],\"testSamples\":[{\"input\":[1],\"target\":[0]}]",
                "\"testSamples\":[{\"input\":[1,1],\"target\":[0]}],\"samples\":[{\"input\":[0,1],\"target\":[1]}]",
                "\"samples\":[{\"input\":[0,1],\"target\":[1]},\n{\"input\":[0,1],\"target\":[1],\"input\":[1,1]}]",
                "\"samples\":[{\"input\":[0,1],\"target\":[1]}],\"note\":\"after the samples\"",
                "\"samples\":[{\"input\":[0,1],\"target\":[1]}]} {}",
                "\"samples\":[{\"input\":[0,1],\"target\":[1]}");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sameLessonOrSameMessageAsReadingTheWholeTree(String samples) {
        String json = HEAD + samples + (samples.endsWith("]") || samples.endsWith("}") && !samples.contains("{}") ? "}" : "");
        assertThat(streamed(json)).isEqualTo(wholeTree(json));
    }

    private static String streamed(String json) {
        try {
            return LessonFiles.parse(json).toString();
        } catch (LessonFormatException e) {
            return e.getMessage();
        }
    }

    /** The whole file as one tree, as the reader read every lesson before samples were streamed. */
    private static String wholeTree(String json) {
        JsonNode tree;
        try {
            tree = new ObjectMapper(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(json);
        } catch (JsonProcessingException e) {
            return LessonText.syntaxError(e).getMessage();
        }
        try {
            return LessonReader.read(tree).toString();
        } catch (LessonFormatException e) {
            return LessonText.locate(e, json).getMessage();
        }
    }
}
