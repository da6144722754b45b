package org.backpropfx.ui.chart;

import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;

import org.backpropfx.notation.Notation;
import org.backpropfx.plot.EditMarks;
import org.backpropfx.plot.LossHistory;
import org.backpropfx.session.i18n.Texts;
import org.controlsfx.control.SegmentedButton;

/**
 * The loss curve with a switch between the loss per epoch (training, and test when there is one) and
 * the loss of each sample stepped through: the first tells how training goes, the second moves while a
 * student steps. Both curves share the log-scale switch, which follows the range of the losses (log beyond two
 * decades) until the user sets it.
 */
public final class LossCurves extends StackPane {
    private final ObservableValue<Notation> notation;
    private final ObservableValue<? extends Number> digits;
    private final BooleanProperty perSample = new SimpleBooleanProperty(this, "perSample", false);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private final BooleanProperty autoScale = new SimpleBooleanProperty(this, "autoScale", true);
    private final DoubleProperty fontScale = new SimpleDoubleProperty(this, "fontScale", 1.0);
    private final StringProperty accuracyText =
            new SimpleStringProperty(this, "accuracyText", "");
    private EditMarks epochEdits = new EditMarks();
    private EditMarks sampleEdits = new EditMarks();
    private LossPlot samples;
    private LossPlot epochs;

    /**
     * @param sampleHistory the loss of each sample stepped through
     * @param epochSeries the training loss per epoch, then the test loss if the lesson has one
     */
    public LossCurves(ObservableValue<Notation> notation, ObservableValue<? extends Number> digits,
                      LossHistory sampleHistory, LossSeries... epochSeries) {
        this.notation = notation;
        this.digits = digits;
        getStyleClass().add("loss-curves");
        setSampleSeries(LossSeries.training(sampleHistory));
        setEpochSeries(epochSeries);
        perSample.addListener((o, was, is) -> showChosen());
        showChosen();
    }

    /** Replaces the per-epoch curves, e.g. for a lesson with or without a test split; the view's settings stay. */
    public void setEpochSeries(LossSeries... series) {
        Objects.requireNonNull(series, "series");
        LossPlot replaced = epochs;
        epochs = decorate(new LossPlot(Texts.get("plot.epoch"), notation, digits, series));
        epochs.setId("lossPlot");
        epochs.showEdits(epochEdits);
        if (replaced != null) {
            epochs.lastNProperty().set(replaced.lastNProperty().get());
            replaced.logScaleProperty().unbindBidirectional(logScale);
            replaced.autoScaleProperty().unbindBidirectional(autoScale);
        }
        showChosen();
    }

    /**
     * Replaces the per-sample curves, e.g. to add the regularisation penalty beside the sample's error; the
     * view's settings stay.
     */
    public void setSampleSeries(LossSeries... series) {
        Objects.requireNonNull(series, "series");
        LossPlot replaced = samples;
        samples = decorate(new LossPlot(Texts.get("plot.steppedSample"), notation, digits, series));
        samples.setId("sampleLossPlot");
        samples.showEdits(sampleEdits);
        if (replaced != null) {
            samples.lastNProperty().set(replaced.lastNProperty().get());
            replaced.logScaleProperty().unbindBidirectional(logScale);
            replaced.autoScaleProperty().unbindBidirectional(autoScale);
        }
        if (epochs != null) showChosen();
    }

    /**
     * What is written beside the curves' controls: the accuracy of a classification lesson ("" for none).
     * Set by the window from the session's counts.
     */
    public StringProperty accuracyTextProperty() { return accuracyText; }

    /** Marks the hand edits that changed the loss on the per-epoch and the per-sample curve. */
    public void showEdits(EditMarks perEpoch, EditMarks perSample) {
        epochEdits = perEpoch;
        sampleEdits = perSample;
        epochs.showEdits(perEpoch);
        samples.showEdits(perSample);
    }

    /** True until the user picks a scale: both curves then choose log or linear from the range of their losses. */
    public BooleanProperty autoScaleProperty() { return autoScale; }

    /** The zoom both curves are drawn at (each plot, replaced or not, follows it). */
    public DoubleProperty fontScaleProperty() { return fontScale; }

    /** True: the per-sample curve is shown; false: the per-epoch one. */
    public BooleanProperty perSampleProperty() { return perSample; }

    /** The per-epoch plot (training and test loss). */
    public LossPlot epochPlot() { return epochs; }

    /** The per-sample plot. */
    public LossPlot samplePlot() { return samples; }

    /** The plot on show. */
    public LossPlot shownPlot() { return perSample.get() ? samples : epochs; }

    private LossPlot decorate(LossPlot plot) {
        plot.logScaleProperty().bindBidirectional(logScale);
        plot.autoScaleProperty().bindBidirectional(autoScale);
        plot.fontScaleProperty().bind(fontScale);
        ToggleButton epochButton = new ToggleButton(Texts.get("plot.perEpoch"));
        ToggleButton sampleButton = new ToggleButton(Texts.get("plot.perSample"));
        SegmentedButton perWhat = Segments.of(epochButton, sampleButton);
        sampleButton.selectedProperty().bindBidirectional(perSample);
        epochButton.setSelected(!perSample.get());
        perSample.addListener((o, was, is) -> epochButton.setSelected(!is));
        Label accuracy = new Label();
        accuracy.setId("lossAccuracy");
        accuracy.textProperty().bind(accuracyText);
        // Whole, on the switches' row when it fits and on a row of its own otherwise.
        plot.addControls(perWhat, accuracy);
        return plot;
    }

    private void showChosen() {
        getChildren().setAll(shownPlot());
    }
}
