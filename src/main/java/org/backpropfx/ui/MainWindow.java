package org.backpropfx.ui;

import java.util.Objects;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import org.backpropfx.session.LessonSession;
import org.backpropfx.ui.formula.FormulaPanel;
import org.backpropfx.ui.network.NetworkView;

/**
 * The main window's content: the stepping toolbar and phase caption on top, the network in the
 * centre, the formulas on the right and the samples below, divided by split panes an instructor
 * can drag.
 */
public final class MainWindow extends BorderPane {
    static final String STYLESHEET = "app.css";

    private final LessonSession session;
    private final KeyBindings keys;
    private final AppMenus menus;

    public MainWindow(LessonSession session) {
        this.session = Objects.requireNonNull(session, "session");
        getStyleClass().add("main-window");
        getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET), STYLESHEET)
                .toExternalForm());

        menus = new AppMenus(session);
        setTop(new VBox(menus, new StepToolBar(session), new PhaseCaption(session)));

        Node network = createNetworkView(session);
        Node formulas = createFormulaPanel(session);
        SplitPane networkAndFormulas = new SplitPane(network, formulas);
        networkAndFormulas.setId("networkSplit");
        networkAndFormulas.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(formulas, false);

        SamplesTable samples = new SamplesTable(session);
        SplitPane centre = new SplitPane(networkAndFormulas, samples);
        centre.setId("dataSplit");
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(samples, false);
        setCenter(centre);

        keys = new KeyBindings(session);
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) keys.uninstall(old);
            if (scene != null) keys.install(scene);
        });
    }

    public LessonSession session() { return session; }

    /** The menu bar, for the parts of the window that add commands to it. */
    public AppMenus menus() { return menus; }

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
}
