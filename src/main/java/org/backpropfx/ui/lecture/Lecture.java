package org.backpropfx.ui.lecture;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.backpropfx.session.LectureScript;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.session.LessonSession;
import org.backpropfx.ui.AppMenus;
import org.backpropfx.ui.Shortcut;
import org.backpropfx.ui.prefs.Theme;
import org.backpropfx.ui.prefs.WindowPrefs;

/**
 * What an instructor in front of a room and a student alone need beyond stepping: presenter mode, zoom,
 * themes, a blank screen, explanations, the quiz, the gradient check and the shortcut sheet. The main
 * window creates one, places its panels, registers its own panels with {@link #presenter()} and hands
 * {@link #keys()} to its key handling.
 */
public final class Lecture {
    public static final String STYLESHEET = "lecture.css";
    public static final String EXPLANATIONS = "Explanations";
    public static final String QUIZ = "Quiz";
    public static final String SCRIPT = "Script";
    public static final String MENU_BAR = "Menu bar";
    /** What the notice in the phase bar says while presenting. */
    public static final String PRESENTER_NOTICE = "F5 or Esc leaves presenter mode · F10 menus";
    /** How long the notice stays, in seconds. */
    static final double NOTICE_SECONDS = 6;
    /** How much larger everything is while presenting, before any zoom. */
    public static final double PRESENTER_BOOST = 1.25;

    /** A key and what it does. */
    public record KeyAction(Shortcut shortcut, Runnable action) {}

    private final Pane window;
    private final LessonSession session;
    private final PresenterMode presenter;
    private final Zoom zoom;
    private final BlankScreen blank;
    private final ShortcutSheet sheet;
    private final ExplanationStrip explanation;
    private final QuizPanel quiz;
    private final LectureScript script;
    private final ScriptPanel scriptPanel;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ToggleButton presenterToggle = new ToggleButton();
    private final Label notice = new Label(Texts.get("presenter.notice"));
    private final PauseTransition noticeTimer =
            new PauseTransition(Duration.seconds(NOTICE_SECONDS));
    private final MenuBarReveal menuReveal;
    private final ThemedWindows themed;
    private Stage gradientStage;
    private GradientCheckView gradientView;

