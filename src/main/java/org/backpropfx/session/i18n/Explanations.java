package org.backpropfx.session.i18n;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.Loss;
import org.backpropfx.notation.Notation;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.Snapshot;

/**
 * A few plain sentences for each phase, in the window's language: what is being computed and why, in the
 * notation on screen. The symbols come from the {@link Notation}; the sentences from the bundles ("why.*").
 */
public final class Explanations {
    private Explanations() {
    }

    public static String explain(Snapshot snapshot, Notation n) {
        Phase phase = snapshot.phase();
        int layers = snapshot.layerCount();
        if (phase == null) return Texts.get("why.ready", snapshot.sample() + 1);
        return switch (phase.kind()) {
            case FORWARD -> forward(snapshot, n, phase.layer(), layers);
            case ERROR -> error(snapshot, n);
            case BACKWARD -> phase.layer() == layers ? outputDelta(snapshot, n) : hiddenDelta(snapshot, n, phase.layer());
            case UPDATE -> update(snapshot, n);
        };
    }

    private static String forward(Snapshot s, Notation n, int layer, int layers) {
        String where = layer == layers ? Texts.get("why.forward.output") : Texts.get("why.forward.hidden", layer);
        String bias = n.biasIsWeightOnMinusOne() ? Texts.get("why.forward.biasMit", n.biasSymbol())
                : Texts.get("why.forward.bias", n.biasSymbol());
        return Texts.get("why.forward", where, bias, n.netSymbol()) + " " + squash(s.activation(layer), n);
    }

    private static String squash(Activation f, Notation n) {
        return Texts.get("why.squash." + f.name(), n.netSymbol(), n.outSymbol());
    }

    private static String error(Snapshot s, Notation n) {
        String t = n.targetSymbol();
        String o = n.outputSymbol();
        String lossText = Texts.get("why.loss." + s.settings().loss().name(), t, o);
        if (s.settings().isRegularised()) lossText += Texts.get("why.loss.penalty");
        return n.maximisesPerformance() ? Texts.get("why.error.mit", o, t, lossText) : Texts.get("why.error", o, t, lossText);
    }

    private static String outputDelta(Snapshot s, Notation n) {
        Activation f = s.activation(s.layerCount());
        Loss loss = s.settings().loss();
        String t = n.targetSymbol();
        String o = n.outputSymbol();
        String d = n.deltaSymbol();
        String difference = n.errorDifference(t, o);
        if (loss.cancelsWith(f)) {
            String cancelled = f == Activation.SOFTMAX ? Texts.get("why.cancel.softmax", t, o) : Texts.get("why.cancel.sigmoid", o);
            return Texts.get("why.delta.cancelled", d, n.netSymbol(), cancelled, difference);
        }
        if (f == Activation.SOFTMAX) return Texts.get("why.delta.softmax", d, n.outSymbol());
        String lossSlope = switch (loss) {
            case HALF_SSE -> "(" + o + " − " + t + ")";
            case SSE -> "2(" + o + " − " + t + ")";
            default -> "2(" + o + " − " + t + ")/k";
        };
        String sign = n.deltaIsTargetMinusOutput() ? " " + Texts.get("why.delta.mitSign") : "";
        return Texts.get("why.delta.output", d, n.netSymbol(), lossSlope, slope(f, n)) + sign;
    }

    private static String hiddenDelta(Snapshot s, Notation n, int layer) {
        return Texts.get("why.delta.hidden", slope(s.activation(layer), n));
    }

    private static String slope(Activation f, Notation n) {
        return Texts.get("why.slope." + f.name(), n.outSymbol());
    }

    private static String update(Snapshot s, Notation n) {
        String rate = n.rateSymbol();
        String momentum = s.settings().momentum() > 0 ? " " + Texts.get("why.update.momentum") : "";
        String batch = s.batchPosition() > 0 ? " " + Texts.get("why.update.batch", s.batchPosition() + 1) : "";
        String step = n.writesUpdateAsStep() ? Texts.get("why.update.mit", rate) : Texts.get("why.update", rate);
        return step + batch + momentum;
    }
}
