package org.backpropfx.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.backpropfx.session.LessonSession;
import org.backpropfx.ui.lecture.SettingsStore;
import org.backpropfx.ui.lecture.WindowPrefs;
import org.backpropfx.ui.matrix.MatrixViewSetting;

/** The desktop application: opens the lesson named on the command line (else XOR) in the main window. */
public class BackpropFxApp extends Application {

    public static final String TITLE = "BackpropFX";
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 720;

    private LessonSession session;
    private WindowPrefs prefs;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        prefs = new WindowPrefs(SettingsStore.userPreferences());
        List<String> arguments = getParameters().getRaw();
        if (arguments.isEmpty() && prefs.lastLesson().isPresent()) {
            arguments = List.of(prefs.lastLesson().get().toString());
        }
        LessonOpener.Opened opened = LessonOpener.open(arguments);
        if (!arguments.isEmpty() && opened.problem() == null) rememberLesson(arguments.get(0));
        session = new LessonSession(opened.lesson());
        // Save writes back to the file the lesson came from.
        if (!arguments.isEmpty() && opened.problem() == null) session.markSaved(java.nio.file.Path.of(arguments.get(0)));
        rememberLessonFiles(session, prefs);
        MainWindow window = new MainWindow(session);
        window.lecture().themeProperty().set(prefs.theme());
        window.lecture().themeProperty().addListener((obs, old, theme) -> prefs.setTheme(theme));
        MatrixViewSetting.remember(window.matrixViewShownProperty(), SettingsStore.userPreferences());
        show(stage, window);
        fitToScreen(stage);
        prefs.restore(stage);
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

    /**
     * Sizes a first-time window to the screen: a projector's 1280×720 is filled, a large monitor gets
     * most of its area rather than a small window in a corner. Remembered sizes override this.
     */
    static void fitToScreen(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(fitted(screen.getWidth(), DEFAULT_WIDTH));
        stage.setHeight(fitted(screen.getHeight(), DEFAULT_HEIGHT));
        stage.centerOnScreen();
    }

    private static double fitted(double available, double preferred) {
        return available <= preferred * 1.1 ? available : Math.max(preferred, available * 0.85);
    }

    /** Every lesson file opened or saved (Open, Save As, recent, dropped) becomes the one to open next time. */
    static void rememberLessonFiles(LessonSession session, WindowPrefs prefs) {
        session.fileProperty().addListener((obs, old, file) -> {
            if (file != null) prefs.setLastLesson(file);
        });
    }

    private void rememberLesson(String name) {
        try {
            prefs.setLastLesson(Path.of(name));
        } catch (InvalidPathException e) {
            // The opener has already reported it; there is nothing worth remembering.
        }
    }

    @Override
    public void stop() {
        if (prefs != null && stage != null) prefs.save(stage);
        if (session != null) session.pause();
    }
}
