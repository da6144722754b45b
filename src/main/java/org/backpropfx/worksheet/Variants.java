package org.backpropfx.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.DataSet;
import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Network;
import org.backpropfx.lesson.Lesson;

/**
 * Variants of a lesson for a class: the same network shape, activations, locks, settings and targets,
 * with other weights, biases and inputs drawn from a seed. Values are rounded to one decimal, as an
 * exercise done by hand wants them; none is zero, so every term of a sum counts. The same seed always
 * gives the same variants (SplittableRandom's sequence is fixed by its specification).
 */
public final class Variants {
    public static final int MAX_STUDENTS = 500;

    private Variants() {}

    public static List<Lesson> of(Lesson base, int students, long seed) {
        if (students < 1 || students > MAX_STUDENTS) {
            throw new IllegalArgumentException("students must be 1 to " + MAX_STUDENTS + ", not " + students);
        }
        SplittableRandom root = new SplittableRandom(seed);
        List<Lesson> lessons = new ArrayList<>(students);
        for (int k = 1; k <= students; k++) lessons.add(variant(base, k, students, root.split()));
        return lessons;
    }

    private static Lesson variant(Lesson base, int student, int students, SplittableRandom random) {
        Network network = base.network();
        double range = base.initRange() > 0 ? base.initRange() : 1.0;
        for (Layer layer : network.layers()) {
            for (int j = 0; j < layer.outputs(); j++) {
                for (int i = 0; i < layer.inputs(); i++) {
                    if (!layer.isWeightLocked(j, i)) layer.setWeight(j, i, draw(random, -range, range));
                }
                if (network.biasMode() != BiasMode.NONE && !layer.isBiasLocked(j)) {
                    layer.setBias(j, draw(random, -range, range));
                }
            }
        }
        DataSet data = base.data();
        double[][] inputs = data.inputsCopy();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] row : inputs) {
            for (double v : row) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        if (!(high - low >= 0.2)) {
            low = 0;
            high = 1;
        }
        for (double[] row : inputs) {
            for (int i = 0; i < row.length; i++) row[i] = draw(random, low, high);
        }
        String title = base.title() + " — student " + number(student, students);
        return new Lesson(title, base.note(), base.notation(), network, new DataSet(inputs, data.targetsCopy()),
                base.testData(), base.settings(), base.initMethod(), base.initRange(), base.seed(), base.classNames());
    }

    /** A value in [low, high] with one decimal, never 0. */
    private static double draw(SplittableRandom random, double low, double high) {
        for (int attempt = 0; ; attempt++) {
            double v = Math.round((low + (high - low) * random.nextDouble()) * 10) / 10.0;
            if (v != 0.0 || attempt > 20) return v == 0.0 ? 0.1 : v;
        }
    }

    /** "01" … "12" for twelve students; as many digits as the largest number needs, at least two. */
    public static String number(int student, int students) {
        int width = Math.max(2, Integer.toString(students).length());
        return String.format("%0" + width + "d", student);
    }
}
