package org.backpropfx.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.lecture.PresenterModeTest.on;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.ui.MainWindow;
import org.backpropfx.ui.MainWindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShortcutSheetTest {
    private MainWindow window;
    private LessonSession session;

    @Start
    void start(Stage stage) {
        MainWindowFixture opened = MainWindowFixture.show(stage, TestLessons.xor());
        session = opened.session();
        window = opened.window();
    }

    @Test
    void f1ListsTheSteppingKeysTheLectureKeysAndMenuShortcutsAndAnyKeyClosesIt(FxRobot robot) {
        robot.type(KeyCode.F1);
        assertThat(on(() -> window.lecture().shortcutSheet().isShown())).isTrue();
        assertThat(robot.lookup("#shortcutSheet").tryQuery()).isPresent();
        List<ShortcutSheet.Entry> entries = on(() -> window.lecture().shortcutSheet().entries());
        List<String> keys = entries.stream().map(ShortcutSheet.Entry::keys).toList();
        assertThat(keys).contains("F5", "B", "Esc", "Ctrl +", "Ctrl −", "Ctrl 0", "F1", "?", "End", "P");
        assertThat(keys).anyMatch(k -> k.contains("PageDown")).anyMatch(k -> k.contains("PageUp"));
        assertThat(entries).anyMatch(e -> e.description().contains("Run one epoch") || e.keys().contains("Ctrl+E"));
        assertThat(keys).doesNotHaveDuplicates();
        // The sheet shows what it lists.
        assertThat(on(() -> labels(robot.lookup("#shortcutSheet").query()))).contains("F5", "Esc", "?");

        int phase = on(() -> session.getSnapshot().phaseIndex());
        robot.type(KeyCode.RIGHT);
        assertThat(on(() -> window.lecture().shortcutSheet().isShown())).isFalse();
        assertThat(on(() -> session.getSnapshot().phaseIndex())).as("the closing key does nothing else")
                .isEqualTo(phase);
    }

    @Test
    void aTypedQuestionMarkOpensTheSheetToo(FxRobot robot) {
        robot.write("?");
        assertThat(on(() -> window.lecture().shortcutSheet().isShown())).isTrue();
    }

    @Test
    void everyToolbarControlHasATooltip(FxRobot robot) {
        List<Node> items = on(() -> robot.lookup(".step-toolbar").queryAs(ToolBar.class).getItems());
        long controls = items.stream().filter(n -> n instanceof ButtonBase || n instanceof Slider
                || n instanceof ChoiceBox || n instanceof Spinner).count();
        assertThat(controls).isGreaterThanOrEqualTo(8);
        for (Node n : items) {
            if (n instanceof ButtonBase || n instanceof Slider
                    || n instanceof ChoiceBox || n instanceof Spinner) {
                assertThat(((Control) n).getTooltip()).as(n.getId() + " has a tooltip").isNotNull();
            }
        }
    }

    private static String labels(Node node) {
        StringBuilder sb = new StringBuilder();
        if (node instanceof Labeled l) sb.append(l.getText()).append('\n');
        if (node instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) sb.append(labels(c));
        return sb.toString();
    }
}
