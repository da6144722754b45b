package org.backpropfx.ui.lecture.audience;

import java.util.List;
import java.util.Objects;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import org.backpropfx.session.LectureScript;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.ui.AppMenus;
import org.backpropfx.ui.lecture.Lecture;
import org.backpropfx.ui.lecture.PresenterMode;
import org.backpropfx.ui.prefs.Theme;

/**
 * Lecture › Audience window: the class's view on the projector and the lecturer's console on the laptop,
 * two windows on one session, so both always show the same phase. The main window steps aside meanwhile
 * (the console takes its place) and comes back exactly as it was when either window is closed, Esc is
 * pressed or the console's End button is used. The clicker and the stepping keys work in both windows.
 */
public final class AudienceMode {
    /** Lecture › Audience window's accelerator: free among the window's keys (Ctrl+A is left to text fields). */
    public static final KeyCombination KEY = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final Duration TIMER_TICK = Duration.millis(250);

    private final Node mainWindow;
    private final LessonSession session;
    private final LectureScript script;
    private final PresenterMode presenter;
    private final ObservableBooleanValue matrixShown;
    private final ObservableValue<Theme> theme;
    private final Lecture lecture;
    /** Whether the main window was presenting: it presents again when it comes back. */
    private boolean wasPresenting;
    /** The main window's key handling: stepping, the clicker, a playing script. */
    private final EventHandler<KeyEvent> windowKeys;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final LectureTimer timer = new LectureTimer(System::nanoTime);
    private final Timeline ticks = new Timeline(new KeyFrame(TIMER_TICK, e -> refreshTimer()));
    private final EventHandler<KeyEvent> ownKeys = this::handleKey;
    private Stage audienceStage;
    private Stage consoleStage;
    private AudienceView audience;
    private PresenterConsole console;
    private MainPlace mainPlace;
    private boolean closing;

    /** Where the main window was, to put it back exactly. */
    private record MainPlace(double x, double y, double width, double height, boolean maximized, boolean fullScreen) {
        static MainPlace of(Stage s) {
            return new MainPlace(s.getX(), s.getY(), s.getWidth(), s.getHeight(), s.isMaximized(), s.isFullScreen());
        }

        void restore(Stage s) {
            s.setX(x);
            s.setY(y);
            s.setWidth(width);
            s.setHeight(height);
            if (s.isMaximized() != maximized) s.setMaximized(maximized);
            if (s.isFullScreen() != fullScreen) s.setFullScreen(fullScreen);
        }

        Rectangle2D bounds() { return new Rectangle2D(x, y, width, height); }
    }

    /**
     * @param windowKeys the main window's key handling (stepping, the clicker, the script), for the keys these
     *     windows leave to it
     */
    public AudienceMode(Node mainWindow, LessonSession session, Lecture lecture, ObservableBooleanValue matrixShown,
                        EventHandler<KeyEvent> windowKeys) {
        this.mainWindow = Objects.requireNonNull(mainWindow, "mainWindow");
        this.session = Objects.requireNonNull(session, "session");
        this.lecture = lecture;
        this.script = lecture.script();
        this.presenter = lecture.presenter();
        this.matrixShown = matrixShown;
        this.theme = lecture.themeProperty();
        this.windowKeys = windowKeys;
        ticks.setCycleCount(Animation.INDEFINITE);
        theme.addListener((obs, old, t) -> applyTheme());
    }

