package org.backpropfx.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MathTextTest {

    private final MathText delta = MathText.builder().symbol("γ").sub("1").text(" = ").symbol("β").sub("1")
            .text("(1 − ").symbol("β").sub("1").text(")").build();

    @Test
    void plainTextUsesUnicodeSubscriptsAndSuperscripts() {
        assertEquals("γ₁ = β₁(1 − β₁)", delta.toPlainText());
        assertEquals("β²", MathText.builder().symbol("β").sup("2").build().toPlainText());
    }

    @Test
    void plainTextFallsBackToMarkersWhereUnicodeHasNoRaisedLetter() {
        assertEquals("e^(−α)", MathText.builder().text("e").sup("−α").build().toPlainText());
        assertEquals("w_(10,3)", MathText.builder().symbol("w").sub("10,3").build().toPlainText());
    }

    @Test
    void latexTranslatesGreekOperatorsAndIndices() {
        assertEquals("\\gamma _{1} = \\beta _{1}(1 - \\beta _{1})", delta.toLatex());
        assertEquals("\\mathrm{tanh}(0.5)", MathText.text("tanh(0.5)").toLatex());
        assertEquals("$\\gamma _{1} = \\beta _{1}(1 - \\beta _{1})$", delta.toMarkdown());
    }

    @Test
    void symbolsWithUnicodeSubscriptDigitsSplitIntoARun() {
        MathText w0 = MathText.symbol("w₀");
        assertEquals(List.of(new MathText.Run("w", MathText.Style.SYMBOL), new MathText.Run("0", MathText.Style.SUBSCRIPT)),
                w0.runs());
        assertEquals("w_{0}", w0.toLatex());
    }

    @Test
    void builderMergesNeighbouringRunsOfOneStyle() {
        MathText t = MathText.builder().text("1").text(" + ").text("2").build();
        assertEquals(1, t.runs().size());
    }
}
