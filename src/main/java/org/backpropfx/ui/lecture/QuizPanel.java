package org.backpropfx.ui.lecture;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.backpropfx.notation.Formula;
import org.backpropfx.notation.FormulaBook;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.quiz.Question;
import org.backpropfx.quiz.Quiz;
import org.backpropfx.quiz.SlipCandidate;
import org.backpropfx.quiz.SlipLog;
import org.backpropfx.quiz.Verdict;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.NumberInput;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.session.i18n.Words;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.ui.tinker.FieldChecks;

/**
 * Quiz mode: before a single step forward reveals its values, the student is asked for one of them.
 * The step waits for the answer (or a skip); then it is taken, and the panel says whether the answer
 * was right, gives the engine's value and the formula that produced it, and keeps the score.
 *
 * <p>Only single steps are quizzed: finishing a sample, an epoch or playing are the student's way of
 * moving on without questions.
 */
public final class QuizPanel extends VBox {
    public static final String RIGHT = "quiz-right";
    public static final String WRONG = "quiz-wrong";

    private final LessonSession session;
    private final RandomGenerator random;
    private final Locale locale;
    private final Quiz quiz = new Quiz();
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ChoiceBox<QuizFocus> focus = new ChoiceBox<>();
    private final Label prompt = new Label();
    private final TextField answer = new TextField();
    private final Button check = new Button(Texts.get("quiz.check"));
    private final Button skip = new Button(Texts.get("quiz.skip"));
    private final Label verdict = new Label();
    private final Label formula = new Label();
    private final Label score = new Label();
    private final TextField student = new TextField();
    private final Button exportRecord = new Button(Texts.get("quiz.record"));
    private final SlipLog record = new SlipLog();
    private Question pending;
    private boolean revealing;
    private final FieldChecks checks;

    public QuizPanel(LessonSession session, RandomGenerator random, Locale locale) {
        this.session = session;
        this.random = random;
        this.locale = locale;
        setId("quizPanel");
        getStyleClass().add("quiz-panel");

        Label title = new Label(Texts.get("quiz.title"));
        title.getStyleClass().add("quiz-title");
        focus.setId("quizFocus");
        focus.getItems().setAll(QuizFocus.values());
        focus.setValue(QuizFocus.ANY);
        focus.setTooltip(new Tooltip(Texts.get("quiz.focus.tip")));
        Label askFor = new Label(Texts.get("quiz.askFor"));
        askFor.setLabelFor(focus);
        prompt.setId("quizPrompt");
        prompt.getStyleClass().add("quiz-prompt");
        prompt.setWrapText(true);
        prompt.setMinWidth(0);
        prompt.setMaxWidth(Double.MAX_VALUE);
        answer.setId("quizAnswer");
        answer.setPromptText(Texts.get("quiz.answer.prompt"));
        answer.setPrefColumnCount(9);
        answer.setTooltip(new Tooltip(Texts.get("quiz.answer.tip")));
        answer.setOnAction(e -> submit());
        check.setId("quizCheck");
        check.setOnAction(e -> submit());
        check.setTooltip(new Tooltip(Texts.get("quiz.check.tip")));
        skip.setId("quizSkip");
        skip.setOnAction(e -> skip());
        skip.setTooltip(new Tooltip(Texts.get("quiz.skip.tip")));
        score.setId("quizScore");
        score.getStyleClass().add("quiz-score");
        score.setMinWidth(Region.USE_PREF_SIZE);
        student.setId("quizStudent");
        student.setPromptText(Texts.get("quiz.student"));
        student.setPrefColumnCount(7);
        student.setTooltip(new Tooltip(Texts.get("quiz.student.tip")));
        exportRecord.setId("quizRecord");
        exportRecord.setOnAction(e -> exportRecord());
        exportRecord.setTooltip(new Tooltip(Texts.get("quiz.record.tip")));
        exportRecord.disableProperty().bind(score.textProperty().isEqualTo(Texts.get("quiz.score", 0, 0)));
        // The controls keep their whole labels on one row; the question, which can be long, wraps on the
        // row below it. On one shared row at 1280×720 every label and button was cut to "…".
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox question = new HBox(title, student, askFor, focus, gap, answer, check, skip, score, exportRecord);
        question.getStyleClass().add("quiz-row");
        question.setAlignment(Pos.CENTER_LEFT);
        for (Node control : question.getChildren()) {
            if (control instanceof Region region && control != gap) region.setMinWidth(Region.USE_PREF_SIZE);
        }

        verdict.setId("quizVerdict");
        verdict.getStyleClass().add("quiz-verdict");
        verdict.setWrapText(true);
        formula.setId("quizFormula");
        formula.getStyleClass().add("quiz-formula");
        formula.setWrapText(true);
        for (Label line : new Label[] {verdict, formula}) {
            // An empty line would still take its height.
            line.managedProperty().bind(line.textProperty().isNotEmpty());
            line.visibleProperty().bind(line.managedProperty());
        }
        // A typed answer the quiz cannot read is marked as it is typed (ControlsFX validation), in the
        // same words the verdict uses on Enter; an empty field is not marked before anything is typed.
        FieldChecks checks = new FieldChecks();
        checks.add(answer, () -> Texts.get("quiz.answer.name"), null, text -> pending == null || text.isBlank() ? null
                : NumberInput.parse(text, locale, -Double.MAX_VALUE, Double.MAX_VALUE).problem());
        this.checks = checks;
        impl.org.controlsfx.skin.DecorationPane marks = new impl.org.controlsfx.skin.DecorationPane();
        marks.setRoot(question);
        getChildren().addAll(marks, prompt, verdict, formula);

        active.addListener((obs, was, now) -> {
            session.setForwardGuard(now ? this::allowStep : null);
            if (!now) drop();
            idle();
        });
        focus.valueProperty().addListener(o -> {
            if (pending != null) drop();
            idle();
        });
        // Stepping back, choosing a sample or a new lesson makes a waiting question meaningless.
        session.snapshotProperty().addListener(o -> {
            if (!revealing && pending != null) {
                drop();
                idle();
            }
        });
        showScore();
        idle();
    }

