package org.backpropfx.export;

import java.util.Locale;

import org.backpropfx.notation.MathText;

/** Draws into an SVG document: text stays text (Unicode), so numbers can be searched and edited in the file. */
final class SvgCanvas implements VectorCanvas {
    private final StringBuilder body = new StringBuilder();

    @Override
    public void rectangle(double x, double y, double w, double h, Rgb fill, Rgb stroke, double strokeWidth) {
        body.append("  <rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" rx=\"").append(n(Math.min(w, h) * 0.12)).append('"')
                .append(paint(fill, stroke, strokeWidth, false)).append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double width, Rgb colour, boolean dashed) {
        body.append("  <line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(colour.hex()).append("\" stroke-width=\"")
                .append(n(width)).append('"').append(dashed ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, Rgb fill, Rgb stroke, double strokeWidth, boolean dashed) {
        body.append("  <circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append('"').append(paint(fill, stroke, strokeWidth, dashed)).append("/>\n");
    }

    @Override
    public void text(double x, double y, MathText text, double size, Anchor anchor, Rgb colour, boolean boxed) {
        String plain = text.toPlainText();
        if (boxed) {
            double w = TextWidth.estimate(plain, size) + 6;
            double h = size * 1.35;
            double left = switch (anchor) {
                case CENTER -> x - w / 2;
                case LEFT -> x - 3;
                case RIGHT -> x - w + 3;
            };
            body.append("  <rect x=\"").append(n(left)).append("\" y=\"").append(n(y - h / 2)).append("\" width=\"")
                    .append(n(w)).append("\" height=\"").append(n(h)).append("\" fill=\"#ffffff\" stroke=\"#c5ccd2\""
                            + " stroke-width=\"0.8\"/>\n");
        }
        String align = switch (anchor) {
            case CENTER -> "middle";
            case LEFT -> "start";
            case RIGHT -> "end";
        };
        body.append("  <text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append("\" text-anchor=\"").append(align).append("\" dominant-baseline=\"central\" fill=\"")
                .append(colour.hex()).append("\">").append(escape(plain)).append("</text>\n");
    }

    String document(double width, double height, String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + n(width) + "\" height=\"" + n(height)
                + "\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\" font-family=\"DejaVu Sans, Verdana, sans-serif\">\n"
                + "  <title>" + escape(title) + "</title>\n"
                + "  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
                + body + "</svg>\n";
    }

    private static String paint(Rgb fill, Rgb stroke, double strokeWidth, boolean dashed) {
        StringBuilder sb = new StringBuilder(" fill=\"").append(fill == null ? "none" : fill.hex()).append('"');
        if (stroke != null) {
            sb.append(" stroke=\"").append(stroke.hex()).append("\" stroke-width=\"").append(n(strokeWidth)).append('"');
            if (dashed) sb.append(" stroke-dasharray=\"4 3\"");
        }
        return sb.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String n(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}
