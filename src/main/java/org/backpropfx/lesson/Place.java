package org.backpropfx.lesson;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One value of a lesson file together with the path that names it in error messages. Every typed
 * read checks the JSON type and the range and throws with that path, so the reader never has to
 * build a message itself.
 */
final class Place {
    private final JsonNode node;
    private final String path;

    Place(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static Place root(JsonNode node) { return new Place(node, "lesson"); }

    String path() { return path; }

    LessonFormatException error(String problem) { return new LessonFormatException(path, problem); }

    private String childPath(String name) { return path.equals("lesson") ? name : path + "." + name; }

    // ---- objects

    /** Rejects any field not in {@code allowed}, naming it and the closest allowed name. */
    Place requireObject(List<String> allowed) throws LessonFormatException {
        if (!node.isObject()) throw error("expected an object, found " + describe(node));
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            String name = fields.next().getKey();
            if (!allowed.contains(name)) {
                String closest = closest(name, allowed);
                throw new LessonFormatException(childPath(name), "unknown field"
                        + (closest == null ? "" : " (did you mean '" + closest + "'?)")
                        + "; allowed here: " + String.join(", ", allowed));
            }
        }
        return this;
    }

    boolean has(String name) {
        JsonNode child = node.get(name);
        return child != null && !child.isNull();
    }

    Place field(String name) throws LessonFormatException {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
            throw new LessonFormatException(childPath(name), "missing (this field is required)");
        }
        return new Place(child, childPath(name));
    }

    /** The field, or null when it is absent or null. */
    Place optional(String name) {
        JsonNode child = node.get(name);
        return child == null || child.isNull() ? null : new Place(child, childPath(name));
    }

    // ---- arrays

    List<Place> array(int min, int max, String itemsWord) throws LessonFormatException {
        if (!node.isArray()) throw error("expected an array, found " + describe(node));
        int n = node.size();
        if (n < min || n > max) {
            String range = min == max ? "exactly " + min : min + " to " + max;
            throw error(n + " " + itemsWord + ", expected " + range);
        }
        List<Place> items = new ArrayList<>(n);
        for (int k = 0; k < n; k++) items.add(new Place(node.get(k), path + "[" + k + "]"));
        return items;
    }

    /** An array of exactly {@code count} numbers, each at most {@code maxAbs} in size. */
    double[] numbers(int count, double maxAbs) throws LessonFormatException {
        if (!node.isArray()) throw error("expected an array of numbers, found " + describe(node));
        if (node.size() != count) {
            throw error(node.size() + (node.size() == 1 ? " value" : " values") + ", expected " + count);
        }
        double[] values = new double[count];
        for (int k = 0; k < count; k++) values[k] = new Place(node.get(k), path + "[" + k + "]").number(maxAbs);
        return values;
    }

    // ---- scalars

    String text() throws LessonFormatException {
        if (!node.isTextual()) throw error("expected a string, found " + describe(node));
        return node.textValue();
    }

    /** A string of at most {@code maxLength} characters (code points: an emoji is one), every one whole. */
    String text(int maxLength) throws LessonFormatException {
        String text = text();
        int length = Texts.codePoints(text);
        if (length > maxLength) {
            throw error(length + " characters, at most " + maxLength + " allowed");
        }
        try {
            Texts.requireWhole(text, "the text");
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
        return text;
    }

    /** A finite number at most {@code maxAbs} in size. */
    double number(double maxAbs) throws LessonFormatException {
        if (!node.isNumber()) throw error("expected a number, found " + describe(node));
        double value = node.doubleValue();
        if (!Double.isFinite(value)) throw error("the number " + node.asText() + " is too large to be used");
        if (Math.abs(value) > maxAbs) {
            throw error(node.asText() + " is too large (at most " + plain(maxAbs) + " in size)");
        }
        return value;
    }

    /** A number in (low, high] when {@code lowOpen}, else in [low, high]; the message states the range. */
    double number(double low, boolean lowOpen, double high, boolean highOpen) throws LessonFormatException {
        double value = number(Double.MAX_VALUE);
        boolean aboveLow = lowOpen ? value > low : value >= low;
        boolean belowHigh = highOpen ? value < high : value <= high;
        if (!aboveLow || !belowHigh) {
            throw error("must be " + (lowOpen ? "above " : "at least ") + plain(low) + " and "
                    + (highOpen ? "below " : "at most ") + plain(high) + ", not " + node.asText());
        }
        return value;
    }

    long wholeNumber(long min, long max) throws LessonFormatException {
        if (!node.isNumber()) throw error("expected a whole number, found " + describe(node));
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) throw error(node.asText() + " is out of range");
        } else {
            double d = node.doubleValue();
            if (d != Math.rint(d) || Math.abs(d) > 9.0e15) throw error("expected a whole number, found " + node.asText());
        }
        long value = node.isIntegralNumber() ? node.longValue() : (long) node.doubleValue();
        if (value < min || value > max) {
            throw error("must be " + min + " to " + max + ", not " + node.asText());
        }
        return value;
    }

    int wholeNumber(int min, int max) throws LessonFormatException {
        return (int) wholeNumber((long) min, (long) max);
    }

    // ---- helpers

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL, MISSING -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** 100 for 100.0, 0.5 for 0.5: numbers in messages as a person would write them. */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        return Double.toString(value);
    }

    /** The allowed name closest to a misspelt one, if it is close enough to be a likely typo. */
    private static String closest(String name, List<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = editDistance(name.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(2, name.length() / 3) ? best : null;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
