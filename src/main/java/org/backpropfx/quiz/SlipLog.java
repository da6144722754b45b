package org.backpropfx.quiz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Every answer given in quiz mode during a session, by student, with the slips that explained the wrong
 * ones; written out as CSV for a spreadsheet or a gradebook. Not thread-safe: the quiz panel owns it.
 */
public final class SlipLog {

    /**
     * One answer.
     *
     * @param slips the slips the answer matched; empty for a right answer and for an unexplained wrong one
     */
    public record Entry(String student, int number, String step, String question, double given, double expected,
                        boolean correct, List<Slip> slips) {
        public Entry {
            Objects.requireNonNull(student, "student");
            slips = List.copyOf(slips);
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds an answer; the number counts the student's answers from 1. */
    public Entry add(String student, String step, Question question, Verdict verdict, List<SlipCandidate> matched) {
        String who = student == null || student.isBlank() ? "" : student.strip();
        int number = (int) entries.stream().filter(e -> e.student().equals(who)).count() + 1;
        List<Slip> slips = matched.stream().map(SlipCandidate::slip).distinct().toList();
        Entry entry = new Entry(who, number, step, question.prompt(), verdict.given(), verdict.expected(),
                verdict.correct(), slips);
        entries.add(entry);
        return entry;
    }

    public List<Entry> entries() { return List.copyOf(entries); }

    public boolean isEmpty() { return entries.isEmpty(); }

    public void clear() { entries.clear(); }

    /** How often each slip happened to one student. */
    public Map<Slip, Integer> counts(String student) {
        Map<Slip, Integer> counts = new EnumMap<>(Slip.class);
        for (Entry e : entries) {
            if (!e.student().equals(student)) continue;
            for (Slip slip : e.slips()) counts.merge(slip, 1, Integer::sum);
        }
        return counts;
    }

    public static final String CSV_HEADER = "student,answer,step,question,given,expected,verdict,slips";

    /** One line an answer (RFC 4180: fields with commas, quotes or line breaks are quoted); numbers in full precision. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append("\r\n");
        for (Entry e : entries) {
            String verdict = e.correct() ? "right" : e.slips().isEmpty() ? "wrong" : "slip";
            String slips = String.join(" ", e.slips().stream().map(Slip::id).toList());
            sb.append(field(e.student())).append(',').append(e.number()).append(',').append(field(e.step()))
                    .append(',').append(field(e.question())).append(',').append(number(e.given())).append(',')
                    .append(number(e.expected())).append(',').append(verdict).append(',').append(field(slips))
                    .append("\r\n");
        }
        return sb.toString();
    }

    private static String number(double v) { return String.format(Locale.ROOT, "%s", v); }

    private static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text;
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
