package org.backpropfx.ui;

import org.backpropfx.session.i18n.Texts;
import java.util.Objects;

import javafx.scene.Node;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

import org.backpropfx.session.LessonSession;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

/**
 * Problems the user must not miss, in a bar that slides down over the top of the window's centre: training
 * that diverged or stopped, and a lesson file that could not be opened, saved or exported. Nothing moves
 * under it and nothing is lost; the bar stays until it is closed, and a training problem also goes when the
 * next step or reset clears the session's message.
 */
public final class ProblemNotices {
    private final LessonSession session;
    private final NotificationPane pane;
    private boolean showingTrainingProblem;

    ProblemNotices(Node content, LessonSession session) {
        this.session = Objects.requireNonNull(session, "session");
        pane = new NotificationPane(content);
        pane.setId("notificationPane");
        pane.getStyleClass().add("problem-notices");
        pane.setShowFromTop(true);
        // The pane itself is no stop for Tab (it would hand the focus to its content and hold it there); the
        // controls in it and in the bar are.
        pane.setFocusTraversable(false);
        session.trainingProblemsProperty().addListener((obs, old, count) -> showTrainingProblem());
        session.statusProperty().addListener((obs, old, now) -> {
            if (now.isEmpty() && showingTrainingProblem) hide();
        });
        pane.setOnHidden(e -> showingTrainingProblem = false);
    }

    /** The window's centre with the bar over it. */
    public NotificationPane pane() { return pane; }

    /** Tells the user something went wrong: {@code header} what was being done, {@code message} why. */
    public void showProblem(String header, String message) {
        showingTrainingProblem = false;
        pane.getActions().clear();
        pane.show(Texts.get("notice.problem", header, message), warningSign());
    }

    /** What the bar says now, or "" when it is closed. */
    public String text() { return pane.isShowing() ? pane.getText() : ""; }

    public boolean isShowing() { return pane.isShowing(); }

    public void hide() { pane.hide(); }

    private void showTrainingProblem() {
        String message = session.getStatus();
        if (message.isEmpty()) return;
        Action reset = new Action(Texts.get("notice.reset"), e -> {
            session.reset();
            hide();
        });
        pane.getActions().setAll(reset);
        pane.show(message, warningSign());
        showingTrainingProblem = true;
    }

    /** A triangle with an exclamation mark, in the theme's warning colour (base.css). */
    private static Node warningSign() {
        SVGPath sign = new SVGPath();
        sign.setContent("M9 0 L18 16 H0 Z M8 5 V11 H10 V5 Z M8 12.5 V14.5 H10 V12.5 Z");
        sign.setFillRule(FillRule.EVEN_ODD);
        sign.getStyleClass().add("problem-sign");
        return sign;
    }
}
