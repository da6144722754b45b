package org.backpropfx.ui.tinker;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

import org.backpropfx.engine.DataSet;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.plot.ClassPalette;
import org.backpropfx.session.Edits;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.ui.chart.DecisionMapView;
import org.backpropfx.ui.chart.Segments;
import org.controlsfx.control.SegmentedButton;

/**
 * Clicking on the decision map adds a training sample there, of the class chosen in the map's bar. With one
 * output, class 1 takes the highest target the samples have for the mapped output, class 0 the lowest (1 and 0
 * when all are the same), so a new point matches the lesson's own targets — 0.9 and 0.1, say. With several
 * outputs (K classes, one-hot targets) the bar offers classes 1 to K, each with its colour on the map, and the
 * new sample's target is high for the chosen class and low for the others. The point is rounded to a tidy
 * number well within one grid cell of where the click was.
 */
public final class DecisionMapClicks {
    private final LessonSession session;
    private final DecisionMapView map;
    private final ToggleButton classOne = new ToggleButton("1");
    private final ToggleButton classZero = new ToggleButton("0");
    private final Label hint = new Label();
    /** The choice of one of K classes, for a lesson with several outputs; empty with one output. */
    private final SegmentedButton classChoice = new SegmentedButton();
    private final ToggleGroup manyGroup = classChoice.getToggleGroup();
    /** The class names the toggles were made with. */
    private List<String> shownNames = List.of();

