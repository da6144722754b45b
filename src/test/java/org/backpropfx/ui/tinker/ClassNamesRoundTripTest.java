package org.backpropfx.ui.tinker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.backpropfx.data.DataPresets;
import org.backpropfx.engine.DataSet;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.session.Edits;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.NewLessons;
import org.backpropfx.session.TestLessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Class names from a CSV's class-label column: kept in the lesson, saved with it, and written back by File ›
 * Export samples as CSV, so that the exported file imports to the same samples and names.
 */
@ExtendWith(ApplicationExtension.class)
class ClassNamesRoundTripTest {
    private static final String FLOWERS = """
            sepal,petal,species
            5.1,1.4,setosa
            7.0,4.7,versicolor
            6.3,6.0,"virginica, tall"
            4.9,1.5,setosa
            """;

    private LessonSession session;
    private CsvImportDialog form;
    private final LessonFileCommandsTest.ScriptedDialogs dialogs = new LessonFileCommandsTest.ScriptedDialogs();

    @TempDir Path folder;

    @Start
    void start(Stage stage) {
        session = new LessonSession(TestLessons.xor());
        form = new CsvImportDialog(session);
        stage.setScene(new Scene(form));
        stage.show();
    }

    @Test
    void importedNamesAreKeptSavedAndExportedBack(FxRobot robot) throws Exception {
        robot.interact(() -> {
            assertThat(form.load(FLOWERS, "flowers.csv")).isTrue();
            assertThat(form.role(2).getValue()).isEqualTo(CsvImportDialog.Role.CLASS_LABEL);
            assertThat(form.apply()).isTrue();
        });
        Lesson lesson = session.getLesson();
        assertThat(lesson.classNames()).containsExactly("setosa", "versicolor", "virginica, tall");
        assertThat(lesson.data()).isEqualTo(new DataSet(new double[][] {{5.1, 1.4}, {7.0, 4.7}, {6.3, 6.0}, {4.9, 1.5}},
                new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 0}}));
        assertThat(LessonFiles.parse(LessonFiles.toJson(session.currentLesson())).classNames())
                .isEqualTo(lesson.classNames());

        // Adding a sample keeps the names; undo and redo bring back the lesson with its names.
        robot.interact(() -> session.apply(Edits.addSample(lesson.data(), new double[] {6.0, 5.0}, new double[] {0, 0, 1})));
        assertThat(session.getLesson().classNames()).isEqualTo(lesson.classNames());

        Path file = folder.resolve("flowers-out");
        dialogs.answers.push(file);
        robot.interact(() -> new SampleExport(session, dialogs, FileWork.IN_PLACE).chooseAndWrite());
        assertThat(dialogs.asked).containsExactly("save as xor-test-samples.csv");
        assertThat(dialogs.errors).isEmpty();
        Path written = folder.resolve("flowers-out.csv");
        assertThat(Files.readString(written)).isEqualTo("""
                x1,x2,class
                5.1,1.4,setosa
                7.0,4.7,versicolor
                6.3,6.0,"virginica, tall"
                4.9,1.5,setosa
                6.0,5.0,"virginica, tall"
                """);

        DataSet before = session.getLesson().data();
        robot.interact(() -> {
            session.apply(Edits.setData(DataPresets.create(DataPresets.Preset.THREE_BLOBS, 30, 0.1, 1),
                    DataPresets.classNames(DataPresets.Preset.THREE_BLOBS), "Use the blobs"));
        });
        assertThat(session.getLesson().classNames()).as("a preset without names drops them").isEmpty();
        robot.interact(() -> {
            assertThat(form.load(written)).isTrue();
            assertThat(form.apply()).isTrue();
        });
        assertThat(session.getLesson().data()).isEqualTo(before);
        assertThat(session.getLesson().classNames()).isEqualTo(lesson.classNames());
    }

    @Test
    void targetColumnsLeaveTheClassesUnnamedAndAFailedWriteIsReported(FxRobot robot) {
        robot.interact(() -> {
            assertThat(form.load(FLOWERS, "flowers.csv")).isTrue();
            assertThat(form.apply()).isTrue();
            assertThat(form.load("a,b,y1,y2\n0,0,1,0\n1,1,0,1\n", "two.csv")).isTrue();
            assertThat(form.apply()).isTrue();
        });
        assertThat(session.getLesson().classNames()).isEmpty();

        dialogs.answers.push(folder.resolve("no-such-folder").resolve("out.csv"));
        robot.interact(() -> new SampleExport(session, dialogs, FileWork.IN_PLACE).chooseAndWrite());
        assertThat(dialogs.errors).singleElement().asString().startsWith("The samples could not be exported: Writing ")
                .contains("no-such-folder").endsWith(".");
    }

    @Test
    void irisFromThePresetsNamesItsSpecies() {
        assertThat(NewLessons.fromPreset(DataPresets.Preset.IRIS).classNames())
                .containsExactly("setosa", "versicolor", "virginica");
        assertThat(NewLessons.fromPreset(DataPresets.Preset.THREE_BLOBS).classNames()).isEmpty();
        assertThat(List.of(DataPresets.classNames(DataPresets.Preset.XOR))).containsExactly(List.of());
    }
}
