package org.backpropfx.ui;

import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import org.backpropfx.session.LessonSession;

/** The desktop application: opens the lesson named on the command line (else XOR) in the main window. */
public class BackpropFxApp extends Application {

    public static final String TITLE = "BackpropFX";
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 720;

    private LessonSession session;

    @Override
    public void start(Stage stage) {
        LessonOpener.Opened opened = LessonOpener.open(getParameters().getRaw());
        session = new LessonSession(opened.lesson());
        show(stage, new MainWindow(session));
        if (opened.problem() != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, opened.problem());
            alert.setHeaderText("The lesson could not be opened");
            alert.initOwner(stage);
            alert.show();
        }
    }

    /** Puts the window on the stage with the default size and a title naming the lesson. */
    static void show(Stage stage, MainWindow window) {
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> TITLE + " — " + window.session().getLesson().title(), window.session().lessonProperty()));
        stage.setScene(new Scene(window, DEFAULT_WIDTH, DEFAULT_HEIGHT));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        // A stage shown before keeps its old size unless told to fit the new scene.
        stage.sizeToScene();
        stage.show();
    }

    @Override
    public void stop() {
        if (session != null) session.pause();
    }
}
