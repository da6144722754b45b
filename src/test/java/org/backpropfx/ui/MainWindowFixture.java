package org.backpropfx.ui;

import javafx.stage.Stage;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.session.LessonSession;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window as the window tests open it: a session on one lesson and the window shown the app's way
 * (its title and minimum size; 1280×720 unless a test asks for another size), in the stage TestFX hands to
 * {@code @Start}. The one place for the setup those tests share.
 */
public record MainWindowFixture(LessonSession session, MainWindow window) {

    /** Opens the lesson at 1280×720; call it on the JavaFX thread, as {@code @Start} is. */
    public static MainWindowFixture show(Stage stage, Lesson lesson) {
        return show(stage, lesson, BackpropFxApp.DEFAULT_WIDTH, BackpropFxApp.DEFAULT_HEIGHT);
    }

    /** Opens the lesson with the window's content at the given size; call it on the JavaFX thread. */
    public static MainWindowFixture show(Stage stage, Lesson lesson, double width, double height) {
        LessonSession session = new LessonSession(lesson);
        MainWindow window = new MainWindow(session);
        BackpropFxApp.show(stage, window, width, height);
        return new MainWindowFixture(session, window);
    }

    /**
     * Opens the lesson from a test method, for tests that open several windows or sizes in turn: shown on the
     * JavaFX thread, returned once the events the showing causes have run.
     */
    public static MainWindowFixture open(Stage stage, Lesson lesson, double width, double height) {
        MainWindowFixture opened = FxTest.onFx(() -> show(stage, lesson, width, height));
        WaitForAsyncUtils.waitForFxEvents();
        return opened;
    }
}
