package org.backpropfx.export;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.backpropfx.notation.MathText;

/**
 * Draws into a TikZ picture, in a document that compiles with a plain pdflatex and the tikz package alone.
 * Coordinates are the drawing's points, scaled to fit a page; y points down as in the drawing.
 */
final class TikzCanvas implements VectorCanvas {
    private final StringBuilder body = new StringBuilder();
    private final Map<Rgb, String> colours = new LinkedHashMap<>();
    private final double unit;

    /** @param unit points of the page per point of the drawing */
    TikzCanvas(double unit) {
        this.unit = unit;
    }

    @Override
    public void rectangle(double x, double y, double w, double h, Rgb fill, Rgb stroke, double strokeWidth) {
        body.append("  \\path[").append(style(fill, stroke, strokeWidth, false)).append("] (").append(n(x)).append(',')
                .append(n(y)).append(") rectangle (").append(n(x + w)).append(',').append(n(y + h)).append(");\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double width, Rgb colour, boolean dashed) {
        body.append("  \\draw[draw=").append(name(colour)).append(", line width=").append(n(width * unit)).append("pt")
                .append(dashed ? ", dashed" : "").append("] (").append(n(x1)).append(',').append(n(y1)).append(") -- (")
                .append(n(x2)).append(',').append(n(y2)).append(");\n");
    }

    @Override
    public void circle(double cx, double cy, double r, Rgb fill, Rgb stroke, double strokeWidth, boolean dashed) {
        body.append("  \\path[").append(style(fill, stroke, strokeWidth, dashed)).append("] (").append(n(cx)).append(',')
                .append(n(cy)).append(") circle[radius=").append(n(r * unit)).append("pt];\n");
    }

    @Override
    public void text(double x, double y, MathText text, double size, Anchor anchor, Rgb colour, boolean boxed) {
        String where = switch (anchor) {
            case CENTER -> "";
            case LEFT -> "anchor=west, ";
            case RIGHT -> "anchor=east, ";
        };
        String font = size * unit >= 9 ? "\\small" : size * unit >= 7.5 ? "\\footnotesize" : "\\scriptsize";
        body.append("  \\node[").append(where).append("font=").append(font).append(", text=").append(name(colour))
                .append(boxed ? ", fill=white, draw=" + name(new Rgb(0xc5, 0xcc, 0xd2)) + ", line width=0.3pt" : "")
                .append(", inner sep=1.2pt] at (").append(n(x)).append(',').append(n(y)).append(") {")
                .append(latex(text)).append("};\n");
    }

    String document(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append("% ").append(title.replace('\n', ' ')).append('\n');
        sb.append("\\documentclass{article}\n\\usepackage{tikz}\n\\pagestyle{empty}\n");
        sb.append("\\setlength{\\textwidth}{16cm}\\setlength{\\oddsidemargin}{-0.5cm}\n");
        sb.append("\\begin{document}\n\\noindent\n");
        sb.append(picture());
        sb.append("\\end{document}\n");
        return sb.toString();
    }

    /** The tikzpicture alone, for pasting into slides or an exam. */
    String picture() {
        StringBuilder sb = new StringBuilder();
        sb.append("\\begin{tikzpicture}[x=").append(n(unit)).append("pt, y=-").append(n(unit)).append("pt]\n");
        for (Map.Entry<Rgb, String> c : colours.entrySet()) {
            sb.append("  \\definecolor{").append(c.getValue()).append("}{RGB}{").append(c.getKey().red()).append(',')
                    .append(c.getKey().green()).append(',').append(c.getKey().blue()).append("}\n");
        }
        sb.append(body).append("\\end{tikzpicture}\n");
        return sb.toString();
    }

    private String style(Rgb fill, Rgb stroke, double strokeWidth, boolean dashed) {
        StringBuilder sb = new StringBuilder();
        sb.append(fill == null ? "fill=none" : "fill=" + name(fill));
        if (stroke != null) {
            sb.append(", draw=").append(name(stroke)).append(", line width=").append(n(strokeWidth * unit)).append("pt");
            if (dashed) sb.append(", dashed");
        }
        return sb.toString();
    }

    private String name(Rgb c) {
        return colours.computeIfAbsent(c, k -> "bp" + k.hex().substring(1));
    }

    /** Text runs as text (words upright, symbols in math), anything with indices or exponents in math mode. */
    static String latex(MathText text) {
        if (text.runs().size() == 1 && text.runs().get(0).style() == MathText.Style.NORMAL) {
            return latexText(text.runs().get(0).text());
        }
        return "$" + text.toLatex() + "$";
    }

    /** Plain text with the characters pdflatex does not know by themselves set in math. */
    static String latexText(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '−' -> sb.append("$-$");
                case '—' -> sb.append("---");
                case '→' -> sb.append("$\\rightarrow$");
                case '←' -> sb.append("$\\leftarrow$");
                case '×' -> sb.append("$\\times$");
                case '·' -> sb.append("$\\cdot$");
                case '∂' -> sb.append("$\\partial$");
                case 'Σ' -> sb.append("$\\Sigma$");
                case '½' -> sb.append("$\\frac12$");
                case '&', '%', '$', '#', '_', '{', '}' -> sb.append('\\').append(c);
                case '\\' -> sb.append("$\\backslash$");
                case '~' -> sb.append("$\\sim$");
                case '^' -> sb.append("\\^{}");
                default -> {
                    String greek = GREEK.get(c);
                    if (greek != null) sb.append('$').append(greek).append('$');
                    else if (c >= '₀' && c <= '₉') sb.append("$_").append(c - '₀').append('$');
                    else sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    private static final Map<Character, String> GREEK = Map.of('α', "\\alpha", 'β', "\\beta", 'γ', "\\gamma",
            'δ', "\\delta", 'η', "\\eta", 'μ', "\\mu", 'σ', "\\sigma", 'Δ', "\\Delta");

    private static String n(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}