    public DecisionMapClicks(LessonSession session, DecisionMapView map) {
        this.session = Objects.requireNonNull(session, "session");
        this.map = Objects.requireNonNull(map, "map");
        // Joined buttons, one of the two always chosen: clicking the chosen one again keeps it.
        SegmentedButton oneOrZero = Segments.of(classOne, classZero);
        ToggleGroup group = oneOrZero.getToggleGroup();
        classOne.setId("mapClassOne");
        classZero.setId("mapClassZero");
        classOne.setSelected(true);
        hint.setId("mapClickHint");
        hint.getStyleClass().add("plot-hint");
        hint.setMinWidth(0);
        hint.textProperty().bind(Bindings.createStringBinding(this::hintText, group.selectedToggleProperty(),
                manyGroup.selectedToggleProperty(), session.lessonProperty(), session.notationProperty(),
                map.outputProperty()));
        Segments.keepOneChosen(classChoice);
        Label adds = new Label(Texts.get("map.clickAdds"));
        for (ToggleButton b : new ToggleButton[] {classOne, classZero}) {
            // Compact: the bar takes its height from the map.
            b.setStyle("-fx-padding: 1 8 1 8;");
            b.setMinWidth(ToggleButton.USE_PREF_SIZE);
        }
        Node[] bar = {adds, oneOrZero, classChoice, hint};
        BooleanBinding twoInputs = Bindings.createBooleanBinding(
                () -> session.getLesson().data().inputSize() == 2, session.lessonProperty());
        BooleanBinding oneOutput = Bindings.createBooleanBinding(
                () -> session.getLesson().data().targetSize() == 1, session.lessonProperty());
        for (Node n : bar) {
            var shown = n == oneOrZero ? twoInputs.and(oneOutput)
                    : n == classChoice ? twoInputs.and(oneOutput.not()) : twoInputs;
            n.visibleProperty().bind(shown);
            n.managedProperty().bind(shown);
            // The buttons themselves too, so that the Tab walk and a screen reader skip them with their group.
            if (n == oneOrZero) for (ToggleButton b : new ToggleButton[] {classOne, classZero}) b.visibleProperty().bind(shown);
        }
        session.lessonProperty().addListener((obs, old, now) -> buildClassChoice());
        buildClassChoice();
        classOne.setTooltip(new Tooltip(Texts.get("map.click.high")));
        classZero.setTooltip(new Tooltip(Texts.get("map.click.low")));
        map.addToolbar(bar);
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && addAt(e.getX(), e.getY())) e.consume();
        });
    }

    /** The class a click adds: 1 or 0 with one output, 0 to K − 1 (shown as 1 to K) with K outputs. */
    public int chosenClass() {
        if (!classChoice.getButtons().isEmpty()) {
            int k = classChoice.getButtons().indexOf(manyGroup.getSelectedToggle());
            return Math.max(0, k);
        }
        return classZero.isSelected() ? 0 : 1;
    }

    public void chooseClass(int value) {
        if (!classChoice.getButtons().isEmpty()) {
            classChoice.getButtons().get(value).setSelected(true);
            return;
        }
        (value == 0 ? classZero : classOne).setSelected(true);
    }

    /** One toggle per class, in the class's colour on the map, when the lesson has several outputs; kept while K stays. */
    private void buildClassChoice() {
        Lesson lesson = session.getLesson();
        int outputs = lesson.data().targetSize();
        int classes = outputs == 1 ? 0 : outputs;
        if (classChoice.getButtons().size() == classes && lesson.classNames().equals(shownNames)) return;
        shownNames = lesson.classNames();
        int chosen = Math.min(chosenClass(), Math.max(0, classes - 1));
        List<ToggleButton> buttons = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            // The class's name when the lesson has names: the buttons are then the map's legend too.
            ToggleButton b = new ToggleButton(lesson.className(k));
            b.setMaxWidth(140);
            b.setId("mapClass" + (k + 1));
            int rgb = ClassPalette.rgb(k);
            b.setGraphic(new Circle(5, Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF,
                    rgb & 0xFF)));
            b.setStyle("-fx-padding: 1 6 1 6;");
            if (shownNames.isEmpty()) b.setMinWidth(ToggleButton.USE_PREF_SIZE);
            b.setTooltip(new Tooltip(shownNames.isEmpty() ? Texts.get("map.click.class", k + 1)
                    : Texts.get("map.click.class.named", k + 1, lesson.className(k))));
            buttons.add(b);
        }
        classChoice.getButtons().setAll(buttons);
        if (classes > 0) buttons.get(chosen).setSelected(true);
    }

    /**
     * Adds a sample of the chosen class at a point of the map (in the map's coordinates) as one edit.
     *
     * @return whether one was added: false outside the drawn map or if the edit was refused
     */
    public boolean addAt(double x, double y) {
        Point2D input = map.inputAt(x, y);
        Point2D step = map.gridStep();
        DataSet data = session.getLesson().data();
        if (input == null || step == null || data.inputSize() != 2) return false;
        double[] point = {tidy(input.getX(), step.getX()), tidy(input.getY(), step.getY())};
        double[] target = data.targetSize() == 1 ? targetFor(data, output(data), chosenClass())
                : targetOfClass(data, chosenClass());
        return session.apply(Edits.addSample(data, point, target));
    }

    /** The targets of a new sample of class {@code chosen}: the mapped output high or low, the others low. */
    static double[] targetFor(DataSet data, int output, int chosen) {
        double[] target = new double[data.targetSize()];
        for (int j = 0; j < target.length; j++) {
            double[] range = range(data, j);
            target[j] = j == output && chosen == 1 ? range[1] : range[0];
        }
        return target;
    }

    /** The targets of a new sample of class k among several outputs: that output high, the others low. */
    static double[] targetOfClass(DataSet data, int k) {
        double[] target = new double[data.targetSize()];
        for (int j = 0; j < target.length; j++) target[j] = j == k ? range(data, j)[1] : range(data, j)[0];
        return target;
    }

    /** {low, high}: the lowest and highest target of output {@code j}, or {0, 1} when they are the same. */
    static double[] range(DataSet data, int j) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.size(); s++) {
            low = Math.min(low, data.target(s)[j]);
            high = Math.max(high, data.target(s)[j]);
        }
        return high > low ? new double[] {low, high} : new double[] {0, 1};
    }

    /** {@code value} rounded to the decimal place just finer than {@code cell}, so it moves less than half of it. */
    static double tidy(double value, double cell) {
        int places = (int) -Math.floor(Math.log10(cell));
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
    }

    private int output(DataSet data) {
        int out = map.outputProperty().get();
        return out >= 0 && out < data.targetSize() ? out : 0;
    }

    private String hintText() {
        DataSet data = session.getLesson().data();
        if (data.inputSize() != 2) return "";
        if (data.targetSize() > 1) return Texts.get("map.added.undo");
        double value = targetFor(data, output(data), chosenClass())[output(data)];
        return Texts.get("map.added", session.getNotation().targetSymbol(), Texts.numbers(4).format(value));
    }
}
