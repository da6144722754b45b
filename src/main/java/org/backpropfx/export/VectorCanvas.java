package org.backpropfx.export;

import org.backpropfx.notation.MathText;

/**
 * Where a {@link NetworkDrawing} draws itself: SVG, TikZ or a PDF page. Coordinates are points with y
 * growing downwards, as on screen.
 */
public interface VectorCanvas {
    enum Anchor { CENTER, LEFT, RIGHT }

    void rectangle(double x, double y, double width, double height, Rgb fill, Rgb stroke, double strokeWidth);

    void line(double x1, double y1, double x2, double y2, double width, Rgb colour, boolean dashed);

    void circle(double cx, double cy, double r, Rgb fill, Rgb stroke, double strokeWidth, boolean dashed);

    /** Text centred vertically on y; a label box, when {@code boxed}, is drawn behind it in white. */
    void text(double x, double y, MathText text, double size, Anchor anchor, Rgb colour, boolean boxed);
}
