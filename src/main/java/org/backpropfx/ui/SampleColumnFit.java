package org.backpropfx.ui;

import java.util.List;
import java.util.Objects;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import org.backpropfx.engine.DataSet;
import org.backpropfx.notation.SignificantFormat;

/**
 * Makes every value column of the samples table at least as wide as its widest value, measured with the
 * cells' own font in bold (the current row is bold), so that no value is ever cut to "−0.4…". Widths are
 * measured again only when the font, the digits or the values change.
 */
final class SampleColumnFit {
    private Object measured;

    /**
     * @param cell     a cell of the table, styled, whose font and padding the values are shown with
     * @param inputs   the input columns, one per input
     * @param targets  the target columns, one per target
     * @return whether any column's least width changed
     */
    boolean fit(Labeled cell, DataSet data, SignificantFormat format, int digits,
                List<TableColumn<SampleRow, ?>> inputs, List<TableColumn<SampleRow, ?>> targets) {
        Font font = cell.getFont();
        double padding = cell.snappedLeftInset() + cell.snappedRightInset();
        Object key = List.of(font, padding, digits, format.decimalMark(), valuesHash(data), headings(inputs, targets));
        if (Objects.equals(key, measured)) return false;
        measured = key;
        Text probe = new Text();
        probe.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        boolean changed = false;
        for (int k = 0; k < inputs.size(); k++) changed |= fitColumn(inputs.get(k), probe, padding, data, format, false, k);
        for (int k = 0; k < targets.size(); k++) changed |= fitColumn(targets.get(k), probe, padding, data, format, true, k);
        changed |= coverHeading(inputs, probe, padding);
        changed |= coverHeading(targets, probe, padding);
        return changed;
    }

    /** The width a cell needs to show {@code text} whole in bold, its padding included. */
    static double widthOf(Labeled cell, String text) {
        Text probe = new Text(text);
        Font font = cell.getFont();
        probe.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        return Math.ceil(probe.getLayoutBounds().getWidth() + cell.snappedLeftInset() + cell.snappedRightInset()) + 2;
    }

    private static boolean fitColumn(TableColumn<SampleRow, ?> column, Text probe, double padding, DataSet data,
                                     SignificantFormat format, boolean target, int k) {
        double widest = 0;
        for (int s = 0; s < data.size(); s++) {
            double[] values = target ? data.target(s) : data.input(s);
            if (k >= values.length) continue;
            probe.setText(format.format(values[k]));
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        // A pixel to spare against rounding in the cell's own text layout.
        // Its heading ("y₁") measured alike; a pixel to spare against rounding in the cell's own text layout.
        probe.setText(column.getText());
        double heading = probe.getLayoutBounds().getWidth();
        double floor = Math.max(Math.ceil(Math.max(widest, heading) + padding) + 1, baseline(column));
        if (floor == column.getMinWidth() && floor == column.getPrefWidth()) return false;
        // Pref too: when the table has to scroll sideways the columns keep their preferred widths.
        column.setMinWidth(floor);
        column.setPrefWidth(floor);
        return true;
    }

    /** Widens a group's columns alike until together they hold the group's heading ("inputs" over x₁ x₂). */
    private static boolean coverHeading(List<TableColumn<SampleRow, ?>> columns, Text probe, double padding) {
        if (columns.isEmpty() || columns.get(0).getParentColumn() == null) return false;
        probe.setText(columns.get(0).getParentColumn().getText());
        double need = Math.ceil(probe.getLayoutBounds().getWidth() + 2 * padding) + 2;
        double have = 0;
        for (TableColumn<SampleRow, ?> c : columns) have += c.getMinWidth();
        if (have >= need) return false;
        double more = Math.ceil((need - have) / columns.size());
        for (TableColumn<SampleRow, ?> c : columns) {
            c.setMinWidth(c.getMinWidth() + more);
            c.setPrefWidth(c.getMinWidth());
        }
        return true;
    }

    /** The least width the table gave the column for its heading, kept in its properties. */
    private static double baseline(TableColumn<SampleRow, ?> column) {
        return column.getProperties().get(BASE) instanceof Double d ? d : 0;
    }

    static final String BASE = "samples.baseMinWidth";

    private static String headings(List<TableColumn<SampleRow, ?>> inputs, List<TableColumn<SampleRow, ?>> targets) {
        StringBuilder b = new StringBuilder();
        for (List<TableColumn<SampleRow, ?>> group : List.of(inputs, targets)) {
            if (!group.isEmpty() && group.get(0).getParentColumn() != null) b.append(group.get(0).getParentColumn().getText()).append('|');
        }
        for (TableColumn<SampleRow, ?> c : inputs) b.append(c.getText()).append('|');
        for (TableColumn<SampleRow, ?> c : targets) b.append(c.getText()).append('|');
        return b.toString();
    }

    private static int valuesHash(DataSet data) {
        int h = data.size();
        for (int s = 0; s < data.size(); s++) {
            h = 31 * h + java.util.Arrays.hashCode(data.input(s));
            h = 31 * h + java.util.Arrays.hashCode(data.target(s));
        }
        return h;
    }
}
