package org.backpropfx.data;

import java.util.List;
import java.util.regex.Pattern;

import org.backpropfx.engine.DataSet;

/** Turns chosen columns of a CSV table into training samples. */
public final class CsvImport {
    /** Inputs, targets and weights in BackpropFX are bounded so that a typo cannot swamp the network. */
    public static final double MAX_MAGNITUDE = 1e6;

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvImport() {}

    /**
     * @param inputColumns 0-based columns that become the inputs, in this order
     * @param targetColumns 0-based columns that become the targets
     */
    public static DataSet toDataSet(CsvTable table, List<Integer> inputColumns, List<Integer> targetColumns)
            throws CsvFormatException {
        if (inputColumns.isEmpty()) throw new CsvFormatException(0, 0, "choose at least one input column");
        if (targetColumns.isEmpty()) throw new CsvFormatException(0, 0, "choose at least one target column");
        for (int c : inputColumns) checkColumn(table, c);
        for (int c : targetColumns) {
            checkColumn(table, c);
            if (inputColumns.contains(c)) {
                throw new CsvFormatException(0, c + 1, "column '" + table.header().get(c) + "' is both an input and a target");
            }
        }
        double[][] inputs = new double[table.rowCount()][inputColumns.size()];
        double[][] targets = new double[table.rowCount()][targetColumns.size()];
        for (int r = 0; r < table.rowCount(); r++) {
            for (int k = 0; k < inputColumns.size(); k++) inputs[r][k] = number(table, r, inputColumns.get(k));
            for (int k = 0; k < targetColumns.size(); k++) targets[r][k] = number(table, r, targetColumns.get(k));
        }
        return new DataSet(inputs, targets);
    }

    /** The chosen columns as numbers, row by row, with the same checks and messages as {@link #toDataSet}. */
    static double[][] numbers(CsvTable table, List<Integer> columns) throws CsvFormatException {
        if (columns.isEmpty()) throw new CsvFormatException(0, 0, "choose at least one input column");
        for (int c : columns) checkColumn(table, c);
        double[][] values = new double[table.rowCount()][columns.size()];
        for (int r = 0; r < table.rowCount(); r++) {
            for (int k = 0; k < columns.size(); k++) values[r][k] = number(table, r, columns.get(k));
        }
        return values;
    }

    private static void checkColumn(CsvTable table, int column) throws CsvFormatException {
        if (column < 0 || column >= table.header().size()) {
            throw new CsvFormatException(0, column + 1, "there is no column " + (column + 1) + " (the file has "
                    + table.header().size() + ")");
        }
    }

    private static double number(CsvTable table, int row, int column) throws CsvFormatException {
        String text = table.cell(row, column);
        int line = table.lineOf(row);
        String name = table.header().get(column);
        if (text.isEmpty()) throw new CsvFormatException(line, column + 1, "'" + name + "' is empty");
        String normal = table.separator() == ';' ? text.replace(',', '.') : text;
        if (!DECIMAL.matcher(normal).matches()) {
            throw new CsvFormatException(line, column + 1, "'" + name + "': '" + text + "' is not a number");
        }
        double value = Double.parseDouble(normal);
        if (!Double.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) {
            throw new CsvFormatException(line, column + 1, "'" + name + "': " + text + " is outside ±" + (long) MAX_MAGNITUDE);
        }
        return value;
    }
}
