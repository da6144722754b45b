package org.backpropfx.ui;

import java.util.Objects;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import org.backpropfx.session.LessonSession;
import org.backpropfx.stepper.Snapshot;
import org.controlsfx.control.StatusBar;

/**
 * The foot of the window: the session's last message (an undo, a refused edit) or what training is doing,
 * and how far through the epoch it is, as a bar that fills while training runs and empties at each new epoch.
 */
final class TrainingStatusBar extends StatusBar {
    private final LessonSession session;
    private final Label epochLabel = new Label();

    TrainingStatusBar(LessonSession session) {
        this.session = Objects.requireNonNull(session, "session");
        setId("statusBar");
        getStyleClass().add("training-status");
        // Nothing in it to act on: Tab passes it by.
        setFocusTraversable(false);
        epochLabel.setId("statusEpoch");
        epochLabel.setTooltip(new Tooltip("How far training is through the current epoch"));
        getRightItems().add(epochLabel);
        session.snapshotProperty().addListener(o -> update());
        session.statusProperty().addListener(o -> update());
        session.runningProperty().addListener(o -> update());
        update();
    }

    /** Fraction of the epoch done: finished samples, plus the phases done in the current one. */
    static double epochProgress(Snapshot s) {
        int phases = s.phases().size();
        double inSample = phases == 0 ? 0 : (s.phaseIndex() + 1) / (double) phases;
        return (s.sample() + inSample) / s.sampleCount();
    }

    private void update() {
        Snapshot s = session.getSnapshot();
        String message = session.getStatus();
        setText(!message.isEmpty() ? message : session.isRunning() ? "Training…" : "");
        double progress = epochProgress(s);
        setProgress(progress);
        epochLabel.setText("epoch " + (s.epoch() + 1) + ": " + Math.round(progress * 100) + " %");
        setAccessibleText(getText() + ", epoch " + (s.epoch() + 1) + " " + Math.round(progress * 100) + " percent done");
    }
}
