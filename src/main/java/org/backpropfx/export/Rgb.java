package org.backpropfx.export;

/** An opaque colour, as the window's light theme draws it. */
public record Rgb(int red, int green, int blue) {
    public static final Rgb POSITIVE = new Rgb(0x00, 0x72, 0xB2);
    public static final Rgb NEGATIVE = new Rgb(0xE6, 0x9F, 0x00);
    public static final Rgb ACCENT = new Rgb(0x00, 0x9E, 0x73);
    public static final Rgb TEXT = new Rgb(0x1b, 0x1b, 0x1b);
    public static final Rgb MUTED = new Rgb(0x5f, 0x5f, 0x5f);
    public static final Rgb WHITE = new Rgb(0xff, 0xff, 0xff);
    public static final Rgb NEURON_FILL = new Rgb(0xf4, 0xf6, 0xf8);
    public static final Rgb NEURON_STROKE = new Rgb(0x37, 0x47, 0x4f);
    public static final Rgb EMPTY_STROKE = new Rgb(0x9a, 0xa4, 0xab);
    public static final Rgb ACTIVE_BAND = new Rgb(0xff, 0xf4, 0xcc);

    /** This colour mixed with white: 1 keeps it, 0 gives white (for the edges outside the phase's layer). */
    public Rgb faded(double keep) {
        return new Rgb(mix(red, keep), mix(green, keep), mix(blue, keep));
    }

    private static int mix(int c, double keep) { return (int) Math.round(255 + (c - 255) * keep); }

    /** "#0072b2". */
    public String hex() { return String.format("#%02x%02x%02x", red, green, blue); }
}
