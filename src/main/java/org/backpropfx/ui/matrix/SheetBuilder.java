package org.backpropfx.ui.matrix;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.backpropfx.notation.MatrixBook;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.notation.MatrixEquation;
import org.backpropfx.notation.Notation;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.ui.network.TextMeasure;

/**
 * Makes the matrix view's {@link MatrixSheet} in two halves that may run on any thread: writing the
 * phase's matrices ({@link #write}) and laying them out ({@link #layOut}). Between them the JavaFX thread
 * measures the characters the texts use, which costs the size of the alphabet, not of the data.
 */
final class SheetBuilder {
    /**
     * Cells a phase may have for its sheet to be made at once on the JavaFX thread (well under a
     * millisecond); a larger one is made in the background while the view shows the sheet it had.
     */
    static final int IN_PLACE_CELLS = 2_500;

    /** One thread for every matrix view; it ends when idle. */
    static final Executor BACKGROUND = background();

    private SheetBuilder() {
    }

    /**
     * What a sheet is made from. Snapshots are immutable, so the same object means the same numbers.
     * {@code wrapWidth} is the width a line may take before it continues below (infinite: never).
     */
    record Request(Snapshot snapshot, Notation notation, int digits, double font, double wrapWidth) {
        boolean sameAs(Request other) {
            return other != null && snapshot == other.snapshot && notation == other.notation && digits == other.digits
                    && font == other.font && wrapWidth == other.wrapWidth;
        }

        /** An upper bound of the phase's cells (the update phase's five matrices a layer is the most). */
        long estimatedCells() {
            long cells = 0;
            for (int l = 1; l <= snapshot.layerCount(); l++) cells += 5L * snapshot.size(l) * (snapshot.size(l - 1) + 1);
            return cells;
        }

        boolean small() { return estimatedCells() <= IN_PLACE_CELLS; }
    }

    /** The phase's lines and, per font, the characters in them. */
    record Written(Request request, List<MatrixEquation> lines, Map<MatrixSheet.Kind, Set<Character>> characters,
                   Set<Character> cellCharacters) {}

    /** Advances per font, readable from any thread. */
    record Tables(Map<MatrixSheet.Kind, Map<Character, Double>> texts, Map<Character, Double> cells) {}

    static Written write(Request r) {
        List<MatrixEquation> lines = new MatrixBook(r.notation(), Texts.numbers(r.digits())).phase(r.snapshot());
        Map<MatrixSheet.Kind, Set<Character>> chars = Map.of(MatrixSheet.Kind.TOPIC, new HashSet<>(),
                MatrixSheet.Kind.NAME, new HashSet<>(), MatrixSheet.Kind.OPERATOR, new HashSet<>(),
                MatrixSheet.Kind.SHAPE, new HashSet<>());
        Set<Character> cells = new HashSet<>();
        for (MatrixEquation line : lines) {
            add(chars.get(MatrixSheet.Kind.TOPIC), line.topic().toUpperCase() + line.topic() + "   " + line.shapes());
            for (MatrixEquation.Term t : line.terms()) {
                if (t instanceof MatrixEquation.Operator op) {
                    add(chars.get(MatrixSheet.Kind.OPERATOR), op.text());
                } else {
                    MatrixEquation.Block b = (MatrixEquation.Block) t;
                    add(chars.get(MatrixSheet.Kind.NAME), b.name());
                    add(chars.get(MatrixSheet.Kind.SHAPE), b.shape());
                    for (MatrixEquation.Cell c : b.cells()) add(cells, c.text());
                }
            }
        }
        return new Written(r, lines, chars, cells);
    }

    static MatrixSheet layOut(Written w, Tables t) {
        return new MatrixSheet(w.lines(), w.request().font(), new MatrixSheet.Widths() {
            @Override public double of(String text, MatrixSheet.Kind kind) {
                return TextMeasure.width(text, t.texts().get(kind));
            }

            @Override public double cell(String text) { return TextMeasure.width(text, t.cells()); }
        }, w.request().wrapWidth());
    }

    private static void add(Set<Character> set, String text) {
        for (int k = 0; k < text.length(); k++) set.add(text.charAt(k));
    }

    private static Executor background() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    Thread thread = new Thread(work, "backpropfx-matrix-sheet");
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
