package org.backpropfx.lesson;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The text of a lesson file before it is JSON, and the places in it: strict UTF-8 decoding (a file in
 * another encoding, a broken byte sequence or an encoded surrogate is refused with its line and column),
 * the line and column of a field named by its path, and the JSON parser's complaints in plain words.
 */
final class LessonText {
    private static final JsonFactory PLAIN = new JsonFactory();

    private LessonText() {}

    /** The bytes as UTF-8 text (a leading byte-order mark is dropped), or the place where they are not. */
    static String decode(byte[] bytes) throws LessonFormatException {
        int start = checkUtf8(bytes);
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /**
     * Checks that the bytes are strict UTF-8 text (not empty, not UTF-16 or UTF-32), decoding them a
     * piece at a time without keeping the text; returns where the text starts (after a byte-order mark).
     */
    static int checkUtf8(byte[] bytes) throws LessonFormatException {
        if (bytes.length == 0) throw new LessonFormatException("line 1, column 1", "the file is empty: no lesson in it");
        String other = otherEncoding(bytes);
        if (other != null) {
            throw new LessonFormatException("line 1, column 1", "the file is " + other
                    + " text; lesson files are UTF-8 (save it again as UTF-8)");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (result.isUnderflow()) {
            out.clear();
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int length = Math.min(result.length(), bytes.length - bad);
            throw new LessonFormatException(place(new String(bytes, start, bad - start, StandardCharsets.UTF_8)), "the bytes "
                    + hex(bytes, bad, Math.max(1, length)) + " are not UTF-8 text (lesson files are UTF-8)");
        }
        return start;
    }

    /** "UTF-16" or "UTF-32" if the bytes look like either (a byte-order mark, or zero bytes around the first '{'). */
    private static String otherEncoding(byte[] b) {
        int n = b.length;
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) return "UTF-32";
        if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) return "UTF-32";
        if (n >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return "UTF-16";
        }
        if (n >= 4 && (b[0] == 0 && b[1] == 0 && b[2] == 0 || b[1] == 0 && b[2] == 0 && b[3] == 0)) return "UTF-32";
        if (n >= 2 && (b[0] == 0) != (b[1] == 0)) return "UTF-16";
        return null;
    }