    /** Whether the audience window and the console are open. */
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }

    public boolean isActive() { return active.get(); }

    /** Opens or closes them. */
    public void toggle() {
        if (active.get()) close();
        else open();
    }

    /** The Lecture menu's item, with its accelerator. */
    public void addMenuItem(AppMenus menus) {
        CheckMenuItem item = new CheckMenuItem(Texts.get("menu.lecture.audience"));
        item.setId("menuAudience");
        item.setAccelerator(KEY);
        item.setOnAction(e -> {
            toggle();
            item.setSelected(active.get());
        });
        active.addListener((obs, was, now) -> item.setSelected(now));
        menus.menu(AppMenus.LECTURE).getItems().add(1, item);
    }

    /** Opens the audience window and the console in place of the main window; nothing if already open. */
    public void open() {
        if (active.get()) return;
        Stage main = mainStage();
        if (main == null) return;
        // Presenter mode's full screen, blank screen and sheet of keys belong to the main window; the audience
        // window has its own, and an overlay left on the hidden window would take every key.
        mainPlace = MainPlace.of(main);
        wasPresenting = presenter.isActive();
        presenter.activeProperty().set(false);
        lecture.blankScreen().hide();
        lecture.shortcutSheet().hide();
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        AudiencePlacement place = AudiencePlacement.of(screens, primary, mainPlace.bounds());

        audience = new AudienceView(session, script, presenter, matrixShown, place.audienceFullScreen());
        console = new PresenterConsole(session, script, timer, this::close);
        audienceStage = stage(audience, place.audience(), Texts.get("audience.title"));
        consoleStage = stage(console, place.console(), Texts.get("console.title"));
        applyTheme();
        active.set(true);
        timer.reset();
        timer.start();
        ticks.play();

        consoleStage.show();
        audienceStage.show();
        if (place.audienceFullScreen()) {
            audienceStage.setFullScreenExitHint("");
            audienceStage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            audienceStage.setFullScreen(true);
        }
        main.hide();
        consoleStage.toFront();
        consoleStage.requestFocus();
    }

    /** Closes both windows and brings the main window back where and as it was; nothing if not open. */
    public void close() {
        if (!active.get() || closing) return;
        closing = true;
        try {
            ticks.stop();
            timer.pause();
            // The main window shows before the others hide: with no window showing the application would end.
            Stage main = mainStage();
            if (main != null) {
                main.show();
                if (wasPresenting) presenter.activeProperty().set(true);
                else mainPlace.restore(main);
                main.toFront();
                main.requestFocus();
            }
            for (Stage s : new Stage[] {audienceStage, consoleStage}) {
                s.getScene().removeEventFilter(KeyEvent.ANY, ownKeys);
                s.hide();
            }
            audienceStage = null;
            consoleStage = null;
            audience = null;
            console = null;
            active.set(false);
        } finally {
            closing = false;
        }
    }

    /** The class's view while open, else null. */
    public AudienceView audience() { return audience; }

    /** The lecturer's console while open, else null. */
    public PresenterConsole console() { return console; }

    public Stage audienceStage() { return audienceStage; }

    public Stage consoleStage() { return consoleStage; }

    private Stage stage(Parent root, Rectangle2D bounds, String title) {
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight());
        scene.getStylesheets().addAll(mainWindow.getScene().getStylesheets());
        if (mainWindow instanceof Parent p) root.getStylesheets().addAll(p.getStylesheets());
        scene.addEventFilter(KeyEvent.ANY, ownKeys);
        Stage stage = new Stage();
        stage.setTitle(title);
        Window owner = mainWindow.getScene().getWindow();
        if (owner instanceof Stage s) stage.getIcons().setAll(s.getIcons());
        stage.setScene(scene);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setOnHidden(e -> close());
        return stage;
    }

    private void applyTheme() {
        Theme t = theme.getValue() == null ? Theme.LIGHT : theme.getValue();
        for (Stage s : new Stage[] {audienceStage, consoleStage}) {
            if (s == null) continue;
            t.applyTo(s.getScene().getStylesheets());
            t.applyTo(s.getScene().getRoot().getStylesheets());
        }
    }

    private void refreshTimer() {
        if (console != null) console.refreshTimer();
    }

    /**
     * The keys that mean something else here than in the main window: Esc and the accelerator end the audience
     * view, B blanks the class's screen, T pauses the timer, Ctrl +/−/0 zoom the class's view. Keys of the main
     * window's own overlays (its sheet, presenter mode, the value editor) are not passed on. The rest — the
     * clicker, the stepping keys, a playing script — go on to the main window's key handling.
     */
    private void handleKey(KeyEvent e) {
        if (audience == null) return;
        ownKey(e);
        // Only what these windows did not take goes on: every filter of a node sees an event, consumed or not.
        if (!e.isConsumed() && e.getEventType() != KeyEvent.KEY_RELEASED) windowKeys.handle(e);
    }

    private void ownKey(KeyEvent e) {
        if (audience.blankScreen().intercept(e)) {
            e.consume();
            return;
        }
        if (e.getEventType() == KeyEvent.KEY_TYPED) {
            // "?" opens the main window's sheet of keys, which would then take every key: the console lists them.
            if ("?".equals(e.getCharacter()) && !isTyping(e)) e.consume();
            return;
        }
        if (e.getEventType() != KeyEvent.KEY_PRESSED) return;
        if (isTyping(e)) {
            // Esc in the notes field leaves it (the notes stay as typed until saved); other keys are the field's.
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                console.leaveNotes();
            }
            return;
        }
        KeyCode code = e.getCode();
        boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isMetaDown() && !e.isControlDown();
        Runnable action = null;
        if (KEY.match(e) || plain && code == KeyCode.ESCAPE) {
            action = this::close;
        } else if (plain && code == KeyCode.B) {
            action = audience.blankScreen()::toggle;
        } else if (plain && code == KeyCode.T) {
            action = console::toggleTimer;
        } else if (e.isShortcutDown() && (code == KeyCode.EQUALS || code == KeyCode.PLUS || code == KeyCode.ADD)) {
            action = audience.zoom()::zoomIn;
        } else if (e.isShortcutDown() && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            action = audience.zoom()::zoomOut;
        } else if (e.isShortcutDown() && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            action = audience.zoom()::reset;
        } else if (plain && (code == KeyCode.F1 || code == KeyCode.F2 || code == KeyCode.F5 || code == KeyCode.F10
                || code == KeyCode.SLASH)) {
            action = () -> { };
        }
        if (action != null) {
            e.consume();
            action.run();
        }
    }

    private static boolean isTyping(KeyEvent e) {
        Node focus = e.getSource() instanceof Scene scene ? scene.getFocusOwner() : null;
        return focus instanceof TextInputControl text && text.isEditable() && !text.isDisabled();
    }

    private Stage mainStage() {
        Scene scene = mainWindow.getScene();
        return scene != null && scene.getWindow() instanceof Stage s ? s : null;
    }
}
