package org.backpropfx.stepper;

import java.util.ArrayList;
import java.util.List;

/** Every number a snapshot reveals, as raw bits, so two snapshots can be compared exactly. */
final class SnapshotValues {
    private SnapshotValues() {}

    static List<Long> of(Snapshot s) {
        List<Long> bits = new ArrayList<>();
        bits.add((long) s.phaseIndex());
        bits.add((long) s.sample());
        bits.add(s.epoch());
        for (int l = 0; l <= s.layerCount(); l++) {
            for (int j = 0; j < s.size(l); j++) {
                if (s.hasForward(l)) {
                    bits.add(Double.doubleToRawLongBits(s.out(l, j)));
                    if (l > 0) bits.add(Double.doubleToRawLongBits(s.net(l, j)));
                }
                if (s.hasDelta(l)) bits.add(Double.doubleToRawLongBits(s.delta(l, j)));
                if (l == 0) continue;
                bits.add(Double.doubleToRawLongBits(s.bias(l, j)));
                for (int i = 0; i < s.size(l - 1); i++) {
                    bits.add(Double.doubleToRawLongBits(s.weight(l, j, i)));
                    if (s.hasDelta(l)) bits.add(Double.doubleToRawLongBits(s.batchSum(l, j, i)));
                    if (s.hasUpdate()) bits.add(Double.doubleToRawLongBits(s.step(l, j, i)));
                }
            }
        }
        if (s.hasError()) bits.add(Double.doubleToRawLongBits(s.loss()));
        return bits;
    }
}
