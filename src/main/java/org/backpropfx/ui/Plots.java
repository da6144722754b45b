package org.backpropfx.ui;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.PanelRole;
import org.backpropfx.session.LossLog;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.ui.plot.ActivationPlot;
import org.backpropfx.ui.plot.DecisionMapView;
import org.backpropfx.ui.plot.LossCurves;
import org.backpropfx.ui.plot.LossSeries;
import org.backpropfx.ui.plot.WeightSlicePlot;

/**
 * The plots of the main window, wired to the session: the loss curves and the activation plot (always
 * in view), and the weight slice and decision map sharing a tab pane. Each has a right-click "Export as
 * PNG…". The window places them; this class keeps them live and chooses what they show:
 * <ul>
 * <li>the loss curve shows the per-sample losses until the first epoch is complete, then the per-epoch
 *     ones, and the per-sample ones again after a reset (the user's toggle overrides it meanwhile);</li>
 * <li>picking a weight or bias brings the weight slice to the front;</li>
 * <li>a lesson with two inputs opens on the decision map, any other on the weight slice.</li>
 * </ul>
 */
public final class Plots {
    private final LessonSession session;
    private final LossCurves loss;
    private final ActivationPlot activation;
    private final WeightSlicePlot slice;
    private final DecisionMapView map;
    private final TabPane tabs;
    private final Tab sliceTab;
    private final Tab mapTab;
    private int epochsSeen;

    Plots(LessonSession session) {
        this.session = session;
        LossLog losses = session.losses();
        loss = new LossCurves(session.notationProperty(), session.digitsProperty(), losses.samples(),
                epochSeries(losses));
        loss.setId("lossCurves");
        loss.showEdits(losses.epochEdits(), losses.sampleEdits());
        loss.perSampleProperty().set(true);

        activation = new ActivationPlot(session.panelSnapshotProperty(PanelRole.ACTIVATION_PLOT), session.selectionProperty(),
                session.notationProperty());
        activation.setId("activationPlot");
        slice = new WeightSlicePlot(session.panelSnapshotProperty(PanelRole.SLICE_AND_MAP), session.selectionProperty(),
                () -> session.getLesson().data(), session.notationProperty(), session.digitsProperty());
        slice.setId("weightSlicePlot");
        map = new DecisionMapView(session.panelSnapshotProperty(PanelRole.SLICE_AND_MAP), () -> session.getLesson().data());
        map.setId("decisionMap");

        sliceTab = new Tab("Loss along a weight", slice);
        mapTab = new Tab("Decision map", map);
        tabs = new TabPane(sliceTab, mapTab);
        tabs.setId("plotTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        session.lessonProperty().addListener((o, was, lesson) -> lessonChanged(lesson));
        session.snapshotProperty().addListener((o, was, is) -> followEpochs());
        session.selectionProperty().addListener((o, was, picked) -> {
            if (picked instanceof NetworkElement.Weight || picked instanceof NetworkElement.Bias) {
                tabs.getSelectionModel().select(sliceTab);
            }
        });
        chooseTab(session.getLesson());
    }

    /** Offers every plot for export as PNG, in the menu and on its right-click menu. */
    void addExports(PngExport exports) {
        exports.add("Loss curve", loss, "loss.png", scale -> loss.shownPlot().printImage(scale));
        exports.add("Activation plot", activation, "activation.png", activation::printImage);
        exports.add("Loss along a weight", slice, "weight-slice.png", slice::printImage);
        exports.add("Decision map", map, "decision-map.png", map::printImage);
    }

    /** The loss curves (per epoch and per sample), for the strip under the network. */
    public LossCurves lossCurves() { return loss; }

    public ActivationPlot activationPlot() { return activation; }

    public WeightSlicePlot weightSlicePlot() { return slice; }

    public DecisionMapView decisionMap() { return map; }

    /** The weight slice and the decision map, one tab each. */
    public TabPane tabs() { return tabs; }

    private static LossSeries[] epochSeries(LossLog losses) {
        LossSeries training = LossSeries.training(losses.epochs());
        return losses.hasTest()
                ? new LossSeries[] {training, LossSeries.test(losses.test(), losses.testEvery())}
                : new LossSeries[] {training};
    }

    private void lessonChanged(Lesson lesson) {
        loss.setEpochSeries(epochSeries(session.losses()));
        loss.perSampleProperty().set(true);
        epochsSeen = 0;
        chooseTab(lesson);
    }

    private void chooseTab(Lesson lesson) {
        tabs.getSelectionModel().select(lesson.network().inputSize() == 2 ? mapTab : sliceTab);
    }

    /** The first completed epoch switches to the per-epoch curve; going back to no epochs (a reset) switches back. */
    private void followEpochs() {
        int epochs = session.losses().epochs().size();
        if (epochs > 0 && epochsSeen == 0) loss.perSampleProperty().set(false);
        if (epochs == 0 && epochsSeen > 0) loss.perSampleProperty().set(true);
        epochsSeen = epochs;
    }
}
