package org.backpropfx.ui.plot;

import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import org.backpropfx.notation.Notation;
import org.backpropfx.plot.EditMarks;
import org.backpropfx.plot.LossHistory;

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
    private EditMarks epochEdits = new EditMarks();
    private final LossPlot samples;
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
        samples = decorate(new LossPlot("stepped sample", notation, digits, LossSeries.training(sampleHistory)));
        samples.setId("sampleLossPlot");
        setEpochSeries(epochSeries);
        perSample.addListener((o, was, is) -> showChosen());
        showChosen();
    }

    /** Replaces the per-epoch curves, e.g. for a lesson with or without a test split; the view's settings stay. */
    public void setEpochSeries(LossSeries... series) {
        Objects.requireNonNull(series, "series");
        LossPlot replaced = epochs;
        epochs = decorate(new LossPlot("epoch", notation, digits, series));
        epochs.setId("lossPlot");
        epochs.showEdits(epochEdits);
        if (replaced != null) {
            epochs.lastNProperty().set(replaced.lastNProperty().get());
            replaced.logScaleProperty().unbindBidirectional(logScale);
            replaced.autoScaleProperty().unbindBidirectional(autoScale);
        }
        showChosen();
    }

    /** Marks the hand edits that changed the loss on the per-epoch and the per-sample curve. */
    public void showEdits(EditMarks perEpoch, EditMarks perSample) {
        epochEdits = perEpoch;
        epochs.showEdits(perEpoch);
        samples.showEdits(perSample);
    }

    /** True until the user picks a scale: both curves then choose log or linear from the range of their losses. */
    public BooleanProperty autoScaleProperty() { return autoScale; }

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
        ToggleGroup group = new ToggleGroup();
        ToggleButton epochButton = new ToggleButton("Per epoch");
        ToggleButton sampleButton = new ToggleButton("Per sample");
        epochButton.setToggleGroup(group);
        sampleButton.setToggleGroup(group);
        sampleButton.selectedProperty().bindBidirectional(perSample);
        epochButton.setSelected(!perSample.get());
        perSample.addListener((o, was, is) -> epochButton.setSelected(!is));
        // A toggle group lets both be unselected; a click on the shown one keeps it shown.
        group.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null && was != null) was.setSelected(true);
        });
        plot.addControls(epochButton, sampleButton);
        return plot;
    }

    private void showChosen() {
        getChildren().setAll(shownPlot());
    }
}
