package org.backpropfx.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backpropfx.engine.Classification;
import org.backpropfx.engine.DataSet;

/**
 * A CSV column of class labels ("setosa", "versicolor", … or 0, 1, 2) turned into one-hot targets, one output
 * per class in the order the labels first appear; and back, for export, from one-hot targets to one label
 * column. Numeric inputs are read as {@link CsvImport} reads them.
 */
public final class ClassLabels {
    /** More classes than this are most likely a column of values chosen by mistake. */
    public static final int MAX_CLASSES = 64;

    private ClassLabels() {}

    /** Samples with one-hot targets, and the class names in the order of the outputs. */
    public record Labelled(DataSet data, List<String> classes) {}

    /**
     * @param inputColumns 0-based columns that become the inputs, in this order
     * @param labelColumn the 0-based column of class labels
     */
    public static Labelled read(CsvTable table, List<Integer> inputColumns, int labelColumn) throws CsvFormatException {
        if (labelColumn < 0 || labelColumn >= table.header().size()) {
            throw new CsvFormatException(0, labelColumn + 1, "there is no column " + (labelColumn + 1));
        }
        if (inputColumns.contains(labelColumn)) {
            throw new CsvFormatException(0, labelColumn + 1, "column '" + table.header().get(labelColumn)
                    + "' is both an input and the class label");
        }
        String name = table.header().get(labelColumn);
        Map<String, Integer> classes = new LinkedHashMap<>();
        int[] classOf = new int[table.rowCount()];
        for (int r = 0; r < table.rowCount(); r++) {
            String label = table.cell(r, labelColumn).strip();
            if (label.isEmpty()) {
                throw new CsvFormatException(table.lineOf(r), labelColumn + 1, "the class label '" + name
                        + "' is empty: every sample needs one");
            }
            Integer k = classes.get(label);
            if (k == null) {
                if (classes.size() == MAX_CLASSES) {
                    throw new CsvFormatException(table.lineOf(r), labelColumn + 1, "'" + label + "' would be class "
                            + (MAX_CLASSES + 1) + " in '" + name + "'; at most " + MAX_CLASSES
                            + " classes can be learnt — is this column really a class label?");
                }
                k = classes.size();
                classes.put(label, k);
            }
            classOf[r] = k;
        }
        if (classes.size() < 2) {
            throw new CsvFormatException(0, labelColumn + 1, "the class label '" + name + "' has only one class ('"
                    + classes.keySet().iterator().next() + "'): telling classes apart needs at least two");
        }
        // The inputs as the number columns are read, with the same messages; the labels become one-hot targets.
        double[][] inputs = CsvImport.numbers(table, inputColumns);
        double[][] targets = new double[table.rowCount()][classes.size()];
        for (int r = 0; r < targets.length; r++) targets[r][classOf[r]] = 1.0;
        return new Labelled(new DataSet(inputs, targets), List.copyOf(classes.keySet()));
    }

    /**
     * The samples as CSV text: inputs x1…xn, then, when every target is one-hot (one 1 among 0s, several
     * outputs), a single column "class" naming each sample's class (from {@code classNames}, or 1 to K when
     * null), otherwise the targets y1…ym. Numbers are written exactly (shortest text that reads back the same).
     */
    public static String write(DataSet data, List<String> classNames) {
        int outputs = data.targetSize();
        boolean labels = outputs > 1 && isOneHot(data);
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (int i = 0; i < data.inputSize(); i++) header.add("x" + (i + 1));
        if (labels) header.add("class");
        else for (int j = 0; j < outputs; j++) header.add("y" + (j + 1));
        out.append(String.join(",", header)).append('\n');
        for (int s = 0; s < data.size(); s++) {
            List<String> cells = new ArrayList<>();
            for (double x : data.input(s)) cells.add(Double.toString(x));
            if (labels) {
                int k = Classification.classOf(data.target(s));
                cells.add(quoted(classNames != null && k < classNames.size() ? classNames.get(k) : Integer.toString(k + 1)));
            } else {
                for (double y : data.target(s)) cells.add(Double.toString(y));
            }
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }

    private static boolean isOneHot(DataSet data) {
        for (int s = 0; s < data.size(); s++) {
            int ones = 0;
            for (double v : data.target(s)) {
                if (v == 1.0) ones++;
                else if (v != 0.0) return false;
            }
            if (ones != 1) return false;
        }
        return true;
    }

    private static String quoted(String cell) {
        return cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
