package org.backpropfx.lesson;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One value of a lesson file together with the path that names it in error messages. Every typed
 * read checks the JSON type and the range and throws with that path, so the reader never has to
 * build a message itself.
 */
final class Place {
    private static final String ROOT = "lesson";

    private final JsonNode node;
    /** The place this one is a field or an item of; null for the lesson itself. */
    private final Place parent;
    /** The field's name, or null for an item of an array. */
    private final String name;
    private final int index;

    private Place(JsonNode node, Place parent, String name, int index) {
        this.node = node;
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    static Place root(JsonNode node) { return new Place(node, null, null, -1); }

    /**
     * "samples[12].input[3]". Spelled out only when a message needs it: a large lesson has millions of
     * places, and building each one's path up front made opening it several times slower.
     */
    String path() {
        if (parent == null) return ROOT;
        return name != null ? parent.childPath(name) : parent.path() + "[" + index + "]";
    }

    LessonFormatException error(String problem) { return new LessonFormatException(path(), problem); }

    private String childPath(String child) { return parent == null ? child : path() + "." + child; }

    /** The field {@code childName} of this place, named for a message whatever it holds. */
    Place at(String childName) {
        JsonNode child = node.get(childName);
        return fieldPlace(child == null ? MissingNode.getInstance() : child, childName);
    }

    private Place fieldPlace(JsonNode child, String childName) { return new Place(child, this, childName, -1); }

    private Place item(int k) { return new Place(node.get(k), this, null, k); }

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
        return fieldPlace(child, name);
    }

    /** The field, or null when it is absent or null. */
    Place optional(String name) {
        JsonNode child = node.get(name);
        return child == null || child.isNull() ? null : fieldPlace(child, name);
    }

    // ---- arrays

    /** How many items the array holds; 0 if it is not an array (the typed reads say so). */
    int size() { return node.isArray() ? node.size() : 0; }

    List<Place> array(int min, int max, String itemsWord) throws LessonFormatException {
        if (!node.isArray()) throw error("expected an array, found " + describe(node));
        int n = node.size();
        if (n < min || n > max) {
            String range = min == max ? "exactly " + min : min + " to " + max;
            throw error(n + " " + itemsWord + ", expected " + range);
        }
        List<Place> items = new ArrayList<>(n);
        for (int k = 0; k < n; k++) items.add(item(k));
        return items;
    }

    /** An array of exactly {@code count} numbers, each at most {@code maxAbs} in size. */
    double[] numbers(int count, double maxAbs) throws LessonFormatException {
        if (!node.isArray()) throw error("expected an array of numbers, found " + describe(node));
        if (node.size() != count) {
            throw error(node.size() + (node.size() == 1 ? " value" : " values") + ", expected " + count);
        }
        double[] values = new double[count];
        for (int k = 0; k < count; k++) values[k] = item(k).number(maxAbs);
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

    boolean bool() throws LessonFormatException {
        if (!node.isBoolean()) throw error("expected true or false, found " + describe(node));
        return node.booleanValue();
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
            default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
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
            int d = editDistance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
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
