package org.backpropfx.notation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small piece of typeset mathematics: a list of runs of text, each upright, italic (a variable), a
 * subscript or a superscript. The formula panel draws the runs; the trace prints them as plain
 * Unicode, Markdown or LaTeX. Immutable.
 *
 * <p>Runs hold Unicode (α, −, ×, Σ, ∂ …); the LaTeX rendering translates those characters.
 */
public final class MathText {

    /** How a run is set. */
    public enum Style {
        /** Upright: numbers, operators, function names. */
        NORMAL,
        /** Italic: a variable's letter. */
        SYMBOL,
        /** Lowered and smaller: an index. */
        SUBSCRIPT,
        /** Raised and smaller: an exponent. */
        SUPERSCRIPT
    }

    /** One run of text in one style. */
    public record Run(String text, Style style) {
        public Run {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    public static final MathText EMPTY = new MathText(List.of());

    private final List<Run> runs;

    private MathText(List<Run> runs) { this.runs = List.copyOf(runs); }

    public static MathText of(List<Run> runs) { return new MathText(runs); }

    /** Upright text. */
    public static MathText text(String text) { return builder().text(text).build(); }

    /** A variable's letter, italic. */
    public static MathText symbol(String symbol) { return builder().symbol(symbol).build(); }

    public static Builder builder() { return new Builder(); }

    public List<Run> runs() { return runs; }

    public boolean isEmpty() { return runs.isEmpty(); }

    /** This text followed by {@code other}. */
    public MathText append(MathText other) {
        List<Run> all = new ArrayList<>(runs);
        all.addAll(other.runs);
        return new MathText(all);
    }

    /** The parts joined by {@code separator} (upright). */
    public static MathText join(String separator, List<MathText> parts) {
        Builder b = builder();
        for (int p = 0; p < parts.size(); p++) {
            if (p > 0) b.text(separator);
            b.append(parts.get(p));
        }
        return b.build();
    }

    // --- renderings ------------------------------------------------------------------------------

    /**
     * Unicode text: indices become subscript characters (w₁₂) and exponents superscript ones (β²)
     * where Unicode has them; otherwise {@code _(…)} and {@code ^(…)}.
     */
    public String toPlainText() {
        StringBuilder sb = new StringBuilder();
        for (Run run : runs) {
            switch (run.style()) {
                case NORMAL, SYMBOL -> sb.append(run.text());
                case SUBSCRIPT -> sb.append(raised(run.text(), SUBSCRIPTS, "_"));
                case SUPERSCRIPT -> sb.append(raised(run.text(), SUPERSCRIPTS, "^"));
            }
        }
        return sb.toString();
    }

    /** LaTeX math-mode source, without surrounding dollars. */
    public String toLatex() {
        StringBuilder sb = new StringBuilder();
        for (Run run : runs) {
            switch (run.style()) {
                case NORMAL -> sb.append(latexUpright(run.text()));
                case SYMBOL -> sb.append(latexChars(run.text()));
                case SUBSCRIPT -> sb.append("_{").append(latexChars(run.text())).append('}');
                case SUPERSCRIPT -> sb.append("^{").append(latexChars(run.text())).append('}');
            }
        }
        return sb.toString().trim();
    }

    /** Markdown: the LaTeX between single dollars, as GitHub, MathJax and KaTeX render it. */
    public String toMarkdown() { return isEmpty() ? "" : "$" + toLatex() + "$"; }

    @Override public String toString() { return toPlainText(); }

    @Override public boolean equals(Object o) { return o instanceof MathText other && runs.equals(other.runs); }

    @Override public int hashCode() { return runs.hashCode(); }

    // --- builder ---------------------------------------------------------------------------------

    /** Collects runs; adjacent runs of one style are merged. */
    public static final class Builder {
        private final List<Run> runs = new ArrayList<>();

        private Builder() {}

        public Builder text(String text) { return add(text, Style.NORMAL); }

        /**
         * A variable. Trailing Unicode subscript digits (as in {@code "w₀"}) become a subscript run,
         * so that LaTeX and the panel set them properly.
         */
        public Builder symbol(String symbol) {
            int cut = symbol.length();
            while (cut > 0 && SUBSCRIPT_DIGITS.indexOf(symbol.charAt(cut - 1)) >= 0) cut--;
            add(symbol.substring(0, cut), Style.SYMBOL);
            if (cut < symbol.length()) {
                StringBuilder digits = new StringBuilder();
                for (char c : symbol.substring(cut).toCharArray()) digits.append(SUBSCRIPT_DIGITS.indexOf(c));
                sub(digits.toString());
            }
            return this;
        }

        public Builder sub(String index) { return add(index, Style.SUBSCRIPT); }

        public Builder sup(String exponent) { return add(exponent, Style.SUPERSCRIPT); }

        public Builder append(MathText other) {
            for (Run r : other.runs) add(r.text(), r.style());
            return this;
        }

        private Builder add(String text, Style style) {
            if (text.isEmpty()) return this;
            int last = runs.size() - 1;
            if (last >= 0 && runs.get(last).style() == style) {
                runs.set(last, new Run(runs.get(last).text() + text, style));
            } else {
                runs.add(new Run(text, style));
            }
            return this;
        }

        public MathText build() { return new MathText(runs); }
    }

    // --- character tables ------------------------------------------------------------------------

    private static final String SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉";
    private static final Map<Character, Character> SUBSCRIPTS = table(
            "0123456789+−-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ");
    private static final Map<Character, Character> SUPERSCRIPTS = table(
            "0123456789+−-=()in", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁱⁿ");

    private static final Map<Character, String> LATEX = Map.ofEntries(
            Map.entry('α', "\\alpha "), Map.entry('Δ', "\\Delta "), Map.entry('β', "\\beta "), Map.entry('γ', "\\gamma "),
            Map.entry('δ', "\\delta "), Map.entry('η', "\\eta "), Map.entry('μ', "\\mu "),
            Map.entry('σ', "\\sigma "), Map.entry('Σ', "\\sum "), Map.entry('∂', "\\partial "),
            Map.entry('×', "\\times "), Map.entry('·', "\\cdot "), Map.entry('−', "-"),
            Map.entry('←', "\\leftarrow "), Map.entry('→', "\\rightarrow "), Map.entry('′', "'"), Map.entry('…', "\\ldots "),
            Map.entry('≈', "\\approx "), Map.entry('½', "\\tfrac{1}{2}"), Map.entry('{', "\\{"),
            Map.entry('}', "\\}"), Map.entry('%', "\\%"), Map.entry('#', "\\#"), Map.entry('&', "\\&"),
            Map.entry('_', "\\_"), Map.entry('$', "\\$"), Map.entry('\\', "\\backslash "));

    private static Map<Character, Character> table(String from, String to) {
        HashMap<Character, Character> map = new HashMap<>();
        for (int k = 0; k < from.length(); k++) map.put(from.charAt(k), to.charAt(k));
        return Map.copyOf(map);
    }

    private static String raised(String text, Map<Character, Character> table, String marker) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            Character mapped = table.get(c);
            if (mapped == null) {
                return text.length() == 1 ? marker + text : marker + "(" + text + ")";
            }
            sb.append(mapped);
        }
        return sb.toString();
    }

