package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.backpropfx.ui.FxTest.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.ui.lecture.PresenterMode;
import org.backpropfx.ui.network.NetworkView;
import org.backpropfx.ui.prefs.SettingsStore;
import org.backpropfx.ui.prefs.WindowPrefs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window zoomed: the toolbar keeps every control whole and reachable, and the zoom and the presenter panels are remembered. */
@ExtendWith(ApplicationExtension.class)
class ZoomedWindowTest {
    /** A node of its own under the user's preferences, removed afterwards: the user's settings stay untouched. */
    private final Preferences node = Preferences.userRoot().node("org/backpropfx/test-zoom-" + System.nanoTime());
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void zoomedIn1280x720TheCentreScrollsInsteadOfSqueezingTheNetworkAndEveryPanelCanBeScrolledIntoView(FxRobot robot) {
        MainWindowFixture opened = MainWindowFixture.open(stage, LessonFiles.loadShipped("xor"), 1280, 720);
        MainWindow window = opened.window();
        ScrollPane scroll = robot.lookup("#centreScroll").queryAs(ScrollPane.class);
        Node centre = robot.lookup("#networkSplit").query();
        Node network = robot.lookup("#networkView").query();
        // At actual size everything fits: the centre is exactly as tall as the room it has.
        assertThat(onFx(() -> centre.getLayoutBounds().getHeight()))
                .isCloseTo(onFx(() -> scroll.getViewportBounds().getHeight()), within(0.5));
        for (double zoom : new double[] {1.5, 2.0}) {
            robot.interact(() -> window.lecture().zoom().set(zoom));
            WaitForAsyncUtils.waitForFxEvents();
            double windowHeight = onFx(() -> window.getScene().getHeight());
            assertThat(onFx(() -> network.getLayoutBounds().getHeight()))
                    .as("the network's height at %s in a %s px high window", zoom, windowHeight)
                    .isGreaterThanOrEqualTo(0.4 * windowHeight);
            robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
            WaitForAsyncUtils.waitForFxEvents();
            Bounds viewport = onFx(() -> scroll.localToScene(scroll.getLayoutBounds()));
            for (String id : new String[] {"#samples", "#lossCurves", "#plotTabs"}) {
                Node panel = robot.lookup(id).query();
                Bounds b = onFx(() -> panel.localToScene(panel.getLayoutBounds()));
                assertThat(b.getMaxY()).as("%s scrolled into view at %s", id, zoom)
                        .isLessThanOrEqualTo(Math.min(viewport.getMaxY(), windowHeight) + 0.5);
                assertThat(b.getHeight()).as("%s keeps some room at %s", id, zoom).isGreaterThan(100);
            }
            robot.interact(() -> scroll.setVvalue(scroll.getVmin()));
        }
    }

