package org.backpropfx.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.lecture.PresenterModeTest.on;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.quiz.Quantity;
import org.backpropfx.quiz.Question;
import org.backpropfx.quiz.Slip;
import org.backpropfx.quiz.SlipLog;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.stepper.Stepper;
import org.backpropfx.ui.FxTest;
import org.backpropfx.ui.MainWindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class QuizPanelTest {
    private static final SignificantFormat FORMAT = new SignificantFormat(LessonSession.DEFAULT_DIGITS);

    private final Lesson lesson = TestLessons.xor();
    private LessonSession session;
    private QuizPanel quiz;

    @Start
    void start(Stage stage) {
        MainWindowFixture opened = MainWindowFixture.show(stage, lesson);
        session = opened.session();
        // A German student writes 0,25; the window's own panel uses the default locale.
        quiz = new QuizPanel(session, new Random(11), Locale.GERMANY);
        quiz.setId("germanQuiz");
        opened.window().setBottom(quiz);
    }

    @Test
    void anEmptyAnswerSaysWhatToDoAndKeepsTheStepWaiting(FxRobot robot) {
        robot.interact(() -> quiz.activeProperty().set(true));
        robot.type(KeyCode.RIGHT);
        Question asked = on(() -> quiz.pending());
        assertThat(asked).isNotNull();
        robot.interact(quiz::submit);
        String said = on(() -> ((Label) quiz.lookup("#quizVerdict")).getText());
        assertThat(said).startsWith("Type a value first").doesNotContain("not a number");
        assertThat(on(() -> quiz.pending())).as("the same question still asked").isSameAs(asked);
        assertThat(on(() -> session.getSnapshot().phaseIndex())).as("the step still waits").isEqualTo(-1);
    }

    @Test
    void atTheSmallestScreenEveryLabelAndButtonOfTheQuizBarShowsItsWholeText(FxRobot robot) {
        robot.interact(() -> quiz.activeProperty().set(true));
        robot.type(KeyCode.RIGHT);
        assertThat(on(() -> quiz.pending())).as("a question is asked").isNotNull();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = on(() -> {
            List<String> shortened = new ArrayList<>();
            for (Node node : quiz.lookupAll("*")) {
                if (!(node instanceof Labeled labeled) || !labeled.isVisible()
                        || labeled.getText() == null || labeled.getText().isEmpty()) continue;
                Node text = labeled.lookup(".text");
                if (text instanceof Text shown
                        && !shown.getText().replaceAll("\\s+", " ").equals(labeled.getText().replaceAll("\\s+", " "))) {
                    shortened.add(labeled.getText() + " → " + shown.getText());
                }
            }
            return shortened;
        });
        assertThat(cut).as("texts cut short at 1280×720").isEmpty();
        assertThat(on(() -> quiz.getWidth())).isLessThanOrEqualTo(1280.0);
    }

    @Test
    void aRightAnswerWithinToleranceScoresThenAWrongOneIsRejectedAndTheEnginesValueShown(FxRobot robot) {
        robot.interact(() -> quiz.activeProperty().set(true));
        Stepper engine = new Stepper(lesson.newTrainer());

        robot.type(KeyCode.RIGHT);
        Question first = on(() -> quiz.pending());
        assertThat(first).as("a question before the first step").isNotNull();
        assertThat(on(() -> session.getSnapshot().phaseIndex())).as("the step waits for the answer").isEqualTo(-1);
        engine.stepForward();
        double expected = valueOf(engine.snapshot(), first);
        // 0.5 % off, as a student rounding by hand might be; typed with a decimal comma.
        String typed = String.format(Locale.GERMANY, "%.6f", expected * 1.005);
        assertThat(typed).contains(",");
        robot.clickOn("#germanQuiz #quizAnswer").write(typed).type(KeyCode.ENTER);

        assertThat(on(() -> session.getSnapshot().phaseIndex())).as("revealed").isEqualTo(0);
        assertThat(on(() -> quiz.pending())).isNull();
        assertThat(text(robot, "#germanQuiz #quizVerdict")).startsWith("Right").contains(FORMAT.format(expected));
        assertThat(on(() -> robot.lookup("#germanQuiz #quizVerdict").query().getStyleClass()))
                .contains(QuizPanel.RIGHT);
        assertThat(text(robot, "#germanQuiz #quizScore")).isEqualTo("Score: 1 of 1");
        assertThat(text(robot, "#germanQuiz #quizFormula")).contains(FORMAT.format(expected));

        robot.interact(session::stepForward);
        Question second = on(() -> quiz.pending());
        assertThat(second).isNotNull();
        engine.stepForward();
        double secondExpected = valueOf(engine.snapshot(), second);
        robot.clickOn("#germanQuiz #quizAnswer").write(FORMAT.format(secondExpected + 0.5).replace('−', '-'))
                .clickOn("#germanQuiz #quizCheck");

        assertThat(text(robot, "#germanQuiz #quizVerdict")).startsWith("Not quite")
                .contains("the network computes " + FORMAT.format(secondExpected));
        assertThat(on(() -> robot.lookup("#germanQuiz #quizVerdict").query().getStyleClass()))
                .contains(QuizPanel.WRONG);
        assertThat(text(robot, "#germanQuiz #quizScore")).isEqualTo("Score: 1 of 2");
        assertThat(text(robot, "#germanQuiz #quizFormula")).contains(FORMAT.format(secondExpected));
        assertThat(on(() -> session.getSnapshot().describePhase())).isEqualTo(engine.snapshot().describePhase());
    }

    @Test
    void textThatIsNotANumberIsExplainedAndNeitherScoredNorRevealed(FxRobot robot) {
        robot.interact(() -> {
            quiz.activeProperty().set(true);
            session.stepForward();
        });
        robot.clickOn("#germanQuiz #quizAnswer").write("half");
        // Marked as it is typed (ControlsFX validation), with the field named.
        FxTest.waitUntil("the answer marked", () -> on(() -> quiz.answerDecoration()).equals("Your answer: “half” is not a number."));
        TextField field = robot.lookup("#germanQuiz #quizAnswer").queryAs(TextField.class);
        assertThat(on(() -> List.copyOf(field.getStyleClass()))).contains("field-problem");
        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#germanQuiz #quizVerdict")).contains("is not a number");
        assertThat(on(() -> field.getText())).as("kept to be corrected").isEqualTo("half");
        assertThat(on(() -> quiz.asked())).isZero();
        assertThat(on(() -> session.getSnapshot().phaseIndex())).isEqualTo(-1);

        robot.clickOn("#germanQuiz #quizSkip");
        assertThat(on(() -> session.getSnapshot().phaseIndex())).isEqualTo(0);
        assertThat(on(() -> quiz.asked())).isZero();
    }

    @Test
    void theInstructorsChoiceOfKindOnlyAsksForThatKind(FxRobot robot) {
        robot.interact(() -> {
            quiz.activeProperty().set(true);
            robot.lookup("#germanQuiz #quizFocus").<ChoiceBox<QuizFocus>>query()
                    .setValue(QuizFocus.DELTAS);
        });
        Stepper engine = new Stepper(lesson.newTrainer());
        // Forward and error phases reveal no delta: those steps go straight through.
        for (int k = 0; k < 3; k++) {
            robot.interact(session::stepForward);
            engine.stepForward();
            assertThat(on(() -> quiz.pending())).isNull();
        }
        robot.interact(session::stepForward);
        Question delta = on(() -> quiz.pending());
        assertThat(delta.quantity()).isEqualTo(Quantity.DELTA);
        engine.stepForward();
        assertThat(delta.answer()).isEqualTo(-engine.snapshot().delta(2, 0));

        robot.interact(() -> quiz.activeProperty().set(false));
        robot.interact(session::stepForward);
        assertThat(on(() -> session.getSnapshot().describePhase())).isEqualTo(engine.snapshot().describePhase());
    }

    @Test
    void aWrongDeltaWithoutTheSlopeIsNamedAndRecordedForTheStudent(FxRobot robot, @TempDir
            Path dir) throws Exception {
        robot.interact(() -> {
            quiz.activeProperty().set(true);
            quiz.studentField().setText("Ada, L.");
            robot.lookup("#germanQuiz #quizFocus").<ChoiceBox<QuizFocus>>query()
                    .setValue(QuizFocus.DELTAS);
        });
        Stepper engine = new Stepper(lesson.newTrainer());
        for (int k = 0; k < 3; k++) {
            robot.interact(session::stepForward);
            engine.stepForward();
        }
        robot.interact(session::stepForward);
        engine.stepForward();
        Snapshot s = engine.snapshot();
        // γ of the output written as (d − z) alone: the slope β(1−β) forgotten.
        double withoutSlope = s.target(0) - s.out(2, 0);
        robot.clickOn("#germanQuiz #quizAnswer").write(String.format(Locale.GERMANY, "%.4f", withoutSlope))
                .type(KeyCode.ENTER);
        assertThat(text(robot, "#germanQuiz #quizVerdict")).startsWith("Not quite")
                .contains("β(1−β)").contains("left out").contains(FORMAT.format(s.target(0)));
        assertThat(on(() -> quiz.record().counts("Ada, L.")))
                .containsEntry(Slip.SLOPE_LEFT_OUT, 1);

        // The next delta answered right is recorded as right, with no slip.
        robot.interact(session::stepForward);
        engine.stepForward();
        Question hidden = on(() -> quiz.pending());
        robot.clickOn("#germanQuiz #quizAnswer").write(String.format(Locale.GERMANY, "%.8f",
                valueOf(engine.snapshot(), hidden))).type(KeyCode.ENTER);
        assertThat(text(robot, "#germanQuiz #quizVerdict")).startsWith("Right");

        Path csv = dir.resolve("record.csv");
        robot.interact(() -> {
            try {
                quiz.writeRecord(csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(SlipLog.CSV_HEADER);
        assertThat(lines.get(1)).startsWith("\"Ada, L.\",1,").endsWith(",slip,slope-left-out");
        assertThat(lines.get(1)).contains(Double.toString(-s.delta(2, 0)));
        assertThat(lines.get(2)).startsWith("\"Ada, L.\",2,").endsWith(",right,");
    }

    /** The engine's value of what was asked, read from an independent stepper (MIT: γ = −δ, P = −E). */
    private static double valueOf(Snapshot s, Question q) {
        NetworkElement.Neuron n = q.element() instanceof NetworkElement.Neuron neuron ? neuron : null;
        return switch (q.quantity()) {
            case NET_INPUT -> s.net(n.layer(), n.index());
            case OUTPUT -> s.out(n.layer(), n.index());
            case ERROR -> -s.loss();
            case DELTA -> -s.delta(n.layer(), n.index());
            case NEW_WEIGHT -> {
                NetworkElement.Weight w = (NetworkElement.Weight) q.element();
                yield s.newWeight(w.layer(), w.to(), w.from());
            }
        };
    }

    private static String text(FxRobot robot, String query) {
        return on(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
