package org.backpropfx.ui.formula;

import static org.backpropfx.ui.FxTest.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

import org.backpropfx.notation.Notation;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.stepper.NetworkElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The formula panel on the 2-2-1 XOR test lesson, first sample (input 0, 0; target 0.1). */
@ExtendWith(ApplicationExtension.class)
class FormulaPanelTest {
    private LessonSession session;
    private FormulaPanel panel;

    @Start
    void start(Stage stage) {
        session = new LessonSession(TestLessons.xor());
        panel = new FormulaPanel(session);
        stage.setScene(new Scene(panel, 520, 600));
        stage.show();
    }


    private List<Text> texts() {
        return onFx(() -> {
            panel.text();
            return panel.body().getChildren().stream().filter(n -> n instanceof TextFlow)
                    .flatMap(n -> ((TextFlow) n).getChildren().stream()).map(n -> (Text) n)
                    .collect(Collectors.toList());
        });
    }

    @Test
    void followsEveryStepTakenInItsOwnPulse(FxRobot robot) {
        for (int k = 0; k < 6; k++) {
            robot.interact(session::stepForward);
            WaitForAsyncUtils.waitForFxEvents();
            String phase = onFx(() -> session.getSnapshot().describePhase());
            assertThat(onFx(() -> panel.text())).as("after step " + (k + 1)).startsWith(phase);
        }
    }

    @Test
    void withNothingPickedItSaysWhatToClickAndShowsTheOutputNeuronsFormula(FxRobot robot) {
        assertThat(onFx(() -> panel.text())).contains("Click a neuron or an edge").contains("step forward");

        robot.interact(() -> {
            session.stepForward();
            session.stepForward();
        });

        // Output neuron: α = 0.4·σ(0.35) − 0.45·σ(−0.35) + 0.6 (MIT writes the bias as − w₁₀ with w₁₀ = −0.6).
        double h1 = 1 / (1 + Math.exp(-0.35));
        double h2 = 1 / (1 + Math.exp(0.35));
        double net = 0.6 + 0.4 * h1 - 0.45 * h2;
        String text = onFx(() -> panel.text());
        assertThat(text).contains("Net input of output neuron 1").contains("− w10 = ")
                .contains(String.format(Locale.ROOT, "= %.4f", net));
    }

    @Test
    void symbolsAreItalicAndIndicesAreRealSubscripts(FxRobot robot) {
        robot.interact(() -> {
            for (int k = 0; k < 4; k++) session.stepForward();
            session.selectionProperty().set(new NetworkElement.Neuron(2, 0));
        });

        List<Text> texts = texts();
        Text gamma = texts.stream().filter(t -> t.getText().equals("γ")).findFirst().orElseThrow();
        Text index = texts.get(texts.indexOf(gamma) + 1);
        assertThat(gamma.getFont().getStyle().toLowerCase()).contains("italic");
        assertThat(index.getText()).isEqualTo("1");
        assertThat(index.getTranslateY()).isPositive();
        assertThat(index.getFont().getSize()).isLessThan(gamma.getFont().getSize());
        assertThat(texts).noneMatch(t -> t.getText().contains("\\") || t.getText().contains("_{"));
    }

    @Test
    void digitsAndNotationChangeTheTextLive(FxRobot robot) {
        robot.interact(() -> {
            for (int k = 0; k < 4; k++) session.stepForward();
            session.selectionProperty().set(new NetworkElement.Bias(2, 0));
        });
        String mit = onFx(() -> panel.text());
        robot.interact(() -> {
            session.setNotation(Notation.GRADIENT);
            session.setDigits(6);
        });
        String gradient = onFx(() -> panel.text());

        assertThat(mit).contains("∂P/∂w10").doesNotContain("∂E/∂b1");
        assertThat(gradient).contains("∂E/∂b1").doesNotContain("∂P/∂w10");
        // ∂P/∂w₁₀ = (−1)·γ = δ = ∂E/∂b₁: the same number in both notations, now with more digits.
        double h1 = 1 / (1 + Math.exp(-0.35));
        double h2 = 1 / (1 + Math.exp(0.35));
        double out = 1 / (1 + Math.exp(-(0.6 + 0.4 * h1 - 0.45 * h2)));
        double delta = (out - 0.1) * out * (1 - out);
        assertThat(mit).contains("= " + significant(delta, 4));
        assertThat(gradient).contains("∂E/∂b1 = δ1 = " + significant(delta, 6));
    }

    private static String significant(double v, int digits) {
        return new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_UP))
                .stripTrailingZeros().toPlainString().replace('-', '−');
    }
}
