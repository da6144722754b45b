package org.backpropfx.ui;

import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.session.i18n.Words;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.session.LessonSession;
import org.backpropfx.stepper.Snapshot;

/**
 * Where training stands, in words large enough for the back of a lecture room: the phase, the sample
 * and epoch, this sample's error once computed (with the regularisation penalty beside it when there is
 * one), the last epoch's mean error, the accuracy of a classification lesson, and any message. What does
 * not fit beside the phase (presenter mode's large type) goes on a second line rather than being cut.
 */
final class PhaseCaption extends FlowPane {
    private final LessonSession session;
    private final Label phase = label("phaseCaption", "phase-caption");
    private final Label position = label("positionCaption", "position-caption");
    private final Label loss = label("lossCaption", "loss-caption");
    private final Label epochLoss = label("epochLossCaption", "loss-caption");
    private final Label accuracy = label("accuracyCaption", "loss-caption");
    private final Label status = wrapping("statusMessage", "status-message");

    PhaseCaption(LessonSession session) {
        this.session = session;
        getStyleClass().add("phase-bar");
        setAlignment(Pos.BASELINE_LEFT);
        setRowValignment(VPos.BASELINE);
        phase.setMinWidth(Region.USE_PREF_SIZE);
        position.setMinWidth(Region.USE_PREF_SIZE);
        status.setWrapText(true);
        status.setMinWidth(0);
        status.setMinHeight(Region.USE_PREF_SIZE);
        // A long message wraps within the bar instead of running off its edge.
        status.maxWidthProperty().bind(widthProperty().subtract(40));
        // A flow pane is at least as wide as its widest child wants to be: a long message asking for its
        // whole length on one line made the window wider than the screen at 1280×720.
        // (Only while there is a message: an empty one takes no row of its own.)
        status.prefWidthProperty().bind(javafx.beans.binding.Bindings.when(status.textProperty().isEmpty())
                .then(Region.USE_COMPUTED_SIZE).otherwise(widthProperty().subtract(40)));
        getChildren().addAll(phase, position, loss, epochLoss, accuracy, status);
        status.textProperty().bind(session.statusProperty());
        session.snapshotProperty().addListener((obs, old, s) -> update());
        session.notationProperty().addListener((obs, old, n) -> update());
        session.digitsProperty().addListener((obs, old, d) -> update());
        session.epochLossProperty().addListener((obs, old, e) -> update());
        session.classes().countsProperty().addListener((obs, old, c) -> update());
        update();
    }

    /**
     * Shows {@code activity} ("Opening big.json …") while it is not empty, with how far it has come
     * ({@code progress} from 0 to 1: "Opening big.json … 40 %" beside a filling circle), or a spinning
     * indicator while that is not known (below 0).
     */
    void showActivity(javafx.beans.value.ObservableStringValue activity, javafx.beans.value.ObservableDoubleValue progress) {
        javafx.scene.control.ProgressIndicator indicator = new javafx.scene.control.ProgressIndicator();
        indicator.setPrefSize(16, 16);
        indicator.progressProperty().bind(progress);
        Label working = label("fileActivity", "status-activity");
        working.setGraphic(indicator);
        working.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String doing = activity.get();
            double done = progress.get();
            return doing.isEmpty() || done < 0 ? doing : Texts.get("files.progress", doing, Math.round(done * 100));
        }, activity, progress));
        working.visibleProperty().bind(working.textProperty().isNotEmpty());
        working.managedProperty().bind(working.visibleProperty());
        getChildren().add(getChildren().indexOf(status), working);
    }

    private void update() {
        Snapshot s = session.getSnapshot();
        Notation notation = session.getNotation();
        SignificantFormat format = Texts.numbers(session.getDigits());
        phase.setText(Words.phase(s));
        position.setText(Texts.get("caption.position", s.sample() + 1, s.sampleCount(), s.epoch() + 1));
        String objective = notation.objectiveSymbol();
        String penalty = s.hasError() && s.settings().isRegularised()
                ? Texts.get(notation == Notation.MIT ? "caption.penalty.minus" : "caption.penalty.plus", format.format(s.penalty())) : "";
        loss.setText(s.hasError()
                ? objective + " = " + format.format(notation.objective(s.loss())) + penalty
                : Texts.get("caption.loss.none", objective));
        accuracy.setText(org.backpropfx.ui.plot.AccuracyText.of(session.classes().getCounts()));
        double lastEpoch = session.epochLossProperty().get();
        epochLoss.setText(Double.isNaN(lastEpoch) ? ""
                : Texts.get("caption.loss.epoch", objective, format.format(notation.objective(lastEpoch))));
    }

    /**
     * A label whose height is that of its text wrapped at its preferred width. A flow pane asks its
     * children for their height without a width, which for a wrapping label is one line: a long message
     * got one line's room and its second line ran under the explanation strip.
     */
    private static Label wrapping(String id, String styleClass) {
        Label label = new Label() {
            @Override
            protected double computePrefHeight(double width) {
                double wrapAt = width >= 0 ? width : getPrefWidth();
                return super.computePrefHeight(wrapAt > 0 ? wrapAt : width);
            }
        };
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
