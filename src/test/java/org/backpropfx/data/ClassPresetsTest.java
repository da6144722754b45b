package org.backpropfx.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.backpropfx.data.DataPresets.Preset;
import org.backpropfx.engine.DataSet;
import org.junit.jupiter.api.Test;

/** The presets with three classes: one-hot targets, balanced, reproducible; iris as Fisher published it. */
class ClassPresetsTest {
    private static int classOf(double[] target) {
        int ones = 0;
        int k = -1;
        for (int c = 0; c < target.length; c++) {
            if (target[c] == 1.0) {
                ones++;
                k = c;
            } else {
                assertThat(target[c]).isEqualTo(0.0);
            }
        }
        assertThat(ones).as("one-hot").isEqualTo(1);
        return k;
    }

    @Test
    void blobsAndTheThreeArmSpiralAreBalancedOneHotAndReproducible() {
        for (Preset preset : new Preset[] {Preset.THREE_BLOBS, Preset.THREE_ARM_SPIRAL}) {
            DataSet a = DataPresets.create(preset, 100, 0.2, 3);
            assertThat(a).as(preset.label()).isEqualTo(DataPresets.create(preset, 100, 0.2, 3));
            assertThat(a).as(preset.label()).isNotEqualTo(DataPresets.create(preset, 100, 0.2, 4));
            assertThat(a.inputSize()).isEqualTo(2);
            assertThat(a.targetSize()).isEqualTo(3);
            int[] perClass = new int[3];
            for (int s = 0; s < a.size(); s++) perClass[classOf(a.target(s))]++;
            assertThat(perClass).as(preset.label()).containsExactly(34, 33, 33);
        }
    }

    @Test
    void cleanBlobsLieNearestTheirOwnCentre() {
        DataSet blobs = DataPresets.create(Preset.THREE_BLOBS, 300, 0, 1);
        for (int s = 0; s < blobs.size(); s++) {
            double[] x = blobs.input(s);
            int nearest = 0;
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < 3; k++) {
                double angle = Math.PI / 2 + k * 2 * Math.PI / 3;
                double d = Math.hypot(x[0] - 0.55 * Math.cos(angle), x[1] - 0.55 * Math.sin(angle));
                if (d < best) {
                    best = d;
                    nearest = k;
                }
            }
            assertThat(nearest).as("sample %d", s).isEqualTo(classOf(blobs.target(s)));
        }
    }

    @Test
    void irisHasFishersHundredAndFiftyFlowersAndTheirMeans() {
        DataSet iris = DataPresets.create(Preset.IRIS, 0, 0, 0);
        assertThat(iris.size()).isEqualTo(150);
        assertThat(iris.inputSize()).isEqualTo(4);
        assertThat(iris.targetSize()).isEqualTo(3);
        assertThat(iris.input(0)).containsExactly(5.1, 3.5, 1.4, 0.2);
        assertThat(iris.input(34)).as("sample 35 as Fisher printed it").containsExactly(4.9, 3.1, 1.5, 0.2);
        assertThat(iris.input(37)).as("sample 38 as Fisher printed it").containsExactly(4.9, 3.6, 1.4, 0.1);
        assertThat(iris.input(149)).containsExactly(5.9, 3.0, 5.1, 1.8);
        // The species' means as published (e.g. R's datasets::iris): setosa 5.006 3.428 1.462 0.246, …
        double[][] means = {{5.006, 3.428, 1.462, 0.246}, {5.936, 2.770, 4.260, 1.326}, {6.588, 2.974, 5.552, 2.026}};
        for (int k = 0; k < 3; k++) {
            double[] sum = new double[4];
            for (int s = 50 * k; s < 50 * (k + 1); s++) {
                assertThat(classOf(iris.target(s))).isEqualTo(k);
                for (int i = 0; i < 4; i++) sum[i] += iris.input(s)[i];
            }
            for (int i = 0; i < 4; i++) assertThat(sum[i] / 50).as("species %d feature %d", k, i).isCloseTo(means[k][i], within(1e-9));
        }
    }
}