    /** Whether quiz mode is on (Lecture &gt; Quiz mode). */
    public BooleanProperty activeProperty() { return active; }

    /** The question waiting for an answer, or null. */
    public Question pending() { return pending; }

    /** The message the answer field is marked with as it is typed ("Your answer: “abc” is not a number."), or "". */
    public String answerDecoration() { return checks.decoration(answer); }

    public int asked() { return quiz.asked(); }

    public int right() { return quiz.right(); }

    /** The session's forward guard while active: holds the step while a question is asked. */
    private boolean allowStep() {
        if (pending != null) {
            answer.requestFocus();
            return false;
        }
        Snapshot next = session.peekNext();
        if (next == null) return true;
        List<Question> questions = Quiz.questionsFor(next, session.getNotation()).stream()
                .filter(q -> focus.getValue().includes(q.quantity()))
                .toList();
        if (questions.isEmpty()) {
            verdict.setText(Texts.get("quiz.nothing", Words.phase(next)));
            setVerdictStyle(null);
            formula.setText("");
            return true;
        }
        pending = questions.get(random.nextInt(questions.size()));
        prompt.setText(Words.phase(next) + ": " + Words.question(pending, session.getNotation(), next.layerCount()));
        answer.clear();
        answer.setDisable(false);
        check.setDisable(false);
        skip.setDisable(false);
        verdict.setText("");
        formula.setText("");
        setVerdictStyle(null);
        answer.requestFocus();
        return false;
    }

