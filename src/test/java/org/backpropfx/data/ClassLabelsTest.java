package org.backpropfx.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.backpropfx.engine.DataSet;
import org.junit.jupiter.api.Test;

/** A class-label column into one-hot targets and back, with messages naming line and column. */
class ClassLabelsTest {
    private static final String FLOWERS = """
            petal_length,petal_width,species
            1.4,0.2,setosa
            4.7,1.4,versicolor
            6.0,2.5,virginica
            1.3,0.2,setosa
            """;

    @Test
    void labelsBecomeOneHotTargetsInTheOrderTheyFirstAppear() throws Exception {
        ClassLabels.Labelled read = ClassLabels.read(CsvTable.parse(FLOWERS), List.of(0, 1), 2);
        assertThat(read.classes()).containsExactly("setosa", "versicolor", "virginica");
        DataSet data = read.data();
        assertThat(data.size()).isEqualTo(4);
        assertThat(data.input(1)).containsExactly(4.7, 1.4);
        assertThat(data.target(0)).containsExactly(1.0, 0.0, 0.0);
        assertThat(data.target(1)).containsExactly(0.0, 1.0, 0.0);
        assertThat(data.target(2)).containsExactly(0.0, 0.0, 1.0);
        assertThat(data.target(3)).containsExactly(1.0, 0.0, 0.0);
    }

    @Test
    void exportWritesOneLabelColumnThatReadsBackTheSame() throws Exception {
        ClassLabels.Labelled read = ClassLabels.read(CsvTable.parse(FLOWERS), List.of(0, 1), 2);
        String csv = ClassLabels.write(read.data(), read.classes());
        assertThat(csv).startsWith("x1,x2,class\n1.4,0.2,setosa\n4.7,1.4,versicolor\n");
        ClassLabels.Labelled again = ClassLabels.read(CsvTable.parse(csv), List.of(0, 1), 2);
        assertThat(again.data()).isEqualTo(read.data());
        assertThat(again.classes()).isEqualTo(read.classes());
        // Without names the classes are numbered from 1; targets that are not one-hot stay numbers.
        assertThat(ClassLabels.write(read.data(), null)).contains("\n6.0,2.5,3\n");
        DataSet soft = new DataSet(new double[][] {{0.5}}, new double[][] {{0.9, 0.1}});
        assertThat(ClassLabels.write(soft, null)).isEqualTo("x1,y1,y2\n0.5,0.9,0.1\n");
    }

    @Test
    void irisAsShippedReadsAsThreeSpecies() throws Exception {
        String text = new String(DataPresets.class.getResourceAsStream("iris.csv").readAllBytes(),
                StandardCharsets.UTF_8).replaceAll("(?m)^#.*\\n", "");
        ClassLabels.Labelled iris = ClassLabels.read(CsvTable.parse(text), List.of(0, 1, 2, 3), 4);
        assertThat(iris.classes()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(iris.data()).isEqualTo(DataPresets.create(DataPresets.Preset.IRIS, 0, 0, 0));
    }

    @Test
    void badLabelsAreNamedWithTheirLineAndColumn() {
        assertThatThrownBy(() -> ClassLabels.read(CsvTable.parse("a,b,kind\n1,2,x\n3,4,\n5,6,y\n"), List.of(0, 1), 2))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 3").hasMessageContaining("column 3")
                .hasMessageContaining("the class label 'kind' is empty: every sample needs one");
        assertThatThrownBy(() -> ClassLabels.read(CsvTable.parse("a,kind\n1,x\n2,x\n"), List.of(0), 1))
                .hasMessageContaining("the class label 'kind' has only one class ('x'): telling classes apart needs at least two");
        assertThatThrownBy(() -> ClassLabels.read(CsvTable.parse("a,kind\nq,x\n2,y\n"), List.of(0), 1))
                .hasMessageContaining("line 2").hasMessageContaining("'a': 'q' is not a number");
        assertThatThrownBy(() -> ClassLabels.read(CsvTable.parse("a,kind\n1,x\n2,y\n"), List.of(0, 1), 1))
                .hasMessageContaining("column 'kind' is both an input and the class label");
    }
}
