package org.backpropfx.ui.lecture.audience;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.backpropfx.notation.Formula;
import org.backpropfx.notation.FormulaBook;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.session.i18n.Words;
import org.backpropfx.stepper.Snapshot;

/**
 * What the next click will show the class, for the lecturer's eyes only: the next phase's name and every
 * value it computes, as the session's stepper would reveal them ({@link LessonSession#peekNext()}), never
 * worked out here. Nothing while training runs, when there is no single next phase to speak of.
 */
public final class NextPhasePreview extends VBox {
    /** More lines than this are summed up in one ("… and 40 more"): the console has other things to show. */
    static final int MAX_LINES = 12;

    private final LessonSession session;
    private final Label heading = new Label();
    private final VBox lines = new VBox(1);
    private List<Formula> formulas = List.of();
    private Snapshot next;

    public NextPhasePreview(LessonSession session) {
        this.session = session;
        setId("nextPhasePreview");
        getStyleClass().add("next-phase-preview");
        heading.setId("nextPhaseHeading");
        heading.getStyleClass().add("console-heading");
        heading.setWrapText(true);
        lines.setId("nextPhaseLines");
        getChildren().addAll(heading, lines);
        session.snapshotProperty().addListener((obs, old, s) -> update());
        session.runningProperty().addListener((obs, old, r) -> update());
        session.notationProperty().addListener((obs, old, n) -> update());
        session.digitsProperty().addListener((obs, old, d) -> update());
        update();
    }

    /** The formulas shown, one a line (all of them, also those summed up in the last line). */
    public List<Formula> formulas() { return formulas; }

    /** The snapshot they come from: what the next step forward shows; null while training runs. */
    public Snapshot next() { return next; }

    private void update() {
        lines.getChildren().clear();
        formulas = List.of();
        try {
            next = session.peekNext();
        } catch (RuntimeException e) {
            // The next sample would diverge (the status line says so), or the run stopped short there.
            next = null;
            heading.setText(Texts.get("console.next.none"));
            return;
        }
        if (next == null) {
            heading.setText(Texts.get("console.next.training"));
            return;
        }
        FormulaBook book = new FormulaBook(session.getNotation(), Texts.numbers(session.getDigits()));
        formulas = List.copyOf(book.phase(next));
        String where = next.sample() == session.getSnapshot().sample() && next.epoch() == session.getSnapshot().epoch()
                ? Words.phase(next)
                : Texts.get("console.next.otherSample", Words.phase(next), next.sample() + 1, next.epoch() + 1);
        heading.setText(Texts.get("console.next", where));
        int shown = formulas.size() > MAX_LINES ? MAX_LINES - 1 : formulas.size();
        for (int k = 0; k < shown; k++) {
            Formula f = formulas.get(k);
            Label line = new Label(f.symbolic().toPlainText() + " = " + f.result().toPlainText());
            line.getStyleClass().add("console-value");
            lines.getChildren().add(line);
        }
        if (shown < formulas.size()) {
            Label more = new Label(Texts.get("console.next.more", formulas.size() - shown));
            more.getStyleClass().add("console-muted");
            lines.getChildren().add(more);
        }
    }
}