    /** Checks the typed answer; if it is a number, reveals the step and names the slip a wrong answer matches. */
    public void submit() {
        if (pending == null) return;
        Question asked = pending;
        if (answer.getText().isBlank()) {
            // Enter on an empty field: say what to do, not that "" is not a number.
            verdict.setText(Texts.get("quiz.empty"));
            setVerdictStyle(WRONG);
            answer.requestFocus();
            return;
        }
        Verdict v = quiz.answer(asked, answer.getText(), locale);
        if (!v.understood()) {
            verdict.setText(Texts.get("quiz.notNumber", answer.getText().strip()));
            setVerdictStyle(WRONG);
            answer.requestFocus();
            return;
        }
        SignificantFormat format = Texts.numbers(session.getDigits());
        String step = session.peekNext() == null ? "" : session.peekNext().describePhase();
        Snapshot revealed = reveal();
        List<SlipCandidate> slips = v.correct() ? List.of()
                : quiz.diagnose(asked, v.given(), revealed, session.getNotation(), format);
        record.add(student.getText(), step, asked, v, slips);
        StringBuilder message = new StringBuilder(Texts.get(v.correct() ? "quiz.right" : "quiz.wrong",
                format.format(v.given()), format.format(v.expected())));
        if (!slips.isEmpty()) {
            SlipCandidate first = slips.get(0);
            message.append(' ').append(Texts.get("quiz.slip", Words.slip(first, session.getNotation()), first.working()));
            for (SlipCandidate other : slips.subList(1, slips.size())) {
                if (other.slip() != first.slip()) message.append(' ').append(Texts.get("quiz.slip.also", Words.slip(other, session.getNotation())));
            }
        }
        showRevealed(asked, message.toString(), v.correct() ? RIGHT : WRONG);
    }

    /** Reveals the step without judging an answer. */
    public void skip() {
        if (pending == null) return;
        Question asked = pending;
        reveal();
        showRevealed(asked, Texts.get("quiz.skipped", Texts.numbers(session.getDigits()).format(asked.answer())), null);
    }

    /** Every answer given in this session, by student, with the slips found; exportable as CSV. */
    public SlipLog record() { return record; }

    /** The name answers are recorded under (may be empty). */
    public TextField studentField() { return student; }

    /** Writes the record of answers and slips as CSV. */
    public void writeRecord(Path file) throws IOException {
        Files.writeString(file, record.toCsv(), StandardCharsets.UTF_8);
    }

    private void exportRecord() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("quiz.record.title"));
        chooser.setInitialFileName("quiz-record.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("csv.filter"), "*.csv"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) return;
        if (!file.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) file = new File(file.getParentFile(), file.getName() + ".csv");
        try {
            writeRecord(file.toPath());
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, Texts.get("quiz.record.writeFailed", file, e.getMessage()));
            alert.setHeaderText(Texts.get("quiz.record.failed"));
            if (getScene() != null) alert.initOwner(getScene().getWindow());
            alert.show();
        }
    }

    private Snapshot reveal() {
        pending = null;
        revealing = true;
        try {
            session.stepForwardUnguarded();
        } finally {
            revealing = false;
        }
        return session.getSnapshot();
    }

    private void showRevealed(Question asked, String message, String style) {
        verdict.setText(message);
        setVerdictStyle(style);
        formula.setText(formulaFor(asked).map(f -> Texts.get("quiz.how", f.toPlainText())).orElse(""));
        showScore();
        idle();
        // Back to the window, so the next clicker press steps instead of typing into the field.
        if (getScene() != null && getScene().getRoot() != null) getScene().getRoot().requestFocus();
    }

    /** The formula of the revealed step whose value is the one asked for. */
    private Optional<Formula> formulaFor(Question q) {
        Snapshot s = session.getSnapshot();
        FormulaBook book = new FormulaBook(session.getNotation(), Texts.numbers(session.getDigits()));
        List<Formula> candidates = q.element() == null ? book.phase(s) : book.current(s, q.element());
        return candidates.stream().min(Comparator.comparingDouble(f -> Math.abs(f.value() - q.answer())));
    }

    private void drop() {
        pending = null;
    }

    private void idle() {
        if (pending != null) return;
        prompt.setText(active.get()
                ? Texts.get("quiz.ready") : Texts.get("quiz.off"));
        answer.clear();
        answer.setDisable(true);
        check.setDisable(true);
        skip.setDisable(true);
    }

    private void showScore() {
        score.setText(Texts.get("quiz.score", quiz.right(), quiz.asked()));
    }

    private void setVerdictStyle(String style) {
        verdict.getStyleClass().removeAll(RIGHT, WRONG);
        if (style != null) verdict.getStyleClass().add(style);
    }
}
