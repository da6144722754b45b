package org.backpropfx.ui.network;

/** An axis-aligned rectangle in the view's coordinates, for label placement and hit testing. */
record Box(double x, double y, double w, double h) {

    static Box centred(double cx, double cy, double w, double h) { return new Box(cx - w / 2, cy - h / 2, w, h); }

    boolean overlaps(Box o) {
        return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    boolean contains(double px, double py) { return px >= x && px <= x + w && py >= y && py <= y + h; }

    boolean inside(double width, double height) { return x >= 0 && y >= 0 && x + w <= width && y + h <= height; }

    double centreX() { return x + w / 2; }

    double centreY() { return y + h / 2; }
}