    @Test
    void everyToolbarControlIsWholeOnTheBarOrInItsOverflowMenuAt150And200Percent(FxRobot robot) {
        MainWindowFixture opened = MainWindowFixture.open(stage, LessonFiles.loadShipped("xor"), 1280, 720);
        MainWindow window = opened.window();
        for (double zoom : new double[] {1.5, 2.0, 1.5}) {
            robot.interact(() -> window.lecture().zoom().set(zoom));
            WaitForAsyncUtils.waitForFxEvents();
            ToolBar bar = robot.lookup(".step-toolbar").queryAs(ToolBar.class);
            double sceneWidth = onFx(() -> window.getScene().getWidth());
            Node overflow = onFx(() -> bar.lookup(".tool-bar-overflow-button"));
            boolean overflowShown = onFx(() -> overflow != null && overflow.isVisible());
            double overflowLeft = overflowShown ? onFx(() -> overflow.localToScene(overflow.getLayoutBounds()).getMinX()) : sceneWidth;
            assertThat(overflowLeft).as("the overflow button inside the window at %s", zoom)
                    .isLessThanOrEqualTo(sceneWidth - (overflowShown ? onFx(() -> overflow.getLayoutBounds().getWidth()) : 0) + 0.5);
            List<Node> elsewhere = new ArrayList<>();
            for (Node item : onFx(() -> List.copyOf(bar.getItems()))) {
                if (item instanceof Separator) continue;
                boolean onBar = onFx(() -> item.getScene() == window.getScene() && item.isVisible());
                if (!onBar) {
                    elsewhere.add(item);
                    continue;
                }
                String name = name(item);
                Bounds b = onFx(() -> item.localToScene(item.getLayoutBounds()));
                assertThat(b.getMinX()).as("%s starts in the window at %s", name, zoom).isGreaterThanOrEqualTo(-0.5);
                assertThat(b.getMaxX()).as("%s ends before the overflow button and the window's edge at %s", name, zoom)
                        .isLessThanOrEqualTo(overflowLeft + 0.5);
                double pref = onFx(() -> item.prefWidth(-1));
                String all = onFx(() -> describe(bar));
                assertThat(b.getWidth()).as("%s given its whole width at %s: %s", name, zoom, all).isGreaterThanOrEqualTo(pref - 0.5);
                for (String shown : shownTexts(item)) {
                    assertThat(shown).as("%s written whole at %s", name, zoom).doesNotContain("…").doesNotEndWith("...");
                }
            }
            if (!elsewhere.isEmpty()) {
                assertThat(overflowShown).as("an overflow button for %s at %s", elsewhere, zoom).isTrue();
                robot.clickOn(overflow);
                WaitForAsyncUtils.waitForFxEvents();
                List<Node> inMenu = onFx(() -> {
                    List<Node> found = new ArrayList<>();
                    for (Window w : Window.getWindows()) {
                        if (w instanceof ContextMenu menu && menu.isShowing()) {
                            for (MenuItem m : menu.getItems()) if (m instanceof CustomMenuItem c) found.add(c.getContent());
                        }
                    }
                    return found;
                });
                assertThat(inMenu).as("the overflow menu at %s", zoom).containsAll(elsewhere);
                robot.type(KeyCode.ESCAPE);
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        // At 200 % the bar cannot hold everything at 1280 px; the test above must have looked into the menu.
        robot.interact(() -> window.lecture().zoom().set(2.0));
        WaitForAsyncUtils.waitForFxEvents();
        ToolBar bar = robot.lookup(".step-toolbar").queryAs(ToolBar.class);
        assertThat(onFx(() -> bar.getItems().stream().anyMatch(n -> n.getScene() == null || !n.isVisible()))).isTrue();
    }

    @Test
    void theZoomComesBackInTheNextWindow(FxRobot robot) {
        MainWindowFixture first = MainWindowFixture.open(stage, LessonFiles.loadShipped("xor"), 1280, 720);
        robot.interact(() -> first.window().lecture().remember(new WindowPrefs(SettingsStore.of(node))));
        assertThat(onFx(() -> first.window().lecture().zoom().scale())).as("actual size the first time").isEqualTo(1.0);
        // Ctrl + three times: 115 %, 130 %, 150 %.
        for (int k = 0; k < 3; k++) robot.press(KeyCode.CONTROL, KeyCode.ADD).release(KeyCode.ADD, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> first.window().lecture().zoom().scale())).isEqualTo(1.5);

        MainWindowFixture second = MainWindowFixture.open(stage, LessonFiles.loadShipped("xor"), 1280, 720);
        robot.interact(() -> second.window().lecture().remember(new WindowPrefs(SettingsStore.of(node))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> second.window().lecture().zoom().scale())).isEqualTo(1.5);
        NetworkView network = robot.lookup("#networkView").queryAs(NetworkView.class);
        assertThat(onFx(() -> network.fontScaleProperty().get())).as("the network's text at the remembered zoom").isEqualTo(1.5);
        assertThat(onFx(() -> second.window().plots().decisionMap().fontScaleProperty().get())).isEqualTo(1.5);
        assertThat(onFx(() -> second.window().plots().lossCurves().fontScaleProperty().get())).isEqualTo(1.5);
        // The presenter toggle's screen is drawn 18 px wide at 100 %: 27 px at 150 %, room made for it in the button.
        // (At 150 % the toggle is in the bar's overflow menu, out of the window's scene.)
        Node icon = onFx(() -> second.window().lecture().presenterToggle().getGraphic());
        assertThat(onFx(() -> icon.getLayoutBounds().getWidth())).isCloseTo(27.0, within(0.01));
        assertThat(onFx(() -> second.window().getStyle())).as("the root's font size, which the em sizes follow")
                .contains(String.format(Locale.ROOT, "%.2fpx", 14 * 1.5));
    }

    @Test
    void thePanelsKeptWhilePresentingComeBackInTheNextWindow(FxRobot robot) {
        MainWindowFixture first = MainWindowFixture.open(stage, LessonFiles.loadShipped("xor"), 1280, 720);
        robot.interact(() -> first.window().lecture().remember(new WindowPrefs(SettingsStore.of(node))));
        PresenterMode one = first.window().lecture().presenter();
        assertThat(onFx(() -> one.panel("Samples table").presentedProperty().get())).as("the default").isFalse();
        assertThat(onFx(() -> one.panel("Formulas").presentedProperty().get())).as("the default").isTrue();
        robot.interact(() -> {
            one.panel("Samples table").presentedProperty().set(true);
            one.panel("Formulas").presentedProperty().set(false);
            one.panel("Toolbar").presentedProperty().set(true);
        });

        MainWindowFixture second = MainWindowFixture.open(stage, LessonFiles.loadShipped("xor"), 1280, 720);
        robot.interact(() -> second.window().lecture().remember(new WindowPrefs(SettingsStore.of(node))));
        PresenterMode two = second.window().lecture().presenter();
        assertThat(onFx(() -> two.panel("Samples table").presentedProperty().get())).isTrue();
        assertThat(onFx(() -> two.panel("Formulas").presentedProperty().get())).isFalse();
        assertThat(onFx(() -> two.panel("Toolbar").presentedProperty().get())).isTrue();
        assertThat(onFx(() -> two.panel("Loss curve").presentedProperty().get())).as("never chosen: the default").isFalse();
        // And presenting shows that choice: the table stays, the formulas go.
        robot.interact(() -> two.activeProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> second.window().samplesPanel().getScene() != null)).as("the samples table while presenting").isTrue();
        assertThat(robot.lookup("#formulaPanel").tryQuery()).as("the formulas while presenting").isEmpty();
        robot.interact(() -> two.activeProperty().set(false));
    }

    /** Each item's width against its preferred width, and whether it is on the bar: the story of a failure. */
    private static String describe(ToolBar bar) {
        StringBuilder text = new StringBuilder();
        Node row = bar.lookup(".container");
        for (Node n : bar.getItems()) {
            text.append(name(n)).append(' ').append(n.getLayoutBounds().getWidth()).append('/').append(n.prefWidth(-1))
                    .append(n.getParent() == row ? " on the bar, " : " in the menu, ");
        }
        return text.toString();
    }

    private static String name(Node item) {
        return item.getId() != null ? item.getId() : item.getClass().getSimpleName();
    }

    /** The texts the item's skin writes now: "Finish sample", or "Fini…" when it was cut. */
    private static List<String> shownTexts(Node item) {
        return onFx(() -> {
            List<String> texts = new ArrayList<>();
            collect(item, texts);
            return texts;
        });
    }

    private static void collect(Node n, List<String> texts) {
        if (n instanceof Text t && t.getText() != null && !t.getText().isEmpty()) texts.add(t.getText());
        if (n instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, texts);
    }
}
