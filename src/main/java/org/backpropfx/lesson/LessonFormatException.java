package org.backpropfx.lesson;

import java.util.Objects;

/**
 * A lesson file that cannot be used, with the place in the file and what is wrong there. The message
 * reads {@code network.layers[1].weights[2] (line 9, column 40): 3 values, expected 4}; layers and
 * samples are counted from 0, as in the file, lines and columns from 1.
 */
public final class LessonFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final String problem;
    private final int line;
    private final int column;

    /**
     * @param where the field path ({@code samples[5].target}), or {@code line 3, column 7} for a syntax
     *              error, or {@code file} for the file as a whole
     */
    public LessonFormatException(String where, String problem) {
        this(where, problem, 0, 0);
    }

    /** With the line and column (from 1) where the value named by {@code where} starts; 0 if unknown. */
    public LessonFormatException(String where, String problem, int line, int column) {
        super(where + (line > 0 ? " (line " + line + ", column " + column + ")" : "") + ": " + problem);
        this.where = Objects.requireNonNull(where, "where");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.line = line;
        this.column = column;
    }

    /** The place in the file: a field path, a line and column, or {@code file}. */
    public String where() { return where; }

    /** What is wrong there, without the place. */
    public String problem() { return problem; }

    /** The line (from 1) of the value at fault, or 0 if the fault is in no one place or a syntax error's own. */
    public int line() { return line; }

    /** The column (from 1, in characters) of the value at fault, or 0. */
    public int column() { return column; }

    /** The same problem with the line and column of its place. */
    LessonFormatException at(int atLine, int atColumn) {
        LessonFormatException located = new LessonFormatException(where, problem, atLine, atColumn);
        located.initCause(this);
        return located;
    }
}
