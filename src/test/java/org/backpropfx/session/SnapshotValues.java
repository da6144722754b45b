package org.backpropfx.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.backpropfx.stepper.Snapshot;

/** Compares two snapshots value by value: the same phase of the same sample, the same numbers, bit for bit. */
final class SnapshotValues {
    private SnapshotValues() {
    }

    static void assertSame(Snapshot actual, Snapshot expected) {
        assertThat(actual.phaseIndex()).as("phase").isEqualTo(expected.phaseIndex());
        assertThat(actual.sample()).as("sample").isEqualTo(expected.sample());
        assertThat(actual.epoch()).as("epoch").isEqualTo(expected.epoch());
        assertThat(actual.describePhase()).isEqualTo(expected.describePhase());
        assertThat(actual.hasError()).isEqualTo(expected.hasError());
        if (expected.hasError()) assertThat(actual.loss()).as("loss").isEqualTo(expected.loss());
        assertThat(actual.hasUpdate()).isEqualTo(expected.hasUpdate());
        for (int l = 1; l <= expected.layerCount(); l++) {
            assertThat(actual.hasForward(l)).as("forward %d known", l).isEqualTo(expected.hasForward(l));
            assertThat(actual.hasDelta(l)).as("delta %d known", l).isEqualTo(expected.hasDelta(l));
            for (int j = 0; j < expected.size(l); j++) {
                if (expected.hasForward(l)) {
                    assertThat(actual.net(l, j)).as("net(%d,%d)", l, j).isEqualTo(expected.net(l, j));
                    assertThat(actual.out(l, j)).as("out(%d,%d)", l, j).isEqualTo(expected.out(l, j));
                }
                if (expected.hasDelta(l)) {
                    assertThat(actual.delta(l, j)).as("delta(%d,%d)", l, j).isEqualTo(expected.delta(l, j));
                }
                assertThat(actual.bias(l, j)).as("bias(%d,%d)", l, j).isEqualTo(expected.bias(l, j));
                for (int i = 0; i < expected.size(l - 1); i++) {
                    assertThat(actual.weight(l, j, i)).as("w(%d,%d,%d)", l, j, i).isEqualTo(expected.weight(l, j, i));
                }
            }
        }
    }
}
