package org.backpropfx.notation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.backpropfx.stepper.NetworkElement;

/**
 * One line of a phase's working in the vector notation of article 002, e.g. z² = W² · a¹ + b²: the
 * matrices and vectors with every number in them, joined by operators.
 *
 * @param topic what the line computes, in words ("net input of hidden layer 1")
 * @param terms blocks and operators from left to right; the first block is the result
 */
public record MatrixEquation(String topic, List<Term> terms) {
    public MatrixEquation {
        Objects.requireNonNull(topic, "topic");
        terms = List.copyOf(terms);
    }

    /** A matrix or vector, or an operator between them. */
    public sealed interface Term permits Block, Operator {}

    /** Text between blocks: "=", "·", "+", "⊙ (1 −", "= −0.5 ×". */
    public record Operator(String text) implements Term {}

    /**
     * A matrix (a vector is one column, a row vector one row, a scalar 1×1) with its cells row by row.
     *
     * @param name how it is written above it: "W²", "(W³)ᵀ", "∂E/∂b¹"
     */
    public record Block(String name, int rows, int cols, List<Cell> cells) implements Term {
        public Block {
            cells = List.copyOf(cells);
            if (cells.size() != rows * cols) {
                throw new IllegalArgumentException(name + ": " + cells.size() + " cells for " + rows + "×" + cols);
            }
        }

        public Cell cell(int row, int col) { return cells.get(row * cols + col); }

        /** "3×1". */
        public String shape() { return rows + "×" + cols; }
    }

    /**
     * One number.
     *
     * @param text the number at the chosen digits
     * @param value the number at full precision, in the notation's sign convention
     * @param element the neuron, weight or bias the number belongs to; null for the −1 input and the error
     */
    public record Cell(String text, double value, NetworkElement element) {}

    public List<Block> blocks() {
        return terms.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
    }

    /** The shapes in the order written, "3×1 = 3×3 · 3×1 + 3×1": the operators between blocks kept short. */
    public String shapes() {
        return terms.stream().map(t -> t instanceof Block b ? b.shape() : shortOperator(((Operator) t).text()))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }

    private static String shortOperator(String op) {
        String trimmed = op.strip();
        if (trimmed.startsWith("=")) return "=";
        if (trimmed.contains("⊙")) return "⊙";
        if (trimmed.equals("·") || trimmed.equals("+") || trimmed.equals("−")) return trimmed;
        return "";
    }
}
