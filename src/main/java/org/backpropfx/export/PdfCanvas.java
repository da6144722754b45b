package org.backpropfx.export;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import org.backpropfx.notation.MathText;

/** Draws a {@link NetworkDrawing} onto a PDF page, as vectors, at a scale and place on the page. */
final class PdfCanvas implements VectorCanvas {
    private static final double BEZIER_CIRCLE = 0.5523;

    private final PDPageContentStream out;
    private final PdfPages pages;
    private final double left;
    private final double top;
    private final double scale;

    /** @param top the PDF y (from the foot of the page) of the drawing's top edge */
    PdfCanvas(PDPageContentStream out, PdfPages pages, double left, double top, double scale) {
        this.out = out;
        this.pages = pages;
        this.left = left;
        this.top = top;
        this.scale = scale;
    }

    private float x(double x) { return (float) (left + x * scale); }

    private float y(double y) { return (float) (top - y * scale); }

    @Override
    public void rectangle(double x, double y, double w, double h, Rgb fill, Rgb stroke, double strokeWidth) {
        try {
            out.addRect(x(x), y(y + h), (float) (w * scale), (float) (h * scale));
            paint(fill, stroke, strokeWidth, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double width, Rgb colour, boolean dashed) {
        try {
            out.setStrokingColor(colour.red() / 255f, colour.green() / 255f, colour.blue() / 255f);
            out.setLineWidth((float) (width * scale));
            out.setLineDashPattern(dashed ? new float[] {6f * (float) scale, 4f * (float) scale} : new float[0], 0);
            out.moveTo(x(x1), y(y1));
            out.lineTo(x(x2), y(y2));
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void circle(double cx, double cy, double r, Rgb fill, Rgb stroke, double strokeWidth, boolean dashed) {
        try {
            float k = (float) (BEZIER_CIRCLE * r * scale);
            float px = x(cx);
            float py = y(cy);
            float rr = (float) (r * scale);
            out.moveTo(px + rr, py);
            out.curveTo(px + rr, py + k, px + k, py + rr, px, py + rr);
            out.curveTo(px - k, py + rr, px - rr, py + k, px - rr, py);
            out.curveTo(px - rr, py - k, px - k, py - rr, px, py - rr);
            out.curveTo(px + k, py - rr, px + rr, py - k, px + rr, py);
            out.closePath();
            paint(fill, stroke, strokeWidth, dashed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(double x, double y, MathText text, double size, Anchor anchor, Rgb colour, boolean boxed) {
        String plain = pages.printable(text.toPlainText());
        float fontSize = (float) (size * scale);
        PDFont font = pages.font();
        try {
            float width = pages.width(plain, font, fontSize);
            float start = switch (anchor) {
                case CENTER -> x(x) - width / 2;
                case LEFT -> x(x);
                case RIGHT -> x(x) - width;
            };
            if (boxed) {
                float pad = fontSize * 0.25f;
                out.addRect(start - pad, y(y) - fontSize * 0.62f, width + 2 * pad, fontSize * 1.24f);
                paint(Rgb.WHITE, new Rgb(0xc5, 0xcc, 0xd2), 0.6 / scale, false);
            }
            out.setNonStrokingColor(colour.red() / 255f, colour.green() / 255f, colour.blue() / 255f);
            out.beginText();
            out.setFont(font, fontSize);
            out.newLineAtOffset(start, y(y) - fontSize * 0.35f);
            out.showText(plain);
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void paint(Rgb fill, Rgb stroke, double strokeWidth, boolean dashed) throws IOException {
        if (fill != null) out.setNonStrokingColor(fill.red() / 255f, fill.green() / 255f, fill.blue() / 255f);
        if (stroke != null) {
            out.setStrokingColor(stroke.red() / 255f, stroke.green() / 255f, stroke.blue() / 255f);
            out.setLineWidth((float) (strokeWidth * scale));
            out.setLineDashPattern(dashed ? new float[] {4f * (float) scale, 3f * (float) scale} : new float[0], 0);
        }
        if (fill != null && stroke != null) out.fillAndStroke();
        else if (fill != null) out.fill();
        else if (stroke != null) out.stroke();
    }
}