    /** "line 3, column 7" for the end of {@code before}. */
    private static String place(String before) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < before.length(); k++) {
            if (before.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return "line " + line + ", column " + (before.codePointCount(lineStart, before.length()) + 1);
    }

    private static String hex(byte[] bytes, int from, int count) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < from + count && k < bytes.length; k++) {
            if (text.length() > 0) text.append(' ');
            text.append(String.format(Locale.ROOT, "%02X", bytes[k] & 0xFF));
        }
        return text.toString();
    }

    /** {@code problem} with the line and column of the value its path names, if that can be found in {@code json}. */
    static LessonFormatException locate(LessonFormatException problem, String json) {
        if (problem.line() > 0) return problem;
        JsonPointer target = pointer(problem.where());
        if (target == null) return problem;
        JsonLocation best = null;
        int bestDepth = -1;
        try (JsonParser parser = PLAIN.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY || token == JsonToken.FIELD_NAME) continue;
                JsonPointer at = token.isStructStart() ? parser.getParsingContext().getParent().pathAsPointer()
                        : parser.getParsingContext().pathAsPointer();
                if (at.equals(target)) {
                    best = parser.currentTokenLocation();
                    break;
                }
                int depth = depth(at);
                // A missing field is shown at the object that lacks it.
                if (depth > bestDepth && target.toString().startsWith(at.toString() + "/")) {
                    best = parser.currentTokenLocation();
                    bestDepth = depth;
                }
                if (token.isStructStart() && !target.toString().startsWith(at.toString())) parser.skipChildren();
            }
        } catch (IOException e) {
            // The text parsed once already; if not, the place stays a path.
        }
        if (best == null || best.getLineNr() < 1) return problem;
        return problem.at(best.getLineNr(), best.getColumnNr());
    }

    private static int depth(JsonPointer pointer) {
        String text = pointer.toString();
        int depth = 0;
        for (int k = 0; k < text.length(); k++) if (text.charAt(k) == '/') depth++;
        return depth;
    }

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

    /** {@code network.layers[1].weights} → /network/layers/1/weights; null for "file" or a line and column. */
    static JsonPointer pointer(String path) {
        if (path.equals("file") || path.startsWith("line ")) return null;
        if (path.equals("lesson")) return JsonPointer.empty();
        List<String> parts = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) parts.add(m.group(1) != null ? m.group(1) : m.group(2));
        StringBuilder pointer = new StringBuilder();
        for (String part : parts) pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
        try {
            return JsonPointer.compile(pointer.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- the parser's complaints

    private static final Pattern CODE = Pattern.compile("\\s*\\(code -?\\d+( / 0x[0-9a-fA-F]+)?\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\((start marker at|for \\w+ starting at) \\[Source:[^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern ANY_SOURCE = Pattern.compile("\\s*\\[Source:[^\\]]*\\]");
    private static final Pattern ADVICE = Pattern.compile("[:;,]?\\s*(enable|use) `?[\\w.]*Feature[\\w.]*`?[^.;]*");
    private static final Pattern CONSTRAINT = Pattern.compile("\\s*\\([^()]*from StreamReadConstraints[^()]*\\)");
    private static final Pattern NON_STANDARD_TOKEN = Pattern.compile("^Non-standard token '([^']*)'");
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.+?)'\\)");
    private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '([^']*)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) '([^']*)'");
    private static final Pattern DEPTH = Pattern.compile("nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern LENGTH = Pattern.compile("^(Number|String|Name) value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[A-Z][a-z]+[A-Z]\\w*|Jackson|REDACTED|Source:|`");

    /** A syntax error, placed at its line and column, in the product's words. */
    static LessonFormatException syntaxError(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "file"
                : "line " + at.getLineNr() + ", column " + Math.max(1, at.getColumnNr());
        return new LessonFormatException(where, "not valid JSON: " + plain(e.getOriginalMessage()));
    }

    static String plain(String message) {
        String problem = message == null ? "" : message.replaceAll("\\s+", " ").trim();
        Matcher m;
        if ((m = DEPTH.matcher(problem)).find()) return "nested more than " + m.group(2) + " levels deep";
        if ((m = LENGTH.matcher(problem)).find()) {
            String what = m.group(1).equals("Number") ? "a number of " + m.group(2) + " digits"
                    : "a text of " + m.group(2) + " characters";
            return what + " is too long (at most " + m.group(3) + ")";
        }
        if (problem.startsWith("Trailing token")) return "there is more text after the end of the lesson";
        if ((m = NON_STANDARD_TOKEN.matcher(problem)).find()) {
            return "'" + m.group(1) + "' is not allowed (every number must be finite)";
        }
        if (problem.contains("ALLOW_COMMENTS") || problem.contains("comments")) return "comments are not allowed in JSON";
        if (problem.contains("LEADING_PLUS") || problem.contains("plus sign")) return "a number may not start with +";
        if (problem.contains("Leading zeroes")) return "a number may not start with 0 (write 7, not 07)";
        if (problem.contains("SINGLE_QUOTES") || problem.startsWith("Unexpected character ('''")) {
            return "strings need double quotes (\"), not single quotes";
        }
        if ((m = DUPLICATE.matcher(problem)).find()) return "the field '" + m.group(1) + "' is given twice";
        if (problem.contains("CTRL-CHAR") || problem.contains("Illegal unquoted character")) {
            return "a line break, tab or other control character inside a string must be written as an escape (\\n, \\t, \\u0001)";
        }
        if (problem.startsWith("Unrecognized character escape")) return "a backslash in a string starts an escape JSON does not know";
        if (problem.contains("end-of-input")) {
            Matcher opened = SOURCE.matcher(problem);
            if (problem.contains("string") || problem.contains("VALUE_STRING")) return "the file ends inside a string";
            if (opened.find()) return "the file ends before what opened at line " + opened.group(2) + ", column "
                    + opened.group(3) + " is closed";
            return "the file ends too early";
        }
        if ((m = UNRECOGNIZED.matcher(problem)).find()) {
            return "'" + m.group(1) + "' is not a value (expected a string in double quotes, a number, [, {, true, false or null)";
        }
        if (problem.startsWith("Unexpected close marker")) {
            Matcher opened = SOURCE.matcher(problem);
            return "a closing bracket that does not match" + (opened.find()
                    ? " what opened at line " + opened.group(2) + ", column " + opened.group(3) : "");
        }
        if ((m = CHARACTER.matcher(problem)).find()) {
            String c = m.group(1).replaceAll(" \\(code.*", "");
            if (problem.contains("field name")) return "expected a field name in double quotes, found " + c;
            if (problem.contains("comma")) return "expected a comma or a closing bracket, found " + c;
            if (problem.contains("colon")) return "expected a colon after the field name, found " + c;
            if (problem.contains("numeric value")) return "'" + c + "' does not belong in a number";
            return "'" + c + "' is not allowed here";
        }
        if (problem.startsWith("Invalid numeric value") || problem.contains("numeric value")) return "a number is written wrongly";
        if (problem.contains("surrogate")) return "half of a character pair stands alone";
        // Anything else: the parser's words without its notation.
        String rest = SOURCE.matcher(problem).replaceAll(" (opened at line $2, column $3)");
        rest = ANY_SOURCE.matcher(rest).replaceAll("");
        rest = CONSTRAINT.matcher(rest).replaceAll("");
        rest = ADVICE.matcher(rest).replaceAll("");
        rest = CODE.matcher(rest).replaceAll("").trim();
        if (rest.isEmpty() || NOT_ALLOWED.matcher(rest).find()) return "the text here is not valid JSON";
        return rest;
    }
}
