package org.backpropfx.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV text split into a header and rows of cells. Fields may be quoted with "…" (a doubled quote
 * inside stands for one). The separator is a comma, or a semicolon when the header has semicolons and
 * no commas — the usual choice where decimals are written with a comma.
 */
public final class CsvTable {
    public static final int MAX_ROWS = 100_000;
    public static final int MAX_CHARS = 16 * 1024 * 1024;

    private final List<String> header;
    private final List<List<String>> rows;
    private final List<Integer> lineNumbers;
    private final char separator;

    private CsvTable(List<String> header, List<List<String>> rows, List<Integer> lineNumbers, char separator) {
        this.header = header;
        this.rows = rows;
        this.lineNumbers = lineNumbers;
        this.separator = separator;
    }

    public static CsvTable parse(String text) throws CsvFormatException {
        if (text.length() > MAX_CHARS) throw new CsvFormatException(0, 0, "the file is larger than 16 MiB");
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) first++;
        if (first == lines.length) throw new CsvFormatException(0, 0, "the file is empty");
        String headerLine = stripBom(lines[first]);
        char separator = headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? ';' : ',';
        List<String> header = split(headerLine, separator, first + 1);
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).isBlank()) throw new CsvFormatException(first + 1, c + 1, "the header has an empty column name");
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int n = first + 1; n < lines.length; n++) {
            if (lines[n].isBlank()) continue;
            List<String> cells = split(lines[n], separator, n + 1);
            if (cells.size() != header.size()) {
                throw new CsvFormatException(n + 1, 0, cells.size() + " fields, expected " + header.size()
                        + " as in the header");
            }
            rows.add(cells);
            lineNumbers.add(n + 1);
            if (rows.size() > MAX_ROWS) throw new CsvFormatException(n + 1, 0, "more than " + MAX_ROWS + " rows");
        }
        if (rows.isEmpty()) throw new CsvFormatException(0, 0, "the file has a header but no rows");
        return new CsvTable(List.copyOf(header), rows, lineNumbers, separator);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static List<String> split(String line, char separator, int lineNumber) throws CsvFormatException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (quoted) {
                if (c == '"' && k + 1 < line.length() && line.charAt(k + 1) == '"') {
                    cell.append('"');
                    k++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) throw new CsvFormatException(lineNumber, cells.size() + 1, "a quoted field is not closed");
        cells.add(cell.toString().trim());
        return cells;
    }

    public List<String> header() { return header; }

    public int rowCount() { return rows.size(); }

    public String cell(int row, int column) { return rows.get(row).get(column); }

    /** The 1-based line of the file that row {@code row} came from. */
    public int lineOf(int row) { return lineNumbers.get(row); }

    public char separator() { return separator; }

    /** The column with this name, ignoring case and surrounding spaces, or −1. */
    public int columnNamed(String name) {
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).trim().equalsIgnoreCase(name.trim())) return c;
        }
        return -1;
    }
}
