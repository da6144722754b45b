package org.backpropfx.ui.network;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of the view already taken, for greedy label placement: a label goes to the first of its
 * candidate places that is free, or is left out. Labels are few (dense layers only label what the
 * user points at), so a list is fast enough.
 */
final class LabelSpace {
    private final List<Box> taken = new ArrayList<>();
    /** Leader lines drawn so far, as x0, y0, x1, y1: no later label may cover one. */
    private final List<double[]> lines = new ArrayList<>();
    private final double width;
    private final double height;

    LabelSpace(double width, double height) {
        this.width = width;
        this.height = height;
    }

    void take(Box box) { taken.add(box); }

    /** Keeps later labels off a leader line. */
    void takeLine(double x0, double y0, double x1, double y1) { lines.add(new double[] {x0, y0, x1, y1}); }

    boolean isFree(Box box) {
        if (!box.inside(width, height)) return false;
        for (Box t : taken) {
            if (t.overlaps(box)) return false;
        }
        for (double[] l : lines) {
            if (box.crossedBy(l[0], l[1], l[2], l[3])) return false;
        }
        return true;
    }

    /** Whether the segment passes through anything taken (a label, a neuron, the caption's or names' rows). */
    boolean crossedBy(double x0, double y0, double x1, double y1) {
        for (Box t : taken) {
            if (t.crossedBy(x0, y0, x1, y1)) return true;
        }
        return false;
    }

    /** Takes and returns the first free candidate, or null if none is. */
    Box takeFirstFree(List<Box> candidates) {
        for (Box b : candidates) {
            if (isFree(b)) {
                taken.add(b);
                return b;
            }
        }
        return null;
    }
}
