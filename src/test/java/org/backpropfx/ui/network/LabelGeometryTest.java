package org.backpropfx.ui.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.drawn;
import static org.backpropfx.ui.FxTest.onFx;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Notation;
import org.backpropfx.session.LessonSession;
import org.backpropfx.stepper.NetworkElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Labels that cannot be misread: each drawn label is nearer its own edge or neuron than any other, no
 * other edge passes through an edge's label, nothing overlaps, and the "n of m shown" count is what was
 * drawn. Every phase of xor and article-003, both notations, at the network view's size in a 1280×720
 * and a 1920×1080 window.
 */
@ExtendWith(ApplicationExtension.class)
class LabelGeometryTest {
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 1000, 520));
        stage.show();
    }

    private NetworkView show(FxRobot robot, String lesson, double width, double height) {
        NetworkView[] made = new NetworkView[1];
        robot.interact(() -> {
            NetworkView view = new NetworkView(new LessonSession(LessonFiles.loadShipped(lesson)));
            view.setMinSize(width, height);
            view.setMaxSize(width, height);
            root.getChildren().setAll(view);
            made[0] = view;
        });
        return drawn(made[0]);
    }

    @Test
    void everyLabelBelongsPlainlyToItsElementAndTheCountIsWhatWasDrawn(FxRobot robot) {
        for (String lesson : List.of("xor", "article-003")) {
            for (double[] size : new double[][] {{660, 340}, {1000, 500}}) {
                NetworkView view = show(robot, lesson, size[0], size[1]);
                LessonSession session = onFx(() -> sessionOf(view));
                int phases = onFx(() -> session.getSnapshot().phases().size());
                for (int p = 0; p <= 2 * phases; p++) {
                    Notation notation = p % 2 == 0 ? Notation.MIT : Notation.GRADIENT;
                    boolean step = p > 0 && p % 2 == 0;
                    robot.interact(() -> {
                        if (step) session.stepForward();
                        session.setNotation(notation);
                    });
                    drawn(view);
                    String problem = onFx(() -> problems(view));
                    assertThat(problem).as("%s %s×%s %s at %s", lesson, size[0], size[1], notation,
                            onFx(() -> session.getSnapshot().describePhase())).isEmpty();
                }
            }
        }
    }

    @Test
    void aNeuronPointedAtHasEveryEdgeLabelled(FxRobot robot) {
        NetworkView view = show(robot, "article-003", 660, 340);
        LessonSession session = onFx(() -> sessionOf(view));
        robot.interact(() -> {
            session.setNotation(Notation.MIT);
            session.finishSample();
            session.hoveredProperty().set(new NetworkElement.Neuron(2, 1));
        });
        drawn(view);
        List<NetworkElement> edges = new ArrayList<>();
        for (int i = 0; i < 3; i++) edges.add(new NetworkElement.Weight(2, 1, i));
        edges.add(new NetworkElement.Bias(2, 1));
        edges.add(new NetworkElement.Weight(3, 0, 1));
        for (NetworkElement e : edges) assertThat(onFx(() -> view.isLabelShown(e))).as("%s", e).isTrue();
        String count = onFx(view::shownCount);
        assertThat(count).matches("\\d+ of \\d+ changes shown — all in the matrix view \\(Ctrl\\+M\\)|");
    }

    @Test
    void zoomingKeepsThePointStillAndEveryLabelItsRulesAndFitShowsTheWholeNetworkAgain(FxRobot robot) {
        NetworkView view = show(robot, "article-003", 660, 340);
        LessonSession session = onFx(() -> sessionOf(view));
        Point2D about = new Point2D(330, 170);
        robot.interact(() -> session.setNotation(Notation.MIT));
        drawn(view);
        Point2D whole = onFx(() -> view.neuronCentre(1, 2));
        int phases = onFx(() -> session.getSnapshot().phases().size());
        for (int p = 0; p <= 2 * phases; p++) {
            Notation notation = p % 2 == 0 ? Notation.MIT : Notation.GRADIENT;
            boolean step = p > 0 && p % 2 == 0;
            robot.interact(() -> {
                if (step) session.stepForward();
                session.setNotation(notation);
                view.fit();
            });
            drawn(view);
            Point2D before = onFx(() -> view.neuronCentre(1, 2));
            robot.interact(() -> view.zoomAbout(2.5, about.getX(), about.getY()));
            drawn(view);
            String problem = onFx(() -> {
                Point2D after = view.neuronCentre(1, 2);
                Point2D expected = about.add(before.subtract(about).multiply(2.5));
                if (after.distance(expected) > 1e-6) return "neuron at " + after + ", expected " + expected;
                return problems(view);
            });
            assertThat(problem).as("zoomed 2.5× %s at %s", notation, onFx(() -> session.getSnapshot().describePhase()))
                    .isEmpty();
        }
        // The loop ends in the MIT notation, as it started: the whole network is where it was.
        robot.interact(view::fit);
        drawn(view);
        assertThat(onFx(() -> view.fittedProperty().get())).isTrue();
        assertThat(onFx(view::zoomScale)).isEqualTo(1.0);
        assertThat(onFx(() -> view.neuronCentre(1, 2))).isEqualTo(whole);
        assertThat(onFx(() -> problems(view))).isEmpty();
    }

    private static LessonSession sessionOf(NetworkView view) { return view.session(); }

    /** What is wrong with the picture, or "". */
    private static String problems(NetworkView view) {
        NetworkPicture picture = view.picture();
        Frame f = picture.frame();
        NetworkLayout layout = picture.layout();
        LabelPlacer.Placement placement = picture.placement();
        List<PlacedLabel> labels = placement.labels();
        List<NetworkElement> allEdges = new ArrayList<>();
        for (int l = 1; l <= layout.layers; l++) {
            for (int j = 0; j < layout.sizes[l]; j++) {
                for (int i = 0; i < layout.sizes[l - 1]; i++) allEdges.add(new NetworkElement.Weight(l, j, i));
                if (f.text.biasAsNode()) allEdges.add(new NetworkElement.Bias(l, j));
            }
        }
        double r = layout.radius;
        int edgeLabels = 0;
        for (int a = 0; a < labels.size(); a++) {
            PlacedLabel label = labels.get(a);
            Box box = label.box();
            for (int b = a + 1; b < labels.size(); b++) {
                if (box.overlaps(labels.get(b).box())) return label.lines() + " overlaps " + labels.get(b).lines();
            }
            for (int l = 0; l <= layout.layers; l++) {
                for (int j = 0; j < layout.sizes[l]; j++) {
                    if (box.overlaps(Box.centred(layout.columnX[l], layout.neuronY[l][j], 2 * r, 2 * r))) {
                        return label.lines() + " covers neuron " + l + "," + j;
                    }
                }
            }
            double cx = box.centreX();
            double cy = box.centreY();
            switch (label.kind()) {
                case EDGE -> {
                    edgeLabels++;
                    if (label.leader() != null) {
                        String leaderProblem = leaderProblem(f, layout, labels, label);
                        if (!leaderProblem.isEmpty()) return leaderProblem;
                    }
                    double own = distance(f, label.element(), cx, cy);
                    for (NetworkElement other : allEdges) {
                        if (other.equals(label.element())) continue;
                        Point2D s = f.edgeStart(other);
                        Point2D e = f.edgeEnd(other);
                        if (box.crossedBy(s.getX(), s.getY(), e.getX(), e.getY())) {
                            return label.lines() + " of " + label.element() + " has " + other + " through it";
                        }
                        // A label beside its edge is joined to it by its leader instead.
                        if (label.leader() == null && distance(f, other, cx, cy) <= own) {
                            return label.lines() + " nearer " + other + " than " + label.element();
                        }
                    }
                }
                case VALUE_PILL, NOTE -> {
                    NetworkElement.Neuron n = (NetworkElement.Neuron) label.element();
                    double own = Math.hypot(cx - layout.columnX[n.layer()], cy - layout.neuronY[n.layer()][n.index()]);
                    for (int l = 0; l <= layout.layers; l++) {
                        for (int j = 0; j < layout.sizes[l]; j++) {
                            if (l == n.layer() && j == n.index()) continue;
                            if (Math.hypot(cx - layout.columnX[l], cy - layout.neuronY[l][j]) <= own) {
                                return label.lines() + " nearer neuron " + l + "," + j + " than its own " + n;
                            }
                        }
                    }
                    if (label.kind() == PlacedLabel.Kind.VALUE_PILL) {
                        for (NetworkElement other : allEdges) {
                            Point2D s = f.edgeStart(other);
                            Point2D e = f.edgeEnd(other);
                            if (box.crossedBy(s.getX(), s.getY(), e.getX(), e.getY())) {
                                return "value " + label.lines() + " of " + n + " has " + other + " through it";
                            }
                        }
                    }
                }
                case LOSS -> { }
            }
        }
        if (placement.edgesShown() != edgeLabels) {
            return "count says " + placement.edgesShown() + " shown, " + edgeLabels + " drawn";
        }
        String count = view.shownCount();
        if (edgeLabels < placement.edgesOfPhase() && !count.startsWith(edgeLabels + " of " + placement.edgesOfPhase() + " ")) {
            return "count reads '" + count + "' for " + edgeLabels + " of " + placement.edgesOfPhase();
        }
        if (edgeLabels == placement.edgesOfPhase() && !count.isEmpty()) return "count '" + count + "' with all shown";
        return "";
    }

    /** What is wrong with an edge label's leader line, or "": it must end on its own edge and cross no other label or neuron. */
    private static String leaderProblem(Frame f, NetworkLayout layout, List<PlacedLabel> labels, PlacedLabel label) {
        Point2D anchor = label.leader();
        if (distance(f, label.element(), anchor.getX(), anchor.getY()) > 1e-6) {
            return "leader of " + label.lines() + " ends off its edge " + label.element();
        }
        Box box = label.box();
        double ex = Math.max(box.x(), Math.min(box.x() + box.w(), anchor.getX()));
        double ey = Math.max(box.y(), Math.min(box.y() + box.h(), anchor.getY()));
        for (PlacedLabel other : labels) {
            if (other != label && other.box().crossedBy(anchor.getX(), anchor.getY(), ex, ey)) {
                return "leader of " + label.lines() + " crosses " + other.lines();
            }
        }
        double r = layout.radius;
        for (int l = 0; l <= layout.layers; l++) {
            for (int j = 0; j < layout.sizes[l]; j++) {
                if (Box.centred(layout.columnX[l], layout.neuronY[l][j], 2 * r, 2 * r)
                        .crossedBy(anchor.getX(), anchor.getY(), ex, ey)) {
                    return "leader of " + label.lines() + " crosses neuron " + l + "," + j;
                }
            }
        }
        return "";
    }

    private static double distance(Frame f, NetworkElement edge, double px, double py) {
        Point2D a = f.edgeStart(edge);
        Point2D b = f.edgeEnd(edge);
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - a.getX()) * dx + (py - a.getY()) * dy) / len));
        return Math.hypot(a.getX() + t * dx - px, a.getY() + t * dy - py);
    }
}
