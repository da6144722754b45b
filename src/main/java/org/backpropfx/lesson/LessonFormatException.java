package org.backpropfx.lesson;

import java.util.Objects;

/**
 * A lesson file that cannot be used, with the place in the file and what is wrong there. The message
 * reads {@code network.layers[1].weights[2]: 3 values, expected 4}; layers and samples are counted
 * from 0, as in the file.
 */
public final class LessonFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final String problem;

    /**
     * @param where the field path ({@code samples[5].target}), or {@code line 3, column 7} for a syntax
     *              error, or {@code file} for the file as a whole
     */
    public LessonFormatException(String where, String problem) {
        super(where + ": " + problem);
        this.where = Objects.requireNonNull(where, "where");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The place in the file: a field path, a line and column, or {@code file}. */
    public String where() { return where; }

    /** What is wrong there, without the place. */
    public String problem() { return problem; }
}
