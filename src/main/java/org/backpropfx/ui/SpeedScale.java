package org.backpropfx.ui;

import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;
import java.util.Locale;

/**
 * The speed slider's scale: logarithmic, so that one phase per second and tens of thousands are both
 * within reach; its right end means full speed.
 */
final class SpeedScale {
    /** Slider position of full speed; position p below it is 10^p phases per second. */
    static final double FULL_POSITION = 5.0;

    private SpeedScale() {
    }

    static double speedAt(double position) {
        if (position >= FULL_POSITION) return LessonSession.FULL_SPEED;
        return Math.pow(10.0, Math.max(0.0, position));
    }

    static double positionOf(double phasesPerSecond) {
        if (Double.isInfinite(phasesPerSecond)) return FULL_POSITION;
        return Math.max(0.0, Math.min(FULL_POSITION, Math.log10(phasesPerSecond)));
    }

    /** Texts.get("speed.one"), "250 phases/s", "12k phases/s", Texts.get("speed.full"). */
    static String describe(double phasesPerSecond) {
        if (Double.isInfinite(phasesPerSecond)) return Texts.get("speed.full");
        long rounded = Math.round(phasesPerSecond);
        if (rounded == 1) return Texts.get("speed.one");
        if (rounded >= 10_000) return Texts.get("speed.thousands", Long.toString(Math.round(phasesPerSecond / 1000.0)));
        if (rounded >= 1_000) return Texts.get("speed.thousands", Texts.decimal(String.format(Locale.ROOT, "%.1f", phasesPerSecond / 1000.0)));
        return Texts.get("speed.many", Long.toString(rounded));
    }
}