    private static String latexChars(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            String mapped = LATEX.get(c);
            if (mapped != null) sb.append(mapped);
            else if (SUBSCRIPT_DIGITS.indexOf(c) >= 0) sb.append("_{").append(SUBSCRIPT_DIGITS.indexOf(c)).append('}');
            else sb.append(c);
        }
        return sb.toString();
    }

    /** Words in upright runs (tanh, max, e, locked) are set upright; the spaces between words are kept. */
    private static String latexUpright(String text) {
        StringBuilder sb = new StringBuilder();
        int k = 0;
        while (k < text.length()) {
            char c = text.charAt(k);
            if (Character.isLetter(c) && c < 128) {
                int end = k;
                while (end < text.length() && Character.isLetter(text.charAt(end)) && text.charAt(end) < 128) end++;
                sb.append("\\mathrm{").append(text, k, end).append('}');
                k = end;
            } else if (c == ' ') {
                boolean betweenWords = k > 0 && k + 1 < text.length() && Character.isLetter(text.charAt(k - 1))
                        && Character.isLetter(text.charAt(k + 1));
                sb.append(betweenWords ? "\\ " : " ");
                k++;
            } else {
                sb.append(latexChars(String.valueOf(c)));
                k++;
            }
        }
        return sb.toString();
    }
}
