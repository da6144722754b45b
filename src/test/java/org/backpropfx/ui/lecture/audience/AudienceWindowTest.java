package org.backpropfx.ui.lecture.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.notation.Formula;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.session.i18n.Words;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.backpropfx.ui.MainWindow;
import org.backpropfx.ui.MainWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Lecture › Audience window: the class's view and the console follow one cursor through clicker keys sent to
 * either window, the console previews exactly what the next click shows, the lecturer's notes are saved with
 * the lesson, and ending the audience view brings the main window back as it was. One test, few trips to the
 * JavaFX thread: three windows render at every pulse.
 */
@ExtendWith(ApplicationExtension.class)
class AudienceWindowTest {
    /** Article 003's 3-3-3-1 network with its nine-stop script, in the MIT notation. */
    private final Lesson lesson = LessonFiles.loadShipped("article-003-lecture");
    private LessonSession session;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindowFixture opened = MainWindowFixture.show(stage, lesson);
        session = opened.session();
        window = opened.window();
    }

    @AfterEach
    void closeAudience() {
        onFx(() -> {
            window.audience().close();
            return null;
        });
    }

    private AudienceMode audience() { return window.audience(); }

    /** As a clicker's key arrives: at whatever has the focus in that window, or the window itself. */
    private static void fire(Scene scene, KeyCode code) {
        Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
    }

    private static String phaseLabel(Scene scene) {
        return ((Label) scene.getRoot().lookup("#phaseCaption")).getText();
    }

    private Scene audienceScene() { return audience().audienceStage().getScene(); }

    private Scene consoleScene() { return audience().consoleStage().getScene(); }

    @Test
    void bothWindowsFollowOneCursorTheConsolePreviewsTheNextPhaseKeepsTheNotesAndTheMainWindowComesBack() throws Exception {
        Map<String, Object> before = onFx(() -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("divider", ((SplitPane) window.lookup("#networkSplit")).getDividerPositions()[0]);
            m.put("width", stage.getWidth());
            m.put("x", stage.getX());
            audience().open();
            m.put("active", audience().isActive());
            m.put("showing", audience().audienceStage().isShowing() && audience().consoleStage().isShowing());
            m.put("mainShowing", stage.isShowing());
            // one screen here: side by side, the console on the left
            m.put("side by side", audience().consoleStage().getX() + audience().consoleStage().getWidth()
                    <= audience().audienceStage().getX() + 1);
            return m;
        });
        assertThat(before).containsEntry("active", true).containsEntry("showing", true)
                .containsEntry("mainShowing", false).containsEntry("side by side", true);

        // 50 clicker keys, each to one window or the other, and the same steps on a stepper of its own: where both
        // windows must be. The keys are sent in one go on the JavaFX thread, each handled as it arrives.
        Stepper model = new Stepper(lesson.newTrainer());
        Random random = new Random(20261202L);
        KeyCode[] forward = {KeyCode.PAGE_DOWN, KeyCode.RIGHT, KeyCode.SPACE};
        KeyCode[] back = {KeyCode.PAGE_UP, KeyCode.LEFT, KeyCode.BACK_SPACE};
        List<String> mismatches = onFx(() -> {
            List<String> wrong = new ArrayList<>();
            for (int k = 0; k < 50; k++) {
                Scene to = random.nextBoolean() ? audienceScene() : consoleScene();
                int kind = random.nextInt(10);
                KeyCode code;
                if (kind < 6) {
                    code = forward[random.nextInt(forward.length)];
                    model.stepForward();
                } else if (kind < 9) {
                    code = back[random.nextInt(back.length)];
                    model.stepBack();
                } else {
                    code = KeyCode.END;
                    model.finishSample();
                }
                fire(to, code);
                Snapshot expected = model.snapshot();
                Snapshot shown = session.getSnapshot();
                String phase = Words.phase(expected);
                String seen = shown.epoch() + "/" + shown.sample() + "/" + shown.phaseIndex() + " "
                        + phaseLabel(audienceScene()) + " | " + phaseLabel(consoleScene());
                String meant = expected.epoch() + "/" + expected.sample() + "/" + expected.phaseIndex() + " "
                        + phase + " | " + phase;
                if (!seen.equals(meant)) wrong.add("key " + (k + 1) + " " + code + ": " + seen + " instead of " + meant);
            }
            return wrong;
        });
        assertThat(mismatches).isEmpty();
        assertThat(model.snapshot().epoch() * 100 + model.snapshot().sample()).as("the walk left the first sample")
                .isPositive();

        // The preview shows the next snapshot's values: before a forward phase, each neuron's α and then β.
        Map<String, Object> preview = onFx(() -> {
            while (session.getSnapshot().phase() == null || session.getSnapshot().phase().kind() != PhaseKind.FORWARD
                    || session.getSnapshot().phase().layer() != 1) {
                fire(consoleScene(), KeyCode.PAGE_DOWN);
                model.stepForward();
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("values", audience().console().preview().formulas().stream().map(Formula::value).toList());
            m.put("heading", ((Label) consoleScene().getRoot().lookup("#nextPhaseHeading")).getText());
            return m;
        });
        model.stepForward();
        Snapshot next = model.snapshot();
        assertThat(next.phase()).isEqualTo(new Phase(PhaseKind.FORWARD, 2));
        assertThat((String) preview.get("heading")).contains(Words.phase(next));
        List<Double> expected = new ArrayList<>();
        for (int j = 0; j < next.size(2); j++) {
            expected.add(next.net(2, j));
            expected.add(next.out(2, j));
        }
        assertThat(preview.get("values")).isEqualTo(expected);
        assertThat(onFx(() -> {
            fire(audienceScene(), KeyCode.PAGE_DOWN);
            return session.getSnapshot().out(2, 0);
        })).isEqualTo(next.out(2, 0));

        // The script in both windows, the lecturer's notes only on the console and saved with the lesson.
        String notes = "Ask first: which weights can the class already name?\nThen show β₁.";
        Map<String, Object> script = onFx(() -> {
            Map<String, Object> m = new LinkedHashMap<>();
            ((Button) consoleScene().getRoot().lookup("#consolePlayScript")).fire();
            fire(audienceScene(), KeyCode.PAGE_DOWN);
            m.put("console caption", audience().console().stopCaptionText());
            m.put("audience caption", audience().audience().stopCaption());
            m.put("phase", session.getSnapshot().phase());
            m.put("editor closed at first", !consoleScene().getRoot().lookup("#consoleNotesField").getParent().isVisible());
            ((Button) consoleScene().getRoot().lookup("#consoleEditNotes")).fire();
            m.put("editor open", consoleScene().getRoot().lookup("#consoleNotesField").getParent().isVisible());
            ((TextArea) consoleScene().getRoot().lookup("#consoleNotesField")).setText(notes);
            ((Button) consoleScene().getRoot().lookup("#consoleSaveNotes")).fire();
            m.put("notes", audience().console().notesText());
            m.put("editor open after saving", consoleScene().getRoot().lookup("#consoleNotesField").getParent().isVisible());
            m.put("json", LessonFiles.toJson(session.currentLesson()));
            m.put("notes on the class's screen", audienceScene().getRoot().lookupAll(".label").stream()
                    .anyMatch(n -> notes.equals(((Label) n).getText())));
            // B blanks the class's screen only; any key brings it back without stepping
            fire(consoleScene(), KeyCode.B);
            m.put("blank", audience().audience().blankScreen().isBlanked());
            m.put("main blank", window.lecture().blankScreen().isBlanked());
            int stop = window.lecture().script().indexProperty().get();
            fire(audienceScene(), KeyCode.PAGE_DOWN);
            m.put("blank after a key", audience().audience().blankScreen().isBlanked());
            m.put("stop moved", window.lecture().script().indexProperty().get() != stop);
            m.put("timer", audience().console().timerText());
            fire(consoleScene(), KeyCode.T);
            m.put("timer button", ((Button) consoleScene().getRoot().lookup("#consoleTimerPause")).getText());
            return m;
        });
        String second = lesson.script().get(1).caption();
        assertThat(script).containsEntry("console caption", second).containsEntry("audience caption", second)
                .containsEntry("phase", lesson.script().get(1).phase()).containsEntry("notes", notes)
                .containsEntry("editor closed at first", true).containsEntry("editor open", true).containsEntry("editor open after saving", false)
                .containsEntry("notes on the class's screen", false)
                .containsEntry("blank", true).containsEntry("main blank", false)
                .containsEntry("blank after a key", false).containsEntry("stop moved", false)
                .containsEntry("timer button", Texts.get("console.timer.resume"));
        assertThat((String) script.get("timer")).matches("\\d+:\\d\\d");
        Lesson saved = LessonFiles.parse((String) script.get("json"));
        assertThat(saved.script().get(1).notes()).isEqualTo(notes);
        assertThat(saved.script().get(0).notes()).isNull();

        // Esc ends it and the main window comes back as it was; closing the audience window ends it as well.
        Map<String, Object> after = onFx(() -> {
            Map<String, Object> m = new LinkedHashMap<>();
            Scene audienceScene = audienceScene();
            fire(audienceScene, KeyCode.ESCAPE);
            m.put("active", audience().isActive());
            m.put("mainShowing", stage.isShowing());
            m.put("width", stage.getWidth());
            m.put("x", stage.getX());
            m.put("divider", ((SplitPane) window.lookup("#networkSplit")).getDividerPositions()[0]);
            m.put("samples", window.lookup("#samples").isVisible());
            m.put("audience showing", audienceScene.getWindow().isShowing());
            audience().open();
            Scene reopened = audienceScene();
            Scene console = consoleScene();
            audience().audienceStage().hide();
            m.put("active after closing", audience().isActive());
            m.put("mainShowing after closing", stage.isShowing());
            m.put("any showing after closing", reopened.getWindow().isShowing() || console.getWindow().isShowing());
            return m;
        });
        assertThat(after).containsEntry("active", false).containsEntry("mainShowing", true)
                .containsEntry("width", before.get("width")).containsEntry("x", before.get("x"))
                .containsEntry("divider", before.get("divider")).containsEntry("samples", true)
                .containsEntry("audience showing", false).containsEntry("active after closing", false)
                .containsEntry("mainShowing after closing", true).containsEntry("any showing after closing", false);
    }
}
