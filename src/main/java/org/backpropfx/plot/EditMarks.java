package org.backpropfx.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Points of a loss curve where a hand edit (a weight typed in, a sample changed) moved the loss: at each, the
 * loss of the edited network, drawn apart from the curve and marked as an edit. Written on the JavaFX thread
 * (edits pause training), read by the plots; synchronised like {@link LossHistory}.
 */
public final class EditMarks {
    /** An edit at position {@code x} of the curve's axis (epoch or sample number) that made the loss {@code loss}. */
    public record Mark(double x, double loss) {}

    private final List<Mark> marks = new ArrayList<>();
    private long version;

    public synchronized void add(double x, double loss) {
        if (!(loss >= 0) || !Double.isFinite(x)) {
            throw new IllegalArgumentException("an edit mark needs a finite position and a loss ≥ 0, not " + x + ", " + loss);
        }
        marks.add(new Mark(x, loss));
        version++;
    }

    public synchronized void clear() {
        marks.clear();
        version++;
    }

    /** The marks, oldest first. */
    public synchronized List<Mark> marks() { return List.copyOf(marks); }

    /** Changes whenever a mark is added or the marks are cleared. */
    public synchronized long version() { return version; }
}
