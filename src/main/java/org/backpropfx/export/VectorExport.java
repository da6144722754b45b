package org.backpropfx.export;

import org.backpropfx.notation.Notation;
import org.backpropfx.stepper.Snapshot;

/** The network at one step as an SVG file or a TikZ picture for slides and exams. */
public final class VectorExport {
    /** TikZ pictures are scaled to this width on the page (16 cm). */
    private static final double PAGE_WIDTH_PT = 453;

    public enum Format {
        SVG(".svg"), TIKZ(".tex");

        private final String extension;

        Format(String extension) { this.extension = extension; }

        public String extension() { return extension; }
    }

    private VectorExport() {}

    public static String svg(String lessonTitle, Snapshot s, Notation notation, int digits) {
        NetworkDrawing drawing = NetworkDrawing.of(new ShownValues(s, notation, digits));
        SvgCanvas canvas = new SvgCanvas();
        drawing.paint(canvas);
        return canvas.document(drawing.width(), drawing.height(), lessonTitle + " — " + drawing.values().heading());
    }

    public static String tikz(String lessonTitle, Snapshot s, Notation notation, int digits) {
        NetworkDrawing drawing = NetworkDrawing.of(new ShownValues(s, notation, digits));
        TikzCanvas canvas = new TikzCanvas(Math.min(1.0, PAGE_WIDTH_PT / drawing.width()));
        drawing.paint(canvas);
        return canvas.document(lessonTitle + " — " + drawing.values().heading());
    }

    public static String write(Format format, String lessonTitle, Snapshot s, Notation notation, int digits) {
        return format == Format.SVG ? svg(lessonTitle, s, notation, digits) : tikz(lessonTitle, s, notation, digits);
    }
}
