package org.backpropfx.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.PanelRole;
import org.backpropfx.session.LossLog;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.ui.chart.AccuracyText;
import org.backpropfx.ui.chart.ActivationPlot;
import org.backpropfx.ui.chart.ConfusionMatrixView;
import org.backpropfx.ui.chart.DecisionMapView;
import org.backpropfx.ui.chart.LossCurves;
import org.backpropfx.ui.chart.LossSeries;
import org.backpropfx.ui.chart.WeightSlicePlot;
import org.backpropfx.ui.lecture.Zoom;
import java.util.ArrayList;
import java.util.List;

/**
 * The plots of the main window, wired to the session: the loss curves (always in view), and the weight
 * slice, the decision map, the activation plot and the confusion matrix sharing a tab pane. Each has a right-click "Export as
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
    private final Tab activationTab;
    private final ConfusionMatrixView confusion;
    private final Tab confusionTab;
    private int epochsSeen;
    /** Whether the curves now include the regularisation penalty. */
    private boolean penaltyShown;

    Plots(LessonSession session) {
        this.session = session;
        LossLog losses = session.losses();
        penaltyShown = session.getSnapshot().settings().isRegularised();
        loss = new LossCurves(session.notationProperty(), session.digitsProperty(), losses.samples(),
                epochSeries(losses, penaltyShown));
        loss.setSampleSeries(sampleSeries(losses, penaltyShown));
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

        // Short tab names, so the four tabs fit the right column at 1280×720; the long one is the tooltip.
        sliceTab = new Tab(Texts.get("plot.sliceTab"), slice);
        sliceTab.setTooltip(new Tooltip(Texts.get("plot.slice")));
        mapTab = new Tab(Texts.get("plot.map"), map);
        confusion = new ConfusionMatrixView(session.classes(), session.snapshotProperty(), session.digitsProperty());
        confusion.classNamesProperty().bind(Bindings.createObjectBinding(
                () -> session.getLesson().classNames(), session.lessonProperty()));
        confusion.setId("confusionMatrix");
        confusionTab = new Tab(Texts.get("plot.confusion"), confusion);
        confusionTab.setId("confusionTab");
        loss.accuracyTextProperty().bind(Bindings.createStringBinding(
                () -> AccuracyText.of(session.classes().getCounts()),
                session.classes().countsProperty()));
        activationTab = new Tab(Texts.get("plot.activationTab"), activation);
        activationTab.setId("activationTab");
        activationTab.setTooltip(new Tooltip(Texts.get("plot.activation")));
        tabs = new TabPane(sliceTab, mapTab, activationTab, confusionTab);
        tabs.setId("plotTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        session.lessonProperty().addListener((o, was, lesson) -> lessonChanged(lesson));
        session.snapshotProperty().addListener((o, was, is) -> {
            followEpochs();
            followPenalty();
        });
        session.selectionProperty().addListener((o, was, picked) -> {
            if (picked instanceof NetworkElement.Weight || picked instanceof NetworkElement.Bias) {
                tabs.getSelectionModel().select(sliceTab);
            }
        });
        chooseTab(session.getLesson());
    }

    /** Offers every plot for export as PNG, in the menu and on its right-click menu. */
    void addExports(PngExport exports) {
        exports.add(Texts.get("plot.loss"), loss, "loss.png", scale -> loss.shownPlot().printImage(scale));
        exports.add(Texts.get("plot.activation"), activation, "activation.png", activation::printImage);
        exports.add(Texts.get("plot.slice"), slice, "weight-slice.png", slice::printImage);
        exports.add(Texts.get("plot.map"), map, "decision-map.png", map::printImage);
        exports.add(Texts.get("plot.confusion"), confusion, "confusion-matrix.png", confusion::printImage);
    }

    /** Every plot's drawing (its tick labels, titles and legends with it) follows the window's zoom. */
    void follow(Zoom zoom) {
        zoom.follow(loss.fontScaleProperty());
        zoom.follow(activation.fontScaleProperty());
        zoom.follow(slice.fontScaleProperty());
        zoom.follow(map.fontScaleProperty());
        zoom.follow(confusion.fontScaleProperty());
    }

    /** The loss curves (per epoch and per sample), for the strip under the network. */
    public LossCurves lossCurves() { return loss; }

    public ActivationPlot activationPlot() { return activation; }

    public WeightSlicePlot weightSlicePlot() { return slice; }

    public DecisionMapView decisionMap() { return map; }

    /** The confusion matrix of a classification lesson, beside the weight slice and the decision map. */
    public ConfusionMatrixView confusionMatrix() { return confusion; }

    /** The weight slice, the decision map, the activation plot and the confusion matrix, one tab each. */
    public TabPane tabs() { return tabs; }

    private static LossSeries[] epochSeries(LossLog losses, boolean penalty) {
        List<LossSeries> series = new ArrayList<>();
        series.add(LossSeries.training(losses.epochs()));
        if (losses.hasTest()) series.add(LossSeries.test(losses.test(), losses.testEvery()));
        if (penalty) series.add(LossSeries.penalty(losses.epochPenalties()));
        return series.toArray(LossSeries[]::new);
    }

    private static LossSeries[] sampleSeries(LossLog losses, boolean penalty) {
        LossSeries sample = LossSeries.training(losses.samples());
        return penalty ? new LossSeries[] {sample, LossSeries.penalty(losses.samplePenalties())} : new LossSeries[] {sample};
    }

    /** The penalty joins the curves when λ₁ or λ₂ is set (in the lesson or the settings dialog) and leaves when both are 0. */
    private void followPenalty() {
        boolean regularised = session.getSnapshot().settings().isRegularised();
        if (regularised == penaltyShown) return;
        penaltyShown = regularised;
        loss.setEpochSeries(epochSeries(session.losses(), regularised));
        loss.setSampleSeries(sampleSeries(session.losses(), regularised));
    }

    private void lessonChanged(Lesson lesson) {
        penaltyShown = session.getSnapshot().settings().isRegularised();
        loss.setEpochSeries(epochSeries(session.losses(), penaltyShown));
        loss.setSampleSeries(sampleSeries(session.losses(), penaltyShown));
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
