package org.backpropfx.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.session.i18n.Words;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.session.LessonSession;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.ui.chart.AccuracyText;
import java.util.List;

/**
 * Where training stands, in words large enough for the back of a lecture room: the phase, the sample
 * and epoch, this sample's error once computed (with the regularisation penalty beside it when there is
 * one), the last epoch's mean error, the accuracy of a classification lesson, and any message. What does
 * not fit beside the phase (presenter mode's large type) goes on a second line rather than being cut.
 */
public final class PhaseCaption extends FlowPane {
    private final LessonSession session;
    private final Label phase = label("phaseCaption", "phase-caption");
    private final Label position = label("positionCaption", "position-caption");
    private final Label loss = label("lossCaption", "loss-caption");
    private final Label epochLoss = label("epochLossCaption", "loss-caption");
    private final Label accuracy = label("accuracyCaption", "loss-caption");
    private final Label status = wrapping("statusMessage", "status-message");
    /** Lays out the texts a label will show at the sample's other phases, to know their width. */
    private final Text measure = new Text();
    private Object steadyFor;

    public PhaseCaption(LessonSession session) {
        this.session = session;
        getStyleClass().add("phase-bar");
        setAlignment(Pos.BASELINE_LEFT);
        setRowValignment(VPos.BASELINE);
        phase.setMinWidth(Region.USE_PREF_SIZE);
        // Presenter mode and zoom change the type: the widths kept for the sample change with it.
        phase.fontProperty().addListener((obs, old, f) -> update());
        loss.fontProperty().addListener((obs, old, f) -> update());
        position.setMinWidth(Region.USE_PREF_SIZE);
        status.setWrapText(true);
        status.setMinWidth(0);
        status.setMinHeight(Region.USE_PREF_SIZE);
        // A long message wraps within the bar instead of running off its edge.
        status.maxWidthProperty().bind(widthProperty().subtract(40));
        // A flow pane is at least as wide as its widest child wants to be: a long message asking for its
        // whole length on one line made the window wider than the screen at 1280×720.
        // (Only while there is a message: an empty one takes no row of its own.)
        status.prefWidthProperty().bind(Bindings.when(status.textProperty().isEmpty())
                .then(Region.USE_COMPUTED_SIZE).otherwise(widthProperty().subtract(40)));
        getChildren().addAll(phase, position, loss, epochLoss, accuracy, status);
        // An empty label would still cost the bar a gap, and the gaps alone pushed it onto a second row at 1280.
        for (Label l : new Label[] {epochLoss, accuracy, status}) l.managedProperty().bind(l.textProperty().isNotEmpty());
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
    void showActivity(ObservableStringValue activity, ObservableDoubleValue progress) {
        ProgressIndicator indicator = new ProgressIndicator();
        indicator.setPrefSize(16, 16);
        indicator.progressProperty().bind(progress);
        Label working = label("fileActivity", "status-activity");
        working.setGraphic(indicator);
        working.textProperty().bind(Bindings.createStringBinding(() -> {
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
        loss.setText(lossText(s, notation, format));
        accuracy.setText(AccuracyText.of(session.classes().getCounts()));
        double lastEpoch = session.epochLossProperty().get();
        epochLoss.setText(Double.isNaN(lastEpoch) ? ""
                : Texts.get("caption.loss.epoch", notation.objectiveSymbol(), format.format(notation.objective(lastEpoch))));
        keepStill(s, notation, format);
    }

    private static String lossText(Snapshot s, Notation notation, SignificantFormat format) {
        String objective = notation.objectiveSymbol();
        String penalty = s.hasError() && s.settings().isRegularised()
                ? Texts.get(notation.maximisesPerformance() ? "caption.penalty.minus" : "caption.penalty.plus", format.format(s.penalty())) : "";
        return s.hasError()
                ? objective + " = " + format.format(notation.objective(s.loss())) + penalty
                : Texts.get("caption.loss.none", objective);
    }

    /**
     * Gives the phase and the loss the width of their widest text among the sample's phases, so that the
     * bar wraps onto a second line at every phase of the sample or at none, and the window keeps still while
     * stepping ("Backward — layer 2 of 2" and "P = −0.1234" did not fit beside the rest at 1280×720 where
     * "Ready" and "P not computed yet" did).
     */
    private void keepStill(Snapshot s, Notation notation, SignificantFormat format) {
        Object key = List.of(s.phases(), s.sample(), s.epoch(), notation, session.getDigits(),
                phase.getFont(), loss.getFont(), session.getLesson());
        if (key.equals(steadyFor)) return;
        steadyFor = key;
        double widestPhase = 0;
        double widestLoss = 0;
        for (int k = -1; k < s.phases().size(); k++) {
            Snapshot at = s.atPhase(k);
            widestPhase = Math.max(widestPhase, width(phase, Words.phase(at)));
            widestLoss = Math.max(widestLoss, width(loss, lossText(at, notation, format)));
        }
        phase.setMinWidth(Math.ceil(widestPhase + phase.snappedLeftInset() + phase.snappedRightInset()));
        loss.setMinWidth(Math.ceil(widestLoss + loss.snappedLeftInset() + loss.snappedRightInset()));
    }

    private double width(Label label, String text) {
        measure.setFont(label.getFont());
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
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
