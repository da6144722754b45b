package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;
import static org.backpropfx.ui.FxTest.waitUntil;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.ui.chart.DecisionMapView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window's default layout at a projector's 1280×720 and at 1920×1080, measured: the decision map
 * gets a plot large enough to read, the samples table's headers and the loss curve's switches show whole,
 * and the network stays the largest panel.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutFitsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theDecisionMapsPlotIsAtLeast200PxTallAt1280x720AndGrowsWithTheWindow() {
        double small = mapPlotHeight(1280, 720);
        assertThat(small).as("decision map's plot at 1280×720").isGreaterThanOrEqualTo(200);
        double large = mapPlotHeight(1920, 1080);
        assertThat(large).as("decision map's plot at 1920×1080").isGreaterThan(small + 100);
    }

    @Test
    void theNetworkIsTheLargestPanelAt1280x720AndAllPanelsAreInTheWindow() {
        MainWindow window = MainWindowFixture.open(stage, LessonFiles.loadShipped("two-moons"), 1280, 720).window();
        double network = onFx(() -> area(window.lookup("#networkView")));
        for (String id : List.of("#formulaPanel", "#plotTabs", "#samples", "#lossCurves")) {
            Bounds b = onFx(() -> sceneBounds(window.lookup(id)));
            assertThat(b.getMinX()).as(id).isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxX()).as(id).isLessThanOrEqualTo(1280);
            assertThat(b.getMaxY()).as(id).isLessThanOrEqualTo(720);
            assertThat(b.getWidth() * b.getHeight()).as(id + " smaller than the network").isLessThan(network);
        }
    }

    @Test
    void thePlotTabsNamesAllShowWholeInsideTheColumnAt1280x720() {
        MainWindow window = MainWindowFixture.open(stage, LessonFiles.loadShipped("two-moons"), 1280, 720).window();
        Node tabs = window.plots().tabs();
        Bounds column = onFx(() -> sceneBounds(tabs));
        List<Labeled> names = onFx(() -> tabs.lookupAll(".tab").stream().flatMap(t -> labeleds(t).stream())
                .filter(l -> l.getText() != null && !l.getText().isEmpty()).toList());
        assertThat(names).as("weight slice, decision map, activation, confusion matrix").hasSize(4);
        for (Labeled l : names) {
            assertThat(onFx(() -> shownText(l))).as("shown whole").isEqualTo(onFx(l::getText));
            Bounds b = onFx(() -> sceneBounds(l));
            assertThat(b.getMinX()).as(l.getText()).isGreaterThanOrEqualTo(column.getMinX());
            assertThat(b.getMaxX()).as(l.getText()).isLessThanOrEqualTo(column.getMaxX());
        }
    }

    @Test
    void noHeaderOfTheSamplesTableIsShortenedAt1280x720() {
        for (String lesson : List.of("xor", "two-moons", "three-classes", "article-003")) {
            MainWindow window = MainWindowFixture.open(stage, LessonFiles.loadShipped(lesson), 1280, 720).window();
            Bounds table = onFx(() -> sceneBounds(window.lookup("#samples")));
            List<String> headers = onFx(() -> {
                List<String> all = new ArrayList<>();
                for (Node header : window.lookup("#samples").lookupAll(".column-header")) {
                    for (Labeled l : labeleds(header)) {
                        all.add(l.getText() + " → " + shownText(l));
                        // Not scrolled out of sight either.
                        Bounds b = sceneBounds(l);
                        if (b.getMaxX() > table.getMaxX() || b.getMinX() < table.getMinX()) {
                            all.add(l.getText() + " → (out of sight at " + b.getMinX() + ".." + b.getMaxX() + ")");
                        }
                    }
                }
                return all;
            });
            assertThat(headers).as(lesson + ": the headers").isNotEmpty();
            for (String h : headers) {
                String[] fullAndShown = h.split(" → ", -1);
                assertThat(fullAndShown[1]).as(lesson + ": header shown whole").isEqualTo(fullAndShown[0]);
            }
        }
    }

    @Test
    void theLossCurvesSwitchesAndAccuracyShowWholeInsideThePanelAt1280x720() {
        MainWindow window = MainWindowFixture.open(stage, LessonFiles.loadShipped("two-moons"), 1280, 720).window();
        Node curves = window.plots().lossCurves().shownPlot();
        assertThat(onFx(() -> window.plots().lossCurves().accuracyTextProperty().get())).isNotEmpty();
        List<Labeled> controls = onFx(() -> labeleds(curves).stream().filter(l -> l.getText() != null && !l.getText().isEmpty()).toList());
        // Log scale, the range, per epoch and per sample, the accuracy.
        assertThat(controls).hasSizeGreaterThanOrEqualTo(5);
        Bounds panel = onFx(() -> sceneBounds(curves));
        for (Labeled l : controls) {
            assertThat(onFx(() -> shownText(l))).as("shown whole").isEqualTo(onFx(l::getText));
            assertThat(onFx(() -> visibleAllTheWayUp(l))).as(l.getText() + " visible").isTrue();
            Bounds b = onFx(() -> sceneBounds(l));
            assertThat(b.getMinX()).as(l.getText()).isGreaterThanOrEqualTo(panel.getMinX());
            assertThat(b.getMaxX()).as(l.getText()).isLessThanOrEqualTo(panel.getMaxX());
            assertThat(b.getMaxY()).as(l.getText()).isLessThanOrEqualTo(panel.getMaxY());
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    /**
     * The height of the map's square, found by asking at every pixel row, 10 px in from the plot's left
     * edge, whether a click there lands on the map.
     */
    private double mapPlotHeight(double width, double height) {
        MainWindow window = MainWindowFixture.open(stage, LessonFiles.loadShipped("two-moons"), width, height).window();
        DecisionMapView map = window.plots().decisionMap();
        waitUntil("the decision map drawn", () -> map.isVisible() && map.pointAt(0, 0) != null);
        return onFx(() -> {
            double x = map.pointAt(0, 0).getX();
            double top = Double.NaN;
            double bottom = Double.NaN;
            // Down a column through the map's middle; rows on the map answer with inputs.
            for (double y = 0; y < map.getHeight(); y++) {
                if (map.inputAt(x, y) == null) continue;
                if (Double.isNaN(top)) top = y;
                bottom = y;
            }
            return bottom - top + 1;
        });
    }

    private static List<Labeled> labeleds(Node root) {
        List<Labeled> found = new ArrayList<>();
        if (root instanceof Labeled l) found.add(l);
        if (root instanceof Parent p) for (Node n : p.getChildrenUnmodifiable()) found.addAll(labeleds(n));
        return found;
    }

    /** The text the control draws: its full text, or shortened with "…" where it has too little room. */
    private static String shownText(Labeled l) {
        for (Node n : l.getChildrenUnmodifiable()) if (n instanceof Text t) return t.getText();
        return "";
    }

    private static boolean visibleAllTheWayUp(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return node.getScene() != null;
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static double area(Node node) {
        Bounds b = node.getLayoutBounds();
        return b.getWidth() * b.getHeight();
    }
}
