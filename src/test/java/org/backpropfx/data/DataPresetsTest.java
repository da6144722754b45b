package org.backpropfx.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backpropfx.data.DataPresets.Preset;
import org.backpropfx.engine.DataSet;
import org.junit.jupiter.api.Test;

class DataPresetsTest {

    @Test
    void truthTables() {
        assertTarget(DataPresets.create(Preset.AND, 0, 0, 0), 0, 0, 0, 1);
        assertTarget(DataPresets.create(Preset.OR, 0, 0, 0), 0, 1, 1, 1);
        assertTarget(DataPresets.create(Preset.XOR, 0, 0, 0), 0, 1, 1, 0);
        DataSet single = DataPresets.create(Preset.SINGLE_WEIGHT, 0, 0, 0);
        assertEquals(1.5, single.input(0)[0]);
        assertEquals(0.5, single.target(0)[0]);
    }

    private static void assertTarget(DataSet data, double... targets) {
        assertEquals(targets.length, data.size());
        for (int s = 0; s < targets.length; s++) assertEquals(targets[s], data.target(s)[0]);
    }

    @Test
    void randomSetsAreReproducibleBalancedAndSized() {
        for (Preset preset : new Preset[] {Preset.CIRCLE, Preset.TWO_GAUSSIANS, Preset.SPIRAL}) {
            DataSet a = DataPresets.create(preset, 101, 0.3, 5);
            assertEquals(a, DataPresets.create(preset, 101, 0.3, 5), preset.label());
            assertNotEquals(a, DataPresets.create(preset, 101, 0.3, 6), preset.label());
            assertEquals(101, a.size());
            int ones = 0;
            for (int s = 0; s < a.size(); s++) ones += (int) a.target(s)[0];
            assertEquals(51, ones, preset.label());
        }
    }

    @Test
    void cleanCircleSeparatesItsClassesByRadius() {
        DataSet circle = DataPresets.create(Preset.CIRCLE, 200, 0, 1);
        for (int s = 0; s < circle.size(); s++) {
            double r = Math.hypot(circle.input(s)[0], circle.input(s)[1]);
            assertTrue(circle.target(s)[0] == 1 ? r < 0.5 : r > 0.55, "r " + r);
        }
    }

    @Test
    void boundsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> DataPresets.create(Preset.SPIRAL, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> DataPresets.create(Preset.SPIRAL, 10, 1.5, 0));
        assertThrows(IllegalArgumentException.class, () -> DataPresets.create(Preset.SPIRAL, 10, Double.NaN, 0));
    }
}
