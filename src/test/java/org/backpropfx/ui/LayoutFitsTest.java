package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;
import static org.backpropfx.ui.FxTest.waitUntil;

import java.util.ArrayList;
import java.util.List;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.backpropfx.engine.DataSet;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.ui.chart.DecisionMapView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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
    void everyValueOfTheSamplesTableIsShownWholeAt1280x720(@TempDir Path dir) throws Exception {
        assertValuesShownWhole(LessonFiles.loadShipped("three-classes"));
        assertValuesShownWhole(LessonFiles.read(sixColumnLesson(dir)));
    }

    /** Every value cell in view shows the lesson's value at the chosen digits, whole. */
    private void assertValuesShownWhole(Lesson lesson) {
        MainWindowFixture fixture = MainWindowFixture.open(stage, lesson, 1280, 720);
        Node table = fixture.window().lookup("#samples");
        waitUntil("the value cells shown", () -> onFx(() -> !table.lookupAll(".sample-value-cell").isEmpty()));
        DataSet data = lesson.data();
        int digits = onFx(() -> fixture.session().getDigits());
        List<String> seen = onFx(() -> {
            List<String> found = new ArrayList<>();
            for (Node n : table.lookupAll(".sample-value-cell")) {
                SampleValueCell cell = (SampleValueCell) n;
                if (cell.isEmpty() || cell.getItem() == null || !cell.isVisible()) continue;
                int s = cell.getIndex();
                String id = cell.getTableColumn().getId();
                boolean target = id.startsWith("target");
                int k = Integer.parseInt(id.replaceAll("\\D", "")) - 1;
                double value = (target ? data.target(s) : data.input(s))[k];
                // Formatted here from the lesson's own numbers, not by the cell.
                String expected = new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros()
                        .toPlainString().replace('-', '−');
                if (expected.equals("0")) expected = "0";
                found.add(id + " row " + (s + 1) + ": " + expected + " → " + shownText(cell));
            }
            return found;
        });
        assertThat(seen).as(lesson.title() + ": cells in view").hasSizeGreaterThanOrEqualTo(10);
        for (String line : seen) {
            String[] expectedAndShown = line.substring(line.indexOf(": ") + 2).split(" → ", -1);
            assertThat(expectedAndShown[1]).as(lesson.title() + " " + line).isEqualTo(expectedAndShown[0]);
        }
    }

    /** Four inputs and two targets: six value columns, with negative values of four digits. */
    private static Path sixColumnLesson(Path dir) throws Exception {
        String json = """
                {"format": "backpropfx-lesson", "version": 1, "title": "Six columns", "note": "",
                 "notation": "mit",
                 "network": {"inputs": 4, "biasMode": "trainable", "layers": [
                   {"neurons": 2, "activation": "sigmoid", "weights": [[0.1, -0.2, 0.3, -0.4], [0.5, -0.6, 0.7, -0.8]],
                    "biases": [0.0, 0.0]},
                   {"neurons": 2, "activation": "sigmoid", "weights": [[0.3, -0.1], [-0.2, 0.4]], "biases": [0.0, 0.0]}]},
                 "loss": "half-sse",
                 "training": {"learningRate": 0.5, "momentum": 0.0, "batchMode": "online", "batchSize": 1},
                 "init": {"method": "uniform", "range": 1.0, "seed": 4},
                 "samples": [
                   {"input": [-0.4213, -1.8187, 0.3349, -12.55], "target": [0.25, -0.125]},
                   {"input": [1.0376, -0.0491, -3.142, 0.2718], "target": [1.0, 0.0]},
                   {"input": [-0.9999, 0.5, -2.468, -0.0013], "target": [0.0, 1.0]},
                   {"input": [0.1234, -0.5678, 9.876, -5.432], "target": [-0.75, 0.5]}]}
                """;
        Path file = dir.resolve("six-columns.json");
        Files.writeString(file, json);
        return file;
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
