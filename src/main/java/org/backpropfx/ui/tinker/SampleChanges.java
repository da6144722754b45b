package org.backpropfx.ui.tinker;

import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;

import org.backpropfx.engine.DataSet;
import org.backpropfx.session.Edit;
import org.backpropfx.session.Edits;
import org.backpropfx.session.i18n.Texts;

/** Changes to the training samples that the table and the decision map make, each one undoable edit. */
public final class SampleChanges {
    private SampleChanges() {
    }

    /** Sets input (or target) {@code k} of sample {@code sample} (both 0-based), keeping its other values. */
    public static Edit setValue(DataSet now, int sample, boolean target, int k, double value) {
        double[] input = now.input(sample).clone();
        double[] wanted = now.target(sample).clone();
        if (target) wanted[k] = value;
        else input[k] = value;
        return Edits.setSample(now, sample, input, wanted);
    }

    /**
     * Deletes the samples at {@code indices} (0-based, in any order) as one edit.
     *
     * @throws IllegalArgumentException if none or all would go: a lesson needs at least one sample
     */
    public static Edit deleteSamples(DataSet now, List<Integer> indices) {
        TreeSet<Integer> gone = new TreeSet<>(indices);
        if (gone.isEmpty()) throw new IllegalArgumentException(Texts.get("samples.selectFirst"));
        if (gone.first() < 0 || gone.last() >= now.size()) {
            throw new IllegalArgumentException(Texts.get("samples.noSuch", gone.last() + 1));
        }
        if (gone.size() >= now.size()) {
            throw new IllegalArgumentException(Texts.get("samples.keepOne"));
        }
        if (gone.size() == 1) return Edits.deleteSample(now, gone.first());
        double[][] inputs = new double[now.size() - gone.size()][];
        double[][] targets = new double[inputs.length][];
        for (int s = 0, k = 0; s < now.size(); s++) {
            if (gone.contains(s)) continue;
            inputs[k] = now.input(s).clone();
            targets[k++] = now.target(s).clone();
        }
        return Edits.setData(new DataSet(inputs, targets), Texts.get("samples.deleteLabel", describe(gone)));
    }

    /** Appends a copy of sample {@code like} (0-based), to be edited from there. */
    public static Edit addCopyOf(DataSet now, int like) {
        return Edits.addSample(now, now.input(like), now.target(like));
    }

    private static String describe(TreeSet<Integer> samples) {
        if (samples.size() > 5) return Texts.get("samples.many", samples.size());
        StringJoiner names = new StringJoiner(", ");
        for (int s : samples) names.add(Integer.toString(s + 1));
        return Texts.get("samples.list", names.toString());
    }
}
