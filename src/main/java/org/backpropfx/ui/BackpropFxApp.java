package org.backpropfx.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Language;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.ui.lecture.ExplanationStrip;
import org.backpropfx.ui.lecture.LessonNotePanel;
import org.backpropfx.ui.prefs.SettingsStore;
import org.backpropfx.ui.prefs.WindowPrefs;
import org.backpropfx.ui.matrix.MatrixViewSetting;

/** The desktop application: opens the lesson named on the command line (else XOR) in the main window. */
public class BackpropFxApp extends Application {

    public static final String TITLE = "BackpropFX";
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 720;
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 560;

    private LessonSession session;
    private WindowPrefs prefs;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        prefs = new WindowPrefs(SettingsStore.userPreferences());
        // The language is settled before any word is looked up or any JavaFX dialog button is made.
        useLanguage(prefs.language());
        List<String> arguments = getParameters().getRaw();
        if (arguments.isEmpty() && prefs.lastLesson().isPresent()) {
            arguments = List.of(prefs.lastLesson().get().toString());
        }
        LessonOpener.Opened opened = LessonOpener.open(arguments);
        if (opened.file() != null) rememberLesson(opened.file());
        session = new LessonSession(opened.lesson());
        // Save writes back to the file the lesson came from; a shipped lesson asks where.
        if (opened.file() != null) session.markSaved(opened.file());
        rememberLessonFiles(session, prefs);
        MainWindow window = new MainWindow(session);
        window.languageProperty().set(prefs.language());
        window.languageProperty().addListener((obs, old, language) -> prefs.setLanguage(language));
        window.lecture().themeProperty().set(prefs.theme());
        window.lecture().themeProperty().addListener((obs, old, theme) -> prefs.setTheme(theme));
        window.lecture().remember(prefs);
        MatrixViewSetting.remember(window.matrixViewShownProperty(), SettingsStore.userPreferences());
        // After the matrix view is open or not, so the positions kept for that layout come back.
        window.rememberDividers(SettingsStore.userPreferences());
        LessonNotePanel.remember(window.lessonNote().openProperty(),
                SettingsStore.userPreferences());
        ExplanationStrip.remember(window.lecture().explanation().expandedProperty(),
                SettingsStore.userPreferences());
        // Size and place are settled before the window first shows, remembered ones over the fitted ones.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(fitted(screen.getWidth(), DEFAULT_WIDTH));
        stage.setHeight(fitted(screen.getHeight(), DEFAULT_HEIGHT));
        stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 3);
        prefs.restore(stage);
        AppIcon.addTo(stage);
        bindTitle(stage, window);
        double width = stage.getWidth();
        double height = stage.getHeight();
        stage.setScene(new Scene(window, width, height));
        stage.show();
        keepFirstSize(stage, width, height);
        if (opened.problem() != null) window.notices().showProblem(Texts.get("open.failed"), opened.problem());
        if (opened.readInWindow() != null) window.tinkering().files().open(opened.readInWindow());
    }

    /**
     * Builds the window in {@code language}: its words and its numbers (a decimal comma in German). The
     * JVM's default locale follows an explicit choice, so that JavaFX's own buttons (OK, Cancel) agree.
     */
    static void useLanguage(Language language) {
        Locale system = Locale.getDefault(Locale.Category.DISPLAY);
        Locale chosen = language.locale(system);
        Texts.use(chosen);
        if (language != Language.SYSTEM) Locale.setDefault(chosen);
    }

    /** Puts the window on the stage with the default size and a title naming the lesson. */
    static void show(Stage stage, MainWindow window) {
        show(stage, window, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /** As {@link #show(Stage, MainWindow)}, with the window's content at the given size. */
    static void show(Stage stage, MainWindow window, double width, double height) {
        bindTitle(stage, window);
        stage.setScene(new Scene(window, width, height));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        // A stage shown before keeps its old size unless told to fit the new scene.
        stage.sizeToScene();
        stage.show();
    }

    /**
     * GTK under some window managers (openbox) maps the window, then reports it at its default 200 px or at
     * its minimum size; the size asked for is put back once the window manager has placed the window.
     */
    static void keepFirstSize(Stage stage, double width, double height) {
        PauseTransition settle = new PauseTransition(Duration.millis(400));
        settle.setOnFinished(e -> {
            stage.setMinWidth(MIN_WIDTH);
            stage.setMinHeight(MIN_HEIGHT);
            if (!stage.isMaximized() && !stage.isFullScreen() && stage.getWidth() < width - 50) {
                stage.setWidth(width);
                stage.setHeight(height);
            }
        });
        settle.play();
    }

    /** "BackpropFX — XOR", with a leading "*" while there are unsaved edits. */
    static void bindTitle(Stage stage, MainWindow window) {
        LessonSession session = window.session();
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> (session.history().isModified() ? "*" : "") + TITLE + " — " + session.getLesson().title(),
                session.lessonProperty(), session.history().modifiedProperty()));
    }

    /**
     * A first-time window sized to the screen: a projector's 1280×720 is filled, a large monitor gets
     * most of its area rather than a small window in a corner. Remembered sizes override this.
     */
    private static double fitted(double available, double preferred) {
        return available <= preferred * 1.1 ? available : Math.max(preferred, available * 0.85);
    }

    /** Every lesson file opened or saved (Open, Save As, recent, dropped) becomes the one to open next time. */
    static void rememberLessonFiles(LessonSession session, WindowPrefs prefs) {
        session.fileProperty().addListener((obs, old, file) -> {
            if (file != null) prefs.setLastLesson(file);
        });
    }

    private void rememberLesson(Path file) {
        try {
            prefs.setLastLesson(file);
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
