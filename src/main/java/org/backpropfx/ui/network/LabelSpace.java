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
    private final double width;
    private final double height;

    LabelSpace(double width, double height) {
        this.width = width;
        this.height = height;
    }

    void take(Box box) { taken.add(box); }

    boolean isFree(Box box) {
        if (!box.inside(width, height)) return false;
        for (Box t : taken) {
            if (t.overlaps(box)) return false;
        }
        return true;
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
