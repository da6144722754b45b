package org.backpropfx.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;

import org.backpropfx.session.LessonSession;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.session.i18n.Texts;
import org.controlsfx.control.StatusBar;

/**
 * The status bar over the samples table (ControlsFX {@link StatusBar}), which shares its row with the table's
 * Add and Delete buttons so that it costs the window no height: while a run goes it says so, with the epoch
 * and the sample, and fills as the epoch's samples go by; otherwise it says how to edit the samples. It only
 * follows the session's read-only state, once per frame at most, and nothing it does grows with the data.
 */
final class TrainingStatus {
    private final StatusBar bar = new StatusBar();

    /** @param left what stands at the bar's left (the table's buttons) */
    TrainingStatus(LessonSession session, Node... left) {
        bar.setId("trainingStatus");
        bar.getStyleClass().add("training-status");
        bar.getLeftItems().setAll(left);
        bar.textProperty().bind(Bindings.createStringBinding(() -> text(session), session.runningProperty(),
                session.snapshotProperty()));
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> progress(session), session.runningProperty(),
                session.snapshotProperty()));
        bar.setTooltip(new Tooltip(Texts.get("samples.hint.tip")));
        // Short on the bar, which shares a narrow row with the buttons; whole for a screen reader.
        bar.accessibleTextProperty().bind(Bindings.createStringBinding(() -> spoken(session), session.runningProperty(),
                session.snapshotProperty()));
        bar.setMinWidth(0);
    }

    StatusBar bar() { return bar; }

    /** "epoch 13 · 3/4" during a run (the filling bar beside it says it is a run); how to edit the samples otherwise. */
    static String text(LessonSession session) {
        if (!session.isRunning()) return Texts.get("samples.hint");
        Snapshot s = session.getSnapshot();
        return Texts.get("status.training", s.epoch() + 1, s.sample() + 1, s.sampleCount());
    }

    /** "Training: epoch 13, sample 3 of 4", as a screen reader says the bar. */
    static String spoken(LessonSession session) {
        if (!session.isRunning()) return Texts.get("samples.hint");
        Snapshot s = session.getSnapshot();
        return Texts.get("status.training.full", s.epoch() + 1, s.sample() + 1, s.sampleCount());
    }

    /** The share of the epoch's samples done, during a run; 0 (the bar hidden) otherwise. */
    static double progress(LessonSession session) {
        if (!session.isRunning()) return 0;
        Snapshot s = session.getSnapshot();
        // Never 0 while running: a zero would hide the bar at each epoch's first sample.
        return s.sampleCount() == 0 ? 0 : Math.max(0.01, (s.sample() + 1) / (double) s.sampleCount());
    }
}
