package org.backpropfx.ui.lecture.audience;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.backpropfx.session.LectureScript;
import org.backpropfx.session.LessonSession;
import org.backpropfx.ui.PhaseCaption;
import org.backpropfx.ui.formula.FormulaPanel;
import org.backpropfx.ui.lecture.BlankScreen;
import org.backpropfx.ui.lecture.ExplanationStrip;
import org.backpropfx.ui.lecture.Lecture;
import org.backpropfx.ui.lecture.PresenterMode;
import org.backpropfx.ui.lecture.Zoom;
import org.backpropfx.ui.matrix.MatrixView;
import org.backpropfx.ui.network.NetworkView;

/**
 * What the class sees on the projector: presenter mode's look and nothing else — the phase caption large, the
 * script stop's caption, the explanation, the network as large as the screen allows, and beside it the
 * selection's formulas and the matrix view when the presenter panels keep them. No menus, no controls; it
 * follows the same session as the console, so both show the same phase.
 */
public final class AudienceView extends BorderPane {
    /** The network's share of the width when the formulas or the matrix view stand beside it. */
    static final double NETWORK_SHARE = 0.72;
    /** Below this height the explanation and caption are a little smaller, as in presenter mode. */
    static final double COMPACT_BELOW = 900;

    private final NetworkView network;
    private final FormulaPanel formulas;
    private final MatrixView matrix;
    private final ExplanationStrip explanation;
    private final StopCaption stop;
    private final BlankScreen blank;
    private final Zoom zoom;
    private final PhaseCaption caption;

    /**
     * @param presenter the main window's presenter mode: its panel choices say what stands beside the network
     * @param matrixShown whether the main window shows the matrix view (View › Matrix view)
     * @param projector true on a screen of its own: presenter mode's large type; false beside the console on one
     *     screen, where the lecturer checks what the class will see and the type is the desk's
     */
    public AudienceView(LessonSession session, LectureScript script, PresenterMode presenter,
                        ObservableBooleanValue matrixShown, boolean projector) {
        setId("audienceView");
        // The presenter-mode rules of the stylesheets (large caption and explanation) apply as they are.
        getStyleClass().addAll("main-window", PresenterMode.STYLE_CLASS, "audience-window");
        caption = new PhaseCaption(session);
        stop = new StopCaption(script, "audienceStop");
        explanation = new ExplanationStrip(session);
        explanation.setId("audienceExplanation");
        network = new NetworkView(session);
        network.setId("audienceNetwork");
        // The class's screen takes no keyboard focus: arrows and Space stay the clicker's.
        network.setFocusTraversable(false);
        formulas = new FormulaPanel(session);
        formulas.setId("audienceFormulas");
        matrix = new MatrixView(session);
        matrix.setId("audienceMatrix");
        matrix.textColorProperty().bind(network.textColorProperty());
        matrix.accentColorProperty().bind(network.accentColorProperty());
        matrix.backgroundColorProperty().bind(network.backgroundColorProperty());

        BooleanBinding explained = presenter.panel(Lecture.EXPLANATIONS).wantedProperty()
                .and(presenter.panel(Lecture.EXPLANATIONS).presentedProperty());
        showWhile(explanation, explained);
        showWhile(formulas, presenter.panel(FORMULAS).presentedProperty());
        showWhile(matrix, Bindings.createBooleanBinding(matrixShown::get, matrixShown));
        VBox.setVgrow(formulas, Priority.ALWAYS);
        VBox.setVgrow(matrix, Priority.ALWAYS);
        VBox beside = new VBox(formulas, matrix);
        beside.setId("audienceBeside");
        beside.prefWidthProperty().bind(widthProperty().multiply(1 - NETWORK_SHARE));
        beside.setMinWidth(0);
        showWhile(beside, formulas.visibleProperty().or(matrix.visibleProperty()));

        setTop(new VBox(caption, stop, explanation));
        setCenter(network);
        setRight(beside);

        zoom = new Zoom(this);
        zoom.follow(network.fontScaleProperty());
        zoom.follow(formulas.fontScaleProperty());
        zoom.follow(matrix.fontScaleProperty());
        zoom.setBoost(projector ? Lecture.PRESENTER_BOOST : 1.0);
        blank = new BlankScreen(this);
        heightProperty().addListener((obs, was, h) -> {
            boolean small = h.doubleValue() > 0 && h.doubleValue() < COMPACT_BELOW;
            if (small && !getStyleClass().contains(Lecture.COMPACT)) getStyleClass().add(Lecture.COMPACT);
            if (!small) getStyleClass().removeAll(Lecture.COMPACT);
        });
    }

    /** The name under which the main window registers its formula panel with presenter mode. */
    static final String FORMULAS = "Formulas";

    private static void showWhile(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    public NetworkView network() { return network; }

    public FormulaPanel formulas() { return formulas; }

    public MatrixView matrix() { return matrix; }

    public PhaseCaption caption() { return caption; }

    /** The script stop's caption shown to the class ("" when none). */
    public String stopCaption() { return stop.text(); }

    public BlankScreen blankScreen() { return blank; }

    /** Ctrl +/− in the audience or console window zoom the class's view. */
    public Zoom zoom() { return zoom; }
}
