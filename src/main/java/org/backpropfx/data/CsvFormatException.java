package org.backpropfx.data;

/** A CSV file that cannot be read as samples; the message names the line and the column. */
public final class CsvFormatException extends Exception {
    private final int line;
    private final int column;

    public CsvFormatException(int line, int column, String message) {
        super(place(line, column) + message);
        this.line = line;
        this.column = column;
    }

    private static String place(int line, int column) {
        if (line <= 0) return "";
        return column <= 0 ? "line " + line + ": " : "line " + line + ", column " + column + ": ";
    }

    /** 1-based line, or 0 when the problem is not on one line. */
    public int line() { return line; }

    /** 1-based column, or 0 when the problem is not in one column. */
    public int column() { return column; }
}
