package org.backpropfx.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.MoveTo;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Notation;
import org.backpropfx.ui.MainWindow;
import org.backpropfx.ui.MainWindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Why" strip keeps one height while stepping through a whole sample, so the window does not jump:
 * two lines, a longer explanation cut with "…" and all of it after "More", at 1280×720 and 1920×1080.
 */
@ExtendWith(ApplicationExtension.class)
class ExplanationStripTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    /** What one phase looks like: the strip's and the network's height, the text shown and all of it. */
    private record Look(double strip, double network, double formulas, String shown, String whole, double shownHeight,
                        double labelHeight, int shownLines) {}

    @Test
    void theStripKeepsItsHeightThroughEveryPhaseOfASampleShortOrWhole(FxRobot robot) {
        for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
            for (String name : List.of("xor", "article-003")) {
                MainWindow window = show(robot, name, size);
                for (Notation notation : Notation.values()) {
                    String where = name + " " + notation + " " + size[0] + "×" + size[1];
                    robot.interact(() -> window.session().setNotation(notation));

                    List<Look> cut = walk(robot, window);
                    assertOneHeight(cut, where + ", two lines");
                    for (Look look : cut) {
                        assertThat(look.shownLines()).as(where + ": at most two lines of " + look.whole())
                                .isBetween(1, ExplanationStrip.LINES);
                        assertThat(look.shownHeight()).as(where + ": inside the strip").isLessThanOrEqualTo(look.labelHeight());
                        if (!look.shown().equals(look.whole())) {
                            assertThat(look.shown()).as(where + ": a cut explanation says so").endsWith("…");
                            String kept = look.shown().substring(0, look.shown().length() - 1).strip();
                            assertThat(look.whole()).as(where).startsWith(kept);
                        }
                    }
                    boolean anyCut = cut.stream().anyMatch(l -> !l.shown().equals(l.whole()));
                    assertThat(onFx(() -> robot.lookup("#explanationMore").query().isVisible()))
                            .as(where + ": More is offered exactly when some explanation of the sample is cut").isEqualTo(anyCut);
                    if (size[0] == 1280 && name.equals("xor")) {
                        assertThat(anyCut).as("the long explanations do not fit two lines at 1280").isTrue();
                    }

                    robot.interact(() -> window.lecture().explanation().expandedProperty().set(true));
                    List<Look> whole = walk(robot, window);
                    assertOneHeight(whole, where + ", whole");
                    for (int k = 0; k < whole.size(); k++) {
                        Look look = whole.get(k);
                        if (!cut.get(k).shown().equals(cut.get(k).whole())) {
                            assertThat(look.shownLines()).as(where + ": what was cut takes more lines").isGreaterThan(ExplanationStrip.LINES);
                        }
                        assertThat(look.shown()).as(where + ": opened, all of it shows").isEqualTo(look.whole());
                        assertThat(look.shownHeight()).as(where + ": inside the strip").isLessThanOrEqualTo(look.labelHeight());
                    }
                    robot.interact(() -> window.lecture().explanation().expandedProperty().set(false));
                }
            }
        }
    }

    private MainWindow show(FxRobot robot, String lesson, int[] size) {
        return MainWindowFixture.open(stage, LessonFiles.loadShipped(lesson), size[0], size[1]).window();
    }

    /** From the sample's start through its last phase and into the next sample, each phase as it looks. */
    private List<Look> walk(FxRobot robot, MainWindow window) {
        robot.interact(() -> window.session().reset());
        int phases = onFx(() -> window.session().getSnapshot().phases().size());
        List<Look> looks = new ArrayList<>();
        for (int k = -1; k <= phases; k++) {
            if (k > -1) robot.interact(() -> window.session().stepForward());
            WaitForAsyncUtils.waitForFxEvents();
            looks.add(onFx(() -> look(window)));
        }
        Set<String> texts = new LinkedHashSet<>();
        looks.forEach(l -> texts.add(l.whole()));
        assertThat(texts.size()).as("the walk meets several explanations").isGreaterThan(3);
        return looks;
    }

    private static Look look(MainWindow window) {
        window.applyCss();
        window.layout();
        ExplanationStrip strip = window.lecture().explanation();
        Label label = (Label) strip.lookup("#explanationText");
        Text shown = (Text) label.lookup(".text");
        Node network = window.lookup("#networkView");
        Node formulas = window.lookup("#formulaPanel");
        Bounds text = shown.getLayoutBounds();

        return new Look(strip.getHeight(), network.getLayoutBounds().getHeight(), formulas.getLayoutBounds().getHeight(),
                shown.getText(), strip.text(), text.getHeight(), label.getHeight(), lines(shown));
    }

    private static void assertOneHeight(List<Look> looks, String where) {
        assertThat(looks.stream().mapToDouble(Look::strip).distinct().toArray()).as(where + ": the strip's height").hasSize(1);
        assertThat(looks.stream().mapToDouble(Look::network).distinct().toArray()).as(where + ": the network's height").hasSize(1);
        assertThat(looks.stream().mapToDouble(Look::formulas).distinct().toArray()).as(where + ": the formulas' height").hasSize(1);
    }

    /** How many lines the text is wrapped into: the distinct heights its characters stand at. */
    private static int lines(Text text) {
        Set<Long> tops = new HashSet<>();
        for (int i = 0; i < text.getText().length(); i++) {
            tops.add(Math.round(text.caretShape(i, true)[0] instanceof MoveTo m ? m.getY() : Double.NaN));
        }
        return tops.size();
    }
}