    public Lecture(Pane window, LessonSession session, AppMenus menus, Supplier<List<Shortcut>> windowKeys) {
        this.window = Objects.requireNonNull(window, "window");
        this.session = Objects.requireNonNull(session, "session");
        window.getStylesheets().add(stylesheet(STYLESHEET));
        presenter = new PresenterMode(window);
        zoom = new Zoom(window);
        blank = new BlankScreen(window);
        sheet = new ShortcutSheet(window, windowKeys, menus);
        explanation = new ExplanationStrip(session);
        quiz = new QuizPanel(session, new Random(), Texts.locale());
        script = new LectureScript(session);
        scriptPanel = new ScriptPanel(session, script);

        themed = new ThemedWindows(window, theme);
        themed.applyAll();

        presenterToggle.setId("presenterToggle");
        presenterToggle.getStyleClass().add("presenter-toggle");
        presenterToggle.setTooltip(new Tooltip(Texts.get("presenter.tip")));
        // A projector screen drawn, not written: the toolbar has no room left for a word.
        SVGPath screen = new SVGPath();
        screen.setContent("M0 0h18v12H0z M2 2v8h14V2z M8 12h2v3H8z M4 15h10v1.6H4z");
        screen.setFillRule(FillRule.EVEN_ODD);
        screen.getStyleClass().add("presenter-icon");
        // The drawing grows with the zoom as the words beside it do; in a group, so the button makes room for it.
        DoubleProperty iconScale = new SimpleDoubleProperty(1.0);
        screen.scaleXProperty().bind(iconScale);
        screen.scaleYProperty().bind(iconScale);
        zoom.follow(iconScale);
        presenterToggle.setGraphic(new Group(screen));
        presenterToggle.setAccessibleText(Texts.get("presenter.name"));
        presenterToggle.selectedProperty().bindBidirectional(presenter.activeProperty());

        menuReveal = new MenuBarReveal(menus, presenter, presenter.addPanel(MENU_BAR, menus, null, false));
        // The notice sits at the end of the phase bar, in the layout, so it covers nothing; it fades, keeping its room.
        notice.setId("presenterNotice");
        notice.getStyleClass().add("presenter-notice");
        notice.setVisible(false);
        notice.setManaged(false);
        noticeTimer.setOnFinished(e -> {
            notice.setVisible(false);
            notice.setManaged(false);
        });
        presenter.activeProperty().addListener((obs, was, now) -> {
            notice.setManaged(now);
            notice.setVisible(now);
            if (now) noticeTimer.playFromStart();
            else noticeTimer.stop();
        });
        // On a small screen (a 1280×720 projector) the explanation is a little smaller, so that a long one
        // leaves the network over half the screen; from 900 px up it is the full presenter size.
        window.heightProperty().addListener((obs, was, h) -> compact(h.doubleValue()));
        presenter.activeProperty().addListener((obs, was, now) -> compact(window.getHeight()));
        presenter.addPanel(EXPLANATIONS, explanation, null, true);
        presenter.addPanel(QUIZ, quiz, null, true).wantedProperty().bind(quiz.activeProperty());
        presenter.addPanel(SCRIPT, scriptPanel, null, true);
        // Leaving presenter mode also brings the picture back: a blank window outside a talk is a puzzle.
        presenter.activeProperty().addListener((obs, was, now) -> {
            if (!now) blank.hide();
            zoom.setBoost(now ? PRESENTER_BOOST : 1.0);
        });
        addMenus(menus);
    }

    public PresenterMode presenter() { return presenter; }

    /**
     * Puts back the zoom and the panels kept while presenting from the last run, and remembers each change
     * from now on. Called once the window has registered all its panels.
     */
    public void remember(WindowPrefs prefs) {
        zoom.set(prefs.zoom());
        zoom.scaleProperty().addListener((obs, was, level) -> prefs.setZoom(level.doubleValue()));
        for (PresenterMode.Panel p : presenter.panels()) {
            String key = PresenterMode.titleKey(p.name()).substring("panel.".length());
            if (p.presentedProperty().isBound()) continue;
            prefs.presented(key).ifPresent(p.presentedProperty()::set);
            p.presentedProperty().addListener((obs, was, now) -> prefs.setPresented(key, now));
        }
    }

    public Zoom zoom() { return zoom; }

    public BlankScreen blankScreen() { return blank; }

    public ShortcutSheet shortcutSheet() { return sheet; }

    public ExplanationStrip explanation() { return explanation; }

    public QuizPanel quiz() { return quiz; }

    /** The lesson's lecture script, played and recorded. */
    public LectureScript script() { return script; }

    /** The script's caption and controls, above the network. */
    public ScriptPanel scriptPanel() { return scriptPanel; }

    /** The colour scheme, applied to the window and the gradient-check window. */
    public ObjectProperty<Theme> themeProperty() { return theme; }

    /** The notice of how to leave presenter mode, for the phase bar. */
    public Label presenterNotice() { return notice; }

    /** Whether the menu bar is back for the moment while presenting. */
    public boolean isMenuBarRevealed() { return menuReveal.isRevealed(); }

    /** The toolbar's presenter-mode switch. */
    public ToggleButton presenterToggle() { return presenterToggle; }

