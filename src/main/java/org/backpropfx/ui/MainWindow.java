package org.backpropfx.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Language;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.ui.formula.FormulaPanel;
import org.backpropfx.ui.lecture.Lecture;
import org.backpropfx.ui.lecture.LessonNotePanel;
import org.backpropfx.ui.lecture.PresenterMode;
import org.backpropfx.ui.lecture.audience.AudienceMode;
import org.backpropfx.ui.matrix.MatrixView;
import org.backpropfx.ui.matrix.MatrixViewPlace;
import org.backpropfx.ui.network.NetworkView;
import org.backpropfx.ui.prefs.DividerPrefs;
import org.backpropfx.ui.prefs.SettingsStore;

/**
 * The main window's content: the stepping toolbar and phase caption on top; on the left the network over
 * the samples and the loss curve, on the right the formulas over the tabbed plots; divided by split panes
 * an instructor can drag.
 */
public final class MainWindow extends BorderPane {
    static final String STYLESHEET = "app.css";
    /** The network's share of the width while presenting; the formulas have the rest. */
    static final double PRESENTER_NETWORK_SHARE = 0.74;
    /** The left column's share of the width: the network over the samples and the loss curve. */
    static final double NETWORK_WIDTH_SHARE = 0.6;
    /** The network's share of the left column's height. */
    static final double NETWORK_HEIGHT_SHARE = 0.58;
    /** The samples table's share of the strip under the network; the loss curve has the rest. */
    static final double SAMPLES_SHARE = 0.47;
    /** The formulas' share of the right column's height; the plot tabs have the rest. */
    static final double FORMULA_SHARE = 0.33;

    private final LessonSession session;
    private final KeyBindings keys;
    private final AppMenus menus;
    private final Plots plots;
    private final Lecture lecture;
    private final LessonEditing tinkering;
    private final SamplesPanel samplesPanel;
    private final PngExport exports;
    private final MatrixView matrixView;
    private final MatrixViewPlace matrixPlace;
    private final AppConventions conventions;
    private LessonNotePanel lessonNote;
    private final ProblemNotices notices;
    private final LanguageMenu language;
    private final AudienceMode audience;
    /** The split panes whose dividers are remembered: #networkSplit, #dataSplit, #plotStrip, #formulaSplit. */
    private final List<SplitPane> splits;
    /** Whether the normal layout shows (not presenting, no panel taken out): only its dividers are remembered. */
    private final BooleanSupplier normalLayout;

