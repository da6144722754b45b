package org.backpropfx.export;

/** How wide a line of text is in a sans-serif font, near enough to size the white box behind a label. */
final class TextWidth {
    private TextWidth() {}

    static double estimate(String text, double size) {
        double em = 0;
        for (char c : text.toCharArray()) {
            if (c == ' ' || c == '.' || c == ',' || c == '(' || c == ')' || c == '1') em += 0.36;
            else if (c >= '₀' && c <= '₉' || c >= '⁰' && c <= '⁹' || c == '⁻' || c == '¹' || c == '²' || c == '³') em += 0.4;
            else if (c == '→' || c == '−' || c == '=' || c == '×') em += 0.84;
            else em += 0.62;
        }
        return em * size;
    }
}
