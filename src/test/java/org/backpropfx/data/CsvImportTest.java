package org.backpropfx.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;

import org.backpropfx.engine.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvImportTest {

    @Test
    void readsChosenColumnsInOrder() throws Exception {
        CsvTable table = CsvTable.parse("x1,x2,label,notes\n0,1,1,a\n1,1,0,\"b, c\"\n\n0.5,-2e-1,1,d\n");
        DataSet data = CsvImport.toDataSet(table, List.of(1, 0), List.of(2));
        assertEquals(3, data.size());
        assertArrayEquals(new double[] {1, 0}, data.input(0));
        assertArrayEquals(new double[] {-0.2, 0.5}, data.input(2));
        assertArrayEquals(new double[] {0}, data.target(1));
        assertEquals(3, table.columnNamed(" NOTES "));
        assertEquals("b, c", table.cell(1, 3));
        assertEquals(5, table.lineOf(2));
    }

    @Test
    void semicolonFilesTakeDecimalCommas() throws Exception {
        CsvTable table = CsvTable.parse("a;b\n0,5;1\n");
        DataSet data = CsvImport.toDataSet(table, List.of(0), List.of(1));
        assertEquals(0.5, data.input(0)[0]);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("x,y\n1,2\n3,abc\n", "line 3, column 2: 'y': 'abc' is not a number"),
                Arguments.of("x,y\n1,2\n3,\n", "line 3, column 2: 'y' is empty"),
                Arguments.of("x,y\n1,NaN\n", "line 2, column 2: 'y': 'NaN' is not a number"),
                Arguments.of("x,y\n1,Infinity\n", "line 2, column 2: 'y': 'Infinity' is not a number"),
                Arguments.of("x,y\n1,1e400\n", "line 2, column 2: 'y': 1e400 is outside ±1000000"),
                Arguments.of("x,y\n1,0x10\n", "line 2, column 2: 'y': '0x10' is not a number"),
                Arguments.of("x,y\n1,2,3\n", "line 2: 3 fields, expected 2 as in the header"),
                Arguments.of("x,y\n\"1,2\n", "line 2, column 1: a quoted field is not closed"),
                Arguments.of("x,y\n", "the file has a header but no rows"),
                Arguments.of(" \n", "the file is empty"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badFilesNameTheLineAndColumn(String csv, String message) {
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> CsvImport.toDataSet(CsvTable.parse(csv), List.of(0), List.of(1)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aColumnCannotBeBothInputAndTarget() throws Exception {
        CsvTable table = CsvTable.parse("x,y\n1,2\n");
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> CsvImport.toDataSet(table, List.of(0), List.of(0)));
        assertEquals("column 'x' is both an input and a target", e.getMessage());
        assertEquals(1, e.column());
    }
}
