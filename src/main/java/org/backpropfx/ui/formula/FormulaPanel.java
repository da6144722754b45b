package org.backpropfx.ui.formula;

import java.util.List;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextFlow;

import org.backpropfx.notation.Formula;
import org.backpropfx.notation.FormulaBook;
import org.backpropfx.notation.MathText;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.PanelRole;
import org.backpropfx.session.i18n.FormulaTopics;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.session.i18n.Words;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Phase;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.ui.draw.RedrawOnPulse;

/**
 * The working behind the element the user picked (the selected one, else the one under the mouse):
 * the formulas of the current phase with the numbers put in, typeset, in the session's notation and
 * digits. With nothing picked it says what to click and shows the phase's main formula for the first
 * output neuron.
 *
 * <p>It rebuilds at most once per pulse ({@link RedrawOnPulse}): changes only mark it dirty. Long working
 * scrolls rather than being cut short.
 */
public final class FormulaPanel extends ScrollPane {
    /** Font sizes follow the window height, within these bounds (px). */
    static final double MIN_FONT = 14;
    static final double MAX_FONT = 24;
    static final String MATH_FAMILY = "Serif";

    private final LessonSession session;
    private final VBox body = new VBox(6);
    // Rebuilt before the layout pass: it changes the panel's children, which that pass then lays out.
    private final RedrawOnPulse redraw = new RedrawOnPulse(this, RedrawOnPulse.Timing.BEFORE_LAYOUT, this::rebuild);
    private double fontSize = MIN_FONT;

    private final DoubleProperty fontScale =
            new SimpleDoubleProperty(this, "fontScale", 1.0);

