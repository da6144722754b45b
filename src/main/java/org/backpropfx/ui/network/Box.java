package org.backpropfx.ui.network;

import javafx.geometry.Point2D;

/** An axis-aligned rectangle in the view's coordinates, for label placement and hit testing. */
record Box(double x, double y, double w, double h) {

    static Box centred(double cx, double cy, double w, double h) { return new Box(cx - w / 2, cy - h / 2, w, h); }

    boolean overlaps(Box o) {
        return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    boolean contains(double px, double py) { return px >= x && px <= x + w && py >= y && py <= y + h; }

    boolean inside(double width, double height) { return x >= 0 && y >= 0 && x + w <= width && y + h <= height; }

    /** Whether the segment from (x0, y0) to (x1, y1) passes through the box (Liang–Barsky clipping). */
    boolean crossedBy(double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - x, x + w - x0, y0 - y, y + h - y0};
        double t0 = 0;
        double t1 = 1;
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) return false;
                continue;
            }
            double t = q[k] / p[k];
            if (p[k] < 0) t0 = Math.max(t0, t);
            else t1 = Math.min(t1, t);
            if (t0 > t1) return false;
        }
        return true;
    }

    /** The point of the box nearest to p (p itself if inside). */
    Point2D nearestTo(Point2D p) {
        return new Point2D(Math.max(x, Math.min(x + w, p.getX())), Math.max(y, Math.min(y + h, p.getY())));
    }

    double centreX() { return x + w / 2; }

    double centreY() { return y + h / 2; }
}
