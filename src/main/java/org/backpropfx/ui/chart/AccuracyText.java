package org.backpropfx.ui.chart;

import java.util.Locale;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.engine.ConfusionMatrix;
import org.backpropfx.session.ClassCounts;

/** How accuracies are written wherever they are shown: a percentage with one decimal, and its counts when asked. */
public final class AccuracyText {
    private AccuracyText() {}

    /** "accuracy: training 93.3 % · test 88.9 %"; "" without counts (not a classification lesson, or not counted yet). */
    public static String of(ClassCounts.Counts counts) {
        if (counts == null) return "";
        return counts.test() == null ? Texts.get("accuracy.training", percent(counts.training()))
                : Texts.get("accuracy.both", percent(counts.training()), percent(counts.test()));
    }

    /** "93.3 %" (the share of the samples on the diagonal); "–" for no samples. */
    public static String percent(ConfusionMatrix m) {
        double a = m.accuracy();
        return Double.isNaN(a) ? "–" : Texts.decimal(String.format(Locale.ROOT, "%.1f", 100.0 * a)) + " %";
    }

    /** "28 of 30 right (93.3 %)". */
    public static String counted(ConfusionMatrix m) {
        return Texts.get("accuracy.counted", m.correct(), m.total(), percent(m));
    }
}