    public FormulaPanel(LessonSession session) {
        this.session = session;
        redraw.watch(fontScale);
        getStyleClass().add("formula-panel");
        body.getStyleClass().add("formula-body");
        body.setPadding(new Insets(10, 12, 10, 12));
        body.setFillWidth(true);
        setContent(body);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(0);
        redraw.watch(session.panelSnapshotProperty(PanelRole.FORMULAS), session.notationProperty(),
                session.digitsProperty(), session.selectionProperty(), session.hoveredProperty());
        // The font follows the window's height.
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) old.heightProperty().removeListener(redraw.listener());
            if (scene != null) scene.heightProperty().addListener(redraw.listener());
        });
    }

    private void rebuildIfDirty() { redraw.redrawIfDirty(); }

    /** Multiplies the size of the formulas' text (presenter zoom); 1 by default. */
    public DoubleProperty fontScaleProperty() { return fontScale; }

    /** The element whose formulas are shown: the selected one, else the hovered one (null: none). */
    public NetworkElement shownElement() {
        NetworkElement selected = session.selectionProperty().get();
        return selected != null ? selected : session.hoveredProperty().get();
    }

    /** Everything the panel shows, as plain text, one line per row (what tests and screen readers read). */
    public String text() {
        rebuildIfDirty();
        StringBuilder sb = new StringBuilder();
        for (Node n : body.getChildren()) {
            if (n instanceof Label label) sb.append(label.getText()).append('\n');
            else if (n instanceof TextFlow flow) sb.append(MathFlow.plainText(flow)).append('\n');
        }
        return sb.toString();
    }

    private void rebuild() {
        Scene scene = getScene();
        double height = scene == null ? 720 : scene.getHeight();
        fontSize = Math.max(MIN_FONT, Math.min(MAX_FONT, height / 46)) * fontScale.get();
        Snapshot s = session.panelSnapshotProperty(PanelRole.FORMULAS).get();
        FormulaBook book = new FormulaBook(session.getNotation(), Texts.numbers(session.getDigits()));
        NetworkElement element = shownElement();
        body.getChildren().clear();
        if (element == null || !exists(s, element)) {
            showOverview(s, book);
        } else {
            showElement(s, book, element);
        }
    }

    private void showOverview(Snapshot s, FormulaBook book) {
        body.getChildren().add(heading(Words.phase(s)));
        body.getChildren().add(note(Texts.get("formula.click")));
        if (s.phase() == null) {
            body.getChildren().add(note(Texts.get("formula.nothingYet")));
            return;
        }
        NetworkElement output = new NetworkElement.Neuron(s.layerCount(), 0);
        List<Formula> formulas = book.current(s, output);
        if (formulas.isEmpty()) {
            // Phases that do not touch the output neuron: show one of the neurons they do work on.
            Phase phase = s.phase();
            if (phase.layer() > 0) formulas = book.current(s, new NetworkElement.Neuron(phase.layer(), 0));
        }
        if (s.phase().kind() == PhaseKind.UPDATE) {
            // A neuron's update is its bias; the update the lesson is about is a weight's.
            formulas = book.current(s, new NetworkElement.Weight(s.layerCount(), 0, 0));
        }
        addFormulas(formulas);
    }

    private void showElement(Snapshot s, FormulaBook book, NetworkElement element) {
        body.getChildren().add(heading(describe(s, element)));
        List<Formula> formulas = book.current(s, element);
        if (!formulas.isEmpty()) {
            addFormulas(formulas);
            return;
        }
        List<Formula> known = book.known(s, element);
        if (known.isEmpty()) {
            body.getChildren().add(note(Texts.get("formula.notYet")));
        } else {
            body.getChildren().add(note(Texts.get("formula.unchanged")));
            addFormulas(known);
        }
    }

    private void addFormulas(List<Formula> formulas) {
        for (Formula f : formulas) {
            Label topic = new Label(capitalised(FormulaTopics.of(f.topic())));
            topic.getStyleClass().add("formula-topic");
            topic.setFont(Font.font(Font.getDefault().getFamily(), fontSize * 0.78));
            topic.setWrapText(true);
            topic.setPadding(new Insets(fontSize * 0.4, 0, 0, 0));
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("formula");
            flow.setLineSpacing(fontSize * 0.35);
            MathFlow.append(flow, f.symbolic(), MATH_FAMILY, fontSize, false);
            if (!f.substituted().isEmpty()) {
                MathFlow.append(flow, MathText.text(" = "), MATH_FAMILY, fontSize, false);
                MathFlow.append(flow, f.substituted(), MATH_FAMILY, fontSize, false);
            }
            MathFlow.append(flow, MathText.text(" = "), MATH_FAMILY, fontSize, false);
            MathFlow.append(flow, f.result(), MATH_FAMILY, fontSize, true);
            body.getChildren().addAll(topic, flow);
        }
    }

    private Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("formula-heading");
        label.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, fontSize * 0.9));
        label.setWrapText(true);
        return label;
    }

    private Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("formula-note");
        label.setFont(Font.font(Font.getDefault().getFamily(), fontSize * 0.85));
        label.setWrapText(true);
        return label;
    }

    /** "Net input of …" but "γ of …": symbols keep their case (Γ would be another symbol). */
    /** The rows shown: headings and notes ({@link Label}), formulas ({@link TextFlow}). */
    VBox body() { return body; }

    private static String capitalised(String s) {
        if (s.isEmpty() || s.charAt(0) > 'z') return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "Output neuron 1", "Weight w₁₂ into hidden layer 1", "Bias of neuron 2 of hidden layer 1". */
    static String describe(Snapshot s, NetworkElement element) {
        int layers = s.layerCount();
        if (element instanceof NetworkElement.Neuron n) {
            if (n.layer() == 0) return Texts.get("formula.input", n.index() + 1);
            return n.layer() == layers ? Texts.get("formula.outputNeuron", n.index() + 1)
                    : Texts.get("formula.neuron", n.index() + 1, n.layer());
        }
        if (element instanceof NetworkElement.Weight w) {
            return Texts.get("formula.weight", subscript(w.to() + 1, w.from() + 1), Words.layerName(w.layer(), layers));
        }
        NetworkElement.Bias b = (NetworkElement.Bias) element;
        return Texts.get("formula.bias", b.neuron() + 1, Words.ofLayer(b.layer(), layers));
    }

    private static String subscript(int to, int from) {
        String digits = "₀₁₂₃₄₅₆₇₈₉";
        StringBuilder sb = new StringBuilder();
        String plain = to >= 10 || from >= 10 ? to + "," + from : "" + to + from;
        for (char c : plain.toCharArray()) sb.append(c == ',' ? ',' : digits.charAt(c - '0'));
        return sb.toString();
    }

    private static boolean exists(Snapshot s, NetworkElement e) {
        if (e.layer() > s.layerCount()) return false;
        if (e instanceof NetworkElement.Neuron n) return n.index() < s.size(n.layer());
        if (e instanceof NetworkElement.Weight w) return w.to() < s.size(w.layer()) && w.from() < s.size(w.layer() - 1);
        NetworkElement.Bias b = (NetworkElement.Bias) e;
        return b.neuron() < s.size(b.layer());
    }
}