    public MainWindow(LessonSession session) {
        this.session = Objects.requireNonNull(session, "session");
        getStyleClass().add("main-window");
        getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET), STYLESHEET)
                .toExternalForm());

        menus = new AppMenus(session);
        StepToolBar toolbar = new StepToolBar(session);
        PhaseCaption caption = new PhaseCaption(session);
        VBox top = new VBox(menus, toolbar, caption);
        setTop(top);

        Node network = createNetworkView(session);
        Node formulas = createFormulaPanel(session);
        plots = new Plots(session);
        // Left the network over the samples and the loss curve; right, full height, the formulas over the
        // tabs of the weight slice, the decision map, the activation plot and the confusion matrix. At
        // 1280×720 the decision map then gets a plot of over 200 px and the samples table and the loss
        // curve's switches their full width. The matrix view (View › Matrix view, Ctrl+M) goes between the
        // formulas and the plots when open.
        matrixView = new MatrixView(session);
        matrixView.setId("matrixView");
        SplitPane formulasAndPlots = new SplitPane(formulas, matrixView, plots.tabs());
        formulasAndPlots.setId("formulaSplit");
        formulasAndPlots.setOrientation(Orientation.VERTICAL);
        formulasAndPlots.setDividerPositions(FORMULA_SHARE);
        matrixPlace = new MatrixViewPlace(formulasAndPlots, formulas, matrixView);

        SamplesPanel samples = new SamplesPanel(session);
        SplitPane data = new SplitPane(samples, plots.lossCurves());
        data.setId("plotStrip");
        data.setDividerPositions(SAMPLES_SHARE);
        SplitPane networkAndData = new SplitPane(network, data);
        networkAndData.setId("dataSplit");
        networkAndData.setOrientation(Orientation.VERTICAL);
        networkAndData.setDividerPositions(NETWORK_HEIGHT_SHARE);
        SplitPane centre = new SplitPane(networkAndData, formulasAndPlots);
        centre.setId("networkSplit");
        centre.setDividerPositions(NETWORK_WIDTH_SHARE);
        // Divergence and file problems slide down over the centre (ControlsFX NotificationPane).
        notices = new ProblemNotices(scrollsWhenShort(centre), session);
        setCenter(notices.pane());
        PngExport exports = new PngExport(menus);
        exports.add(Texts.get("png.network"), network, "network.png", ((NetworkView) network)::printImage);
        plots.addExports(exports);
        this.exports = exports;

        keys = new KeyBindings(session);
        // File and Edit menus, undo/redo, typing and nudging weights, drag and drop, unsaved-edit prompts.
        tinkering = new LessonEditing(this, session, (NetworkView) network, menus, keys);
        caption.showActivity(tinkering.fileWork().activityProperty(), tinkering.fileWork().progressProperty());
        // Data presets, CSV import and clicks on the decision map that add samples.
        new SampleEditing(this, session, plots, menus, tinkering.fileWork());
        samplesPanel = samples;
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) keys.uninstall(old);
            if (scene != null) keys.install(scene);
        });

        // Presenter mode, zoom, themes, explanations, quiz, gradient check, shortcut sheet.
        lecture = new Lecture(this, session, menus, keys::shortcuts);
        lessonNote = new LessonNotePanel(session);
        top.getChildren().addAll(lessonNote, lecture.scriptPanel(), lecture.explanation(), lecture.quiz());
        lessonNote.hideWhile(lecture.presenter().activeProperty());
        caption.getChildren().add(lecture.presenterNotice());
        // Beside the explanation: in the phase bar it pushed the bar onto a second row at 1280×720.
        lecture.explanation().addButton(lessonNote.button());
        menus.menu(AppMenus.VIEW).getItems().add(lessonNote.menuItem());
        toolbar.getItems().add(lecture.presenterToggle());
        lecture.zoom().follow(((NetworkView) network).fontScaleProperty());
        lecture.zoom().follow(((FormulaPanel) formulas).fontScaleProperty());
        plots.follow(lecture.zoom());
        lecture.zoom().follow(toolbar.fontScaleProperty());
        PresenterMode presenter = lecture.presenter();
        presenter.addPanel("Toolbar", toolbar, null, false);
        List<PresenterMode.Panel> inSplits = new ArrayList<>();
        inSplits.add(presenter.addPanel("Formulas", formulas, formulasAndPlots, true));
        addMatrixViewItem(menus, (NetworkView) network);
        addFitNetworkItem(menus, (NetworkView) network);
        // One panel for the whole tab pane, the activation plot among its tabs: presented, every tab can be chosen.
        inSplits.add(presenter.addPanel("Weight slice and decision map", plots.tabs(), formulasAndPlots, false));
        inSplits.add(presenter.addPanel("Samples table", samples, data, false));
        inSplits.add(presenter.addPanel("Loss curve", plots.lossCurves(), data, false));
        presenter.hideWhenEmpty(formulasAndPlots, centre);
        // While presenting the network takes most of the width: over half the screen with the caption on top.
        presenter.presentDivider(centre, PRESENTER_NETWORK_SHARE);
        presenter.hideWhenEmpty(data, networkAndData);
        splits = List.of(centre, networkAndData, data, formulasAndPlots);
        normalLayout = () -> !presenter.isActive() && inSplits.stream().allMatch(PresenterMode.Panel::isShown)
                && centre.getItems().contains(formulasAndPlots) && networkAndData.getItems().contains(data);
        // Lecture › Audience window: the class's view and the lecturer's console, both stepped by the same keys.
        audience = new AudienceMode(this, session, lecture, matrixPlace.shownProperty(),
                keys);
        audience.addMenuItem(menus);
        for (Lecture.KeyAction k : lecture.keys()) keys.bind(k.shortcut(), k.action());
        keys.intercept(lecture::intercept);
        // File › Quit and Help › About, last in their menus.
        conventions = new AppConventions(this, menus);
        language = new LanguageMenu(menus, session);
    }

    /**
     * Puts the split panes' dividers where the user left them in the normal layout and remembers each move
     * there from now on; the matrix view's opening and closing brings back the positions kept for that layout.
     */
    public void rememberDividers(SettingsStore store) {
        DividerPrefs dividers = new DividerPrefs(store, normalLayout);
        for (SplitPane split : splits) dividers.remember(split);
        SplitPane formulaSplit = splits.get(3);
        // After MatrixViewPlace's own listener, which sets default positions for the new item.
        matrixPlace.shownProperty().addListener((obs, was, shown) -> dividers.restore(formulaSplit));
    }

    /** The language chosen under View › Language; it applies when the window is next built. */
    public ObjectProperty<Language> languageProperty() {
        return language.languageProperty();
    }

    /** View › Matrix view (Ctrl+M); its colours are the network view's, which the theme sets. */
    private void addMatrixViewItem(AppMenus menus, NetworkView network) {
        CheckMenuItem item = new CheckMenuItem(Texts.get("menu.view.matrix"));
        item.setId("menuMatrixView");
        item.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        item.selectedProperty().bindBidirectional(matrixPlace.shownProperty());
        menus.menu(AppMenus.VIEW).getItems().add(item);
        matrixView.textColorProperty().bind(network.textColorProperty());
        matrixView.accentColorProperty().bind(network.accentColorProperty());
        matrixView.backgroundColorProperty().bind(network.backgroundColorProperty());
        lecture.zoom().follow(matrixView.fontScaleProperty());
    }

    /** View › Fit the whole network (Ctrl+Shift+F): back from a zoom (Ctrl+scroll) on the network. */
    private static void addFitNetworkItem(AppMenus menus, NetworkView network) {
        MenuItem item = new MenuItem(Texts.get("menu.view.fit"));
        item.setId("menuFitNetwork");
        item.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        item.disableProperty().bind(network.fittedProperty());
        item.setOnAction(e -> network.fit());
        menus.menu(AppMenus.VIEW).getItems().add(item);
    }

    /** "About this lesson": the lesson's note, collapsible. */
    public LessonNotePanel lessonNote() { return lessonNote; }

    /** Whether the matrix view is open (View › Matrix view, Ctrl+M); closed until the user opens it. */
    public BooleanProperty matrixViewShownProperty() { return matrixPlace.shownProperty(); }

    /** The current phase as matrices and vectors. */
    public MatrixView matrixView() { return matrixView; }

    /** The bar over the centre that tells of divergence and file problems. */
    public ProblemNotices notices() { return notices; }

    /** Quit and About. */
    AppConventions conventions() { return conventions; }

    /** Lecture › Audience window: the projector's view and the presenter console. */
    public AudienceMode audience() { return audience; }

    /** Presenter mode, zoom, themes, quiz and the other lecture tools. */
    public Lecture lecture() { return lecture; }

    /** Editing by hand: the value editor on the network and the file commands. */
    LessonEditing tinkering() { return tinkering; }

    /** Export of the network view and the plots as PNG. */
    PngExport exports() { return exports; }

    /** The samples table with its buttons. */
    SamplesPanel samplesPanel() { return samplesPanel; }

    public LessonSession session() { return session; }

    /** The menu bar, for the parts of the window that add commands to it. */
    public AppMenus menus() { return menus; }

    /** The plots, for the parts of the window that add to them. */
    public Plots plots() { return plots; }

    private static Node createNetworkView(LessonSession session) {
        NetworkView view = new NetworkView(session);
        view.setId("networkView");
        return view;
    }

    private static Node createFormulaPanel(LessonSession session) {
        FormulaPanel panel = new FormulaPanel(session);
        panel.setId("formulaPanel");
        return panel;
    }

    /**
     * The centre fills the room under the top bars, and scrolls once that room is shorter than the height the
     * panels need to be read (app.css gives the centre a minimum height in em, so it grows with the zoom):
     * zoomed to 150 % or 200 % in a 1280×720 window, the network, the samples and the plots keep a readable
     * size instead of being squeezed to slivers or cut off at the window's edge. Presenter mode has no such
     * minimum; it fits the screen.
     */
    private static ScrollPane scrollsWhenShort(SplitPane centre) {
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setId("centreScroll");
        scroll.getStyleClass().add("centre-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        return scroll;
    }
}
