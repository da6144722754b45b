package org.backpropfx.stepper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every number a snapshot reveals, as raw bits, so two snapshots can be compared exactly: the one way the
 * tests say "the same phase of the same sample, the same numbers, bit for bit".
 */
public final class SnapshotValues {
    private SnapshotValues() {}

    /** The snapshot's numbers in a fixed order, as raw bits. */
    public static List<Long> of(Snapshot s) {
        return new ArrayList<>(named(s).values());
    }

    /** Fails, naming the first values that differ, unless the two snapshots show the same phase and numbers. */
    public static void assertSame(Snapshot actual, Snapshot expected) {
        assertThat(actual.describePhase()).as("phase").isEqualTo(expected.describePhase());
        assertThat(named(actual)).isEqualTo(named(expected));
    }

    /** The snapshot's numbers by name, as raw bits; a value not yet computed is left out. */
    private static Map<String, Long> named(Snapshot s) {
        Map<String, Long> bits = new LinkedHashMap<>();
        bits.put("phase", (long) s.phaseIndex());
        bits.put("sample", (long) s.sample());
        bits.put("epoch", s.epoch());
        for (int l = 0; l <= s.layerCount(); l++) {
            for (int j = 0; j < s.size(l); j++) {
                if (s.hasForward(l)) {
                    bits.put("out(" + l + "," + j + ")", Double.doubleToRawLongBits(s.out(l, j)));
                    if (l > 0) bits.put("net(" + l + "," + j + ")", Double.doubleToRawLongBits(s.net(l, j)));
                }
                if (s.hasDelta(l)) bits.put("delta(" + l + "," + j + ")", Double.doubleToRawLongBits(s.delta(l, j)));
                if (l == 0) continue;
                bits.put("bias(" + l + "," + j + ")", Double.doubleToRawLongBits(s.bias(l, j)));
                for (int i = 0; i < s.size(l - 1); i++) {
                    String w = "(" + l + "," + j + "," + i + ")";
                    bits.put("w" + w, Double.doubleToRawLongBits(s.weight(l, j, i)));
                    if (s.hasDelta(l)) bits.put("batchSum" + w, Double.doubleToRawLongBits(s.batchSum(l, j, i)));
                    if (s.hasUpdate()) bits.put("step" + w, Double.doubleToRawLongBits(s.step(l, j, i)));
                }
            }
        }
        if (s.hasError()) bits.put("loss", Double.doubleToRawLongBits(s.loss()));
        return bits;
    }
}
