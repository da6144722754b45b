package org.backpropfx.lesson;

/** Text as people count it: characters are code points, and blanks are every kind of Unicode space. */
final class Texts {
    private Texts() {}

    static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Whether nothing would show: only spaces of any kind (no-break, thin, ideographic…), line breaks,
     * zero-width and other invisible format characters, or control characters.
     */
    static boolean isBlank(String text) {
        return text.codePoints().allMatch(Texts::isInvisible);
    }

    private static boolean isInvisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return true;
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    }

    /** The index of the first half of a surrogate pair that stands alone, or −1. */
    static int loneSurrogate(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isHighSurrogate(c) && k + 1 < text.length() && Character.isLowSurrogate(text.charAt(k + 1))) {
                k++;
            } else if (Character.isSurrogate(c)) {
                return k;
            }
        }
        return -1;
    }

    static void requireWhole(String text, String what) {
        int at = loneSurrogate(text);
        if (at >= 0) {
            throw new IllegalArgumentException(what + " holds half a character (\\u"
                    + Integer.toHexString(text.charAt(at)) + " alone) at character " + (text.codePointCount(0, at) + 1));
        }
    }
}