    /** The keys of these tools, for the window's key handling and the shortcut sheet. */
    public List<KeyAction> keys() {
        KeyCombination.Modifier shortcut = KeyCombination.SHORTCUT_DOWN;
        KeyCombination.Modifier anyShift = KeyCombination.SHIFT_ANY;
        return List.of(
                new KeyAction(Shortcut.pressed("F5", Texts.get("keys.presenter"),
                        new KeyCodeCombination(KeyCode.F5)), presenter::toggle),
                new KeyAction(new Shortcut("Esc", Texts.get("keys.leave"),
                        e -> presenter.isActive() && e.getEventType() == KeyEvent.KEY_PRESSED
                                && e.getCode() == KeyCode.ESCAPE), this::escape),
                new KeyAction(Shortcut.listed("F10", Texts.get("keys.menus")), () -> { }),
                new KeyAction(Shortcut.pressed("B", Texts.get("keys.blank"),
                        new KeyCodeCombination(KeyCode.B)), blank::toggle),
                new KeyAction(Shortcut.pressed("Ctrl +", Texts.get("keys.zoomIn"),
                        new KeyCodeCombination(KeyCode.EQUALS, shortcut, anyShift),
                        new KeyCodeCombination(KeyCode.PLUS, shortcut, anyShift),
                        new KeyCodeCombination(KeyCode.ADD, shortcut, anyShift)), zoom::zoomIn),
                new KeyAction(Shortcut.pressed("Ctrl −", Texts.get("keys.zoomOut"),
                        new KeyCodeCombination(KeyCode.MINUS, shortcut, anyShift),
                        new KeyCodeCombination(KeyCode.SUBTRACT, shortcut, anyShift)), zoom::zoomOut),
                new KeyAction(Shortcut.pressed("Ctrl 0", Texts.get("keys.actual"),
                        new KeyCodeCombination(KeyCode.DIGIT0, shortcut),
                        new KeyCodeCombination(KeyCode.NUMPAD0, shortcut)), zoom::reset),
                new KeyAction(Shortcut.pressed("F1", Texts.get("keys.sheet"),
                        new KeyCodeCombination(KeyCode.F1)), sheet::toggle),
                new KeyAction(Shortcut.typed("?", Texts.get("keys.sheet")), sheet::toggle));
    }

    /** The style class for presenting on a screen under {@link #COMPACT_BELOW} pixels high. */
    public static final String COMPACT = "compact";
    static final double COMPACT_BELOW = 900;

    private void compact(double height) {
        boolean small = presenter.isActive() && height > 0 && height < COMPACT_BELOW;
        if (small && !window.getStyleClass().contains(COMPACT)) window.getStyleClass().add(COMPACT);
        if (!small) window.getStyleClass().removeAll(COMPACT);
    }

    /** Esc closes what is open first: a menu, then the revealed menu bar; only then presenter mode. */
    private void escape() {
        if (menuReveal.isMenuOpen() || menuReveal.menuClosedJustNow()) return;
        if (menuReveal.isRevealed()) {
            menuReveal.conceal();
            return;
        }
        presenter.activeProperty().set(false);
    }

    /** Sees every key first: an open sheet or a blank screen takes them all. */
    public boolean intercept(KeyEvent event) {
        return sheet.intercept(event) || blank.intercept(event) || scriptPanel.intercept(event);
    }

    /** Opens the gradient check for the current step, or brings it forward checked afresh. */
    public void openGradientCheck() {
        if (gradientStage == null) {
            gradientView = new GradientCheckView(session);
            Scene scene = new Scene(gradientView, 940, 520);
            gradientView.getStylesheets().add(stylesheet(STYLESHEET));
            gradientStage = new Stage();
            gradientStage.setTitle(Texts.get("gradient.title"));
            if (window.getScene() != null && window.getScene().getWindow() != null) {
                gradientStage.initOwner(window.getScene().getWindow());
            }
            gradientStage.setScene(scene);
            theme.addListener((obs, old, t) -> (t == null ? Theme.LIGHT : t).applyTo(gradientView.getStylesheets()));
            (theme.get() == null ? Theme.LIGHT : theme.get()).applyTo(gradientView.getStylesheets());
        } else {
            gradientView.refresh();
        }
        gradientStage.show();
        gradientStage.toFront();
    }

