package org.backpropfx.ui.tinker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.backpropfx.engine.DataSet;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CsvImportDialogTest {
    private final Lesson lesson = TestLessons.xor();
    private LessonSession session;
    private CsvImportDialog form;

    @TempDir Path folder;

    @Start
    void start(Stage stage) {
        session = new LessonSession(lesson);
        form = new CsvImportDialog(session);
        stage.setScene(new Scene(form));
        stage.show();
    }

    @Test
    void aCellThatIsNotANumberIsReportedWithItsLineAndColumnAndNothingChanges(FxRobot robot) {
        String csv = "x1,x2,label\n0,0,0\n0,abc,1\n1,0,1\n";
        robot.interact(() -> {
            assertThat(form.load(csv, "points.csv")).isTrue();
            assertThat(form.apply()).isFalse();
        });
        assertThat(form.problem())
                .isEqualTo("points.csv, line 3, column 2: 'x2': 'abc' is not a number. Nothing was imported.");
        assertThat(robot.lookup("#csvProblem").queryLabeled().getText()).isEqualTo(form.problem());
        assertThat(session.getLesson().data()).isEqualTo(lesson.data());
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsReportedWhenTheFileIsRead(FxRobot robot) {
        robot.interact(() -> assertThat(form.load("a,b,c\n1,2,3\n\n4,5\n", "short.csv")).isFalse());
        assertThat(form.problem())
                .isEqualTo("short.csv, line 4: 2 fields, expected 3 as in the header. Nothing was imported.");
        assertThat(form.isLoaded()).isFalse();
        robot.interact(() -> assertThat(form.apply()).isFalse());
        assertThat(session.getLesson().data()).isEqualTo(lesson.data());
    }

    @Test
    void aGoodFileReplacesTheSamplesWithTheChosenColumnsAsOneEdit(FxRobot robot) throws Exception {
        Path file = folder.resolve("and.csv");
        Files.writeString(file, "name,a,b,out\np,0,0,0\nq,0,1,0\nr,1,0,0\ns,1,1,1\nt,0.5,0.25,1\n");
        robot.interact(() -> assertThat(form.load(file)).isTrue());
        assertThat(robot.lookup("#csvSource").queryLabeled().getText()).isEqualTo("and.csv — 5 rows, 4 columns");
        assertThat(form.role(0).getValue()).as("text column").isEqualTo(CsvImportDialog.Role.IGNORE);
        assertThat(form.role(1).getValue()).isEqualTo(CsvImportDialog.Role.INPUT);
        assertThat(form.role(2).getValue()).isEqualTo(CsvImportDialog.Role.INPUT);
        assertThat(form.role(3).getValue()).as("named like a target").isEqualTo(CsvImportDialog.Role.TARGET);

        robot.interact(() -> assertThat(form.apply()).isTrue());
        DataSet expected = new DataSet(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0.5, 0.25}},
                new double[][] {{0}, {0}, {0}, {1}, {1}});
        assertThat(session.getLesson().data()).isEqualTo(expected);
        assertThat(session.getSnapshot().sampleCount()).isEqualTo(5);
        assertThat(session.history().undoLabelProperty().get()).isEqualTo("Import 5 samples from and.csv");

        robot.interact(session::undo);
        assertThat(session.getLesson().data()).isEqualTo(lesson.data());
    }

    @Test
    void choosingOtherColumnsChangesTheNetworksInputs(FxRobot robot) {
        robot.interact(() -> {
            assertThat(form.load("a,b,c\n1,2,3\n4,5,6\n", "three.csv")).isTrue();
            form.role(1).setValue(CsvImportDialog.Role.IGNORE);
            assertThat(form.apply()).isTrue();
        });
        assertThat(session.getLesson().data()).isEqualTo(new DataSet(new double[][] {{1}, {4}}, new double[][] {{3}, {6}}));
        assertThat(session.getLesson().network().inputSize()).isEqualTo(1);

        robot.interact(() -> {
            form.role(0).setValue(CsvImportDialog.Role.IGNORE);
            form.role(1).setValue(CsvImportDialog.Role.IGNORE);
            assertThat(form.apply()).isFalse();
        });
        assertThat(form.problem()).isEqualTo("three.csv, choose at least one input column. Nothing was imported.");
    }

    @Test
    void aFileThatCannotBeReadIsReported(FxRobot robot) {
        robot.interact(() -> assertThat(form.load(folder.resolve("missing.csv"))).isFalse());
        assertThat(form.problem())
                .isEqualTo("missing.csv, it could not be read: there is no such file or folder. Nothing was imported.");
    }

    /** A named pipe says its size is 0 and would be read for ever: refused before reading, the window free. */
    @Test
    void aPipeOrAFolderIsRefusedBeforeReading(FxRobot robot) throws Exception {
        Path pipe = folder.resolve("samples.csv");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        robot.interact(() -> assertThat(form.load(pipe)).isFalse());
        assertThat(form.problem()).isEqualTo("samples.csv, it is a device, pipe or socket, not a file. Nothing was imported.");
        robot.interact(() -> assertThat(form.load(folder)).isFalse());
        assertThat(form.problem()).endsWith(", it is a folder, not a file. Nothing was imported.");
    }

    /** The window reads and parses the file beside the JavaFX thread, and only shows the result on it. */
    @Test
    void aFileIsReadAndParsedOffTheJavaFxThreadThenShown(FxRobot robot) throws Exception {
        Path file = folder.resolve("and.csv");
        Files.writeString(file, "a,b,out\n0,0,0\n0,1,0\n1,0,0\n1,1,1\n");
        assertThat(Platform.isFxApplicationThread()).isFalse();
        CsvImportDialog.Read read = CsvImportDialog.read(file);
        assertThat(read.problem()).isNull();
        assertThat(read.table().rowCount()).isEqualTo(4);
        robot.interact(() -> assertThat(form.show(read)).isTrue());
        assertThat(robot.lookup("#csvSource").queryLabeled().getText()).isEqualTo("and.csv — 4 rows, 3 columns");
        CsvImportDialog.Read missing = CsvImportDialog.read(folder.resolve("gone.csv"));
        robot.interact(() -> assertThat(form.show(missing)).isFalse());
        assertThat(form.problem()).isEqualTo("gone.csv, it could not be read: there is no such file or folder. Nothing was imported.");
    }
}
