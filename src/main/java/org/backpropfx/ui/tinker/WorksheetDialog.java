package org.backpropfx.ui.tinker;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import org.backpropfx.export.CommandLine;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.stepper.PhaseKind;
import org.backpropfx.worksheet.Variants;
import org.backpropfx.worksheet.Worksheets;

/**
 * File › Worksheets…: how many students, the seed, which phases get blanks, and the folder; the files are
 * written beside the JavaFX thread and the window says where they went.
 */
public final class WorksheetDialog {
    /** One writer at a time; daemon, so an unfinished write never keeps the application alive. */
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "worksheet-writer");
        t.setDaemon(true);
        return t;
    });

    /** What the user chose. */
    public record Choice(int students, long seed, Set<PhaseKind> phases) {}

    private final Dialog<Choice> dialog = new Dialog<>();
    /** Marks a count or seed typed wrong as it is typed, as every other typed field of the window is marked. */
    private final FieldChecks checks = new FieldChecks();
    final Spinner<Integer> students = CountSpinner.of(1, Variants.MAX_STUDENTS, 20, checks,
            () -> Texts.get("worksheets.students"), null);
    final TextField seed = new TextField("1");
    private final List<CheckBox> phases = List.of(new CheckBox(Texts.get("worksheets.forward")), new CheckBox(Texts.get("worksheets.error")),
            new CheckBox(Texts.get("worksheets.backward")), new CheckBox(Texts.get("worksheets.update")));

    public WorksheetDialog() {
        dialog.setTitle(Texts.get("worksheets.title"));
        dialog.setHeaderText(Texts.get("worksheets.header"));
        students.setId("worksheetStudents");
        seed.setId("worksheetSeed");
        seed.setPrefColumnCount(10);
        checks.add(seed, Texts.get("presets.seed"), null, FieldChecks::seedProblem);
        HBox boxes = new HBox(10);
        for (CheckBox box : phases) {
            box.setSelected(true);
            boxes.getChildren().add(box);
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(Texts.get("worksheets.students")), students);
        grid.addRow(1, new Label(Texts.get("worksheets.seed")), seed);
        grid.addRow(2, new Label(Texts.get("worksheets.blanks")), boxes);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Label problem = new Label();
        grid.add(problem, 0, 3, 2, 1);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            String error = check();
            problem.setText(error == null ? "" : error);
            if (error != null) e.consume();
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? choice() : null);
    }

    /** The message the seed field is marked with, or "" (for tests). */
    String seedDecoration() { return checks.decoration(seed); }

    /** The message the students field is marked with, or "" (for tests). */
    String studentsDecoration() { return checks.decoration(students.getEditor()); }

    /** Shows the dialog without waiting for an answer (for tests); {@link #close()} closes it. */
    void show() { dialog.show(); }

    void close() {
        dialog.setResult(null);
        dialog.close();
    }

    private String check() {
        String count = CountSpinner.problem(students.getEditor().getText(), 1, Variants.MAX_STUDENTS);
        if (count != null) return Texts.get("field.problem", Texts.get("worksheets.students"), count);
        try {
            Long.parseLong(seed.getText().strip());
        } catch (NumberFormatException e) {
            return Texts.get("worksheets.seedWhole");
        }
        if (phases.stream().noneMatch(CheckBox::isSelected)) return Texts.get("worksheets.onePhase");
        return null;
    }

    private Choice choice() {
        Set<PhaseKind> chosen = EnumSet.noneOf(PhaseKind.class);
        PhaseKind[] kinds = {PhaseKind.FORWARD, PhaseKind.ERROR, PhaseKind.BACKWARD, PhaseKind.UPDATE};
        for (int k = 0; k < kinds.length; k++) if (phases.get(k).isSelected()) chosen.add(kinds[k]);
        return new Choice(students.getValue(), Long.parseLong(seed.getText().strip()), chosen);
    }

    /** Asks, then writes; the result is reported in a dialog. */
    public static void run(TeachingExports exports, Window owner) {
        WorksheetDialog d = new WorksheetDialog();
        if (owner != null) d.dialog.initOwner(owner);
        Optional<Choice> choice = d.dialog.showAndWait();
        if (choice.isEmpty()) return;
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Texts.get("worksheets.folder"));
        File folder = chooser.showDialog(owner);
        if (folder == null) return;
        Worksheets.Request request = exports.worksheetRequest(choice.get().students(), choice.get().seed(),
                choice.get().phases());
        Path dir = folder.toPath();
        WRITER.execute(() -> {
            String message;
            boolean ok;
            try {
                List<Path> written = TeachingExports.writeWorksheets(request, dir);
                ok = true;
                message = Texts.get("worksheets.wrote", written.size(), dir, Worksheets.lessonFile(1, request.students()),
                        Worksheets.WORKSHEETS, Worksheets.ANSWERS_PDF, Worksheets.ANSWERS_TEX);
            } catch (IOException e) {
                ok = false;
                message = Texts.get("worksheets.writeFailed", dir, CommandLine.reason(e));
            } catch (RuntimeException e) {
                ok = false;
                message = Texts.get("worksheets.notMade", e.getMessage());
            }
            boolean done = ok;
            String text = message;
            Platform.runLater(() -> {
                Alert alert = new Alert(done ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR, text);
                alert.setHeaderText(done ? Texts.get("worksheets.written") : Texts.get("worksheets.failed"));
                if (owner != null) alert.initOwner(owner);
                alert.show();
            });
        });
    }
}