    /** The gradient-check view once opened, else null. */
    public GradientCheckView gradientCheckView() { return gradientView; }

    private void addMenus(AppMenus menus) {
        Menu view = menus.menu(AppMenus.VIEW);
        CheckMenuItem explanations = new CheckMenuItem(Texts.get("menu.view.explanations"));
        explanations.setId("menuExplanations");
        explanations.selectedProperty().bindBidirectional(presenter.panel(EXPLANATIONS).wantedProperty());
        Menu themes = new Menu(Texts.get("menu.view.theme"));
        themes.setId("menuTheme");
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(Texts.get("theme." + t.id()));
            item.setId("menuTheme-" + t.id());
            item.setToggleGroup(group);
            item.setSelected(t == theme.get());
            item.setOnAction(e -> theme.set(t));
            theme.addListener((obs, old, now) -> item.setSelected(now == t));
            themes.getItems().add(item);
        }
        view.getItems().addAll(explanations, themes,
                AppMenus.item(Texts.get("menu.view.zoomIn"), null, zoom::zoomIn),
                AppMenus.item(Texts.get("menu.view.zoomOut"), null, zoom::zoomOut),
                AppMenus.item(Texts.get("menu.view.actual"), null, zoom::reset));

        Menu lecture = menus.menu(AppMenus.LECTURE);
        CheckMenuItem present = new CheckMenuItem(Texts.get("menu.lecture.presenter"));
        present.setId("menuPresenter");
        present.selectedProperty().bindBidirectional(presenter.activeProperty());
        Menu panels = new Menu(Texts.get("menu.lecture.panels"));
        panels.setId("menuPresenterPanels");
        fillPanelChoices(panels);
        CheckMenuItem quizMode = new CheckMenuItem(Texts.get("menu.lecture.quiz"));
        quizMode.setId("menuQuiz");
        quizMode.selectedProperty().bindBidirectional(quiz.activeProperty());
        MenuItem blankItem = AppMenus.item(Texts.get("menu.lecture.blank"), null, blank::toggle);
        MenuItem gradient = AppMenus.item(Texts.get("menu.lecture.gradient"), null, this::openGradientCheck);
        gradient.setId("menuGradientCheck");
        // Refilled as the menu opens: panels may be registered after this constructor.
        lecture.addEventHandler(Menu.ON_SHOWING, e -> fillPanelChoices(panels));
        MenuItem playScript = AppMenus.item(Texts.get("menu.lecture.playScript"), null, () -> {
            if (!script.play()) session.showMessage(Texts.get("script.none"));
        });
        playScript.setId("menuPlayScript");
        CheckMenuItem recordScript = new CheckMenuItem(Texts.get("menu.lecture.recordScript"));
        recordScript.setId("menuRecordScript");
        recordScript.selectedProperty().bindBidirectional(scriptPanel.recordingProperty());
        lecture.getItems().addAll(present, panels, blankItem, new SeparatorMenuItem(), playScript, recordScript,
                new SeparatorMenuItem(), quizMode, gradient);

        MenuItem keys = AppMenus.item(Texts.get("menu.help.keys"), null, sheet::toggle);
        keys.setId("menuShortcuts");
        menus.menu(AppMenus.HELP).getItems().add(keys);
    }

    /** One check item per registered panel: whether it stays on screen while presenting. */
    private void fillPanelChoices(Menu menu) {
        menu.getItems().clear();
        for (PresenterMode.Panel p : presenter.panels()) {
            CheckMenuItem item = new CheckMenuItem(p.title());
            item.setSelected(p.presentedProperty().get());
            item.selectedProperty().addListener((obs, was, now) -> p.presentedProperty().set(now));
            menu.getItems().add(item);
        }
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(Lecture.class.getResource(name), name).toExternalForm();
    }
}
