package org.backpropfx.ui;

import javafx.stage.Stage;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.session.LessonSession;

/**
 * The main window as the window tests open it: a session on one lesson and the window shown the app's way
 * (1280×720, its title and minimum size), in the stage TestFX hands to {@code @Start}. The one place for the
 * setup those tests share.
 */
public record MainWindowFixture(LessonSession session, MainWindow window) {

    public static MainWindowFixture show(Stage stage, Lesson lesson) {
        LessonSession session = new LessonSession(lesson);
        MainWindow window = new MainWindow(session);
        BackpropFxApp.show(stage, window);
        return new MainWindowFixture(session, window);
    }
}
