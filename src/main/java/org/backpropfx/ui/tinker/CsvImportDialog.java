package org.backpropfx.ui.tinker;

import java.io.File;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.backpropfx.data.ClassLabels;
import org.backpropfx.data.CsvFormatException;
import org.backpropfx.data.CsvImport;
import org.backpropfx.data.CsvTable;
import org.backpropfx.engine.DataSet;
import org.backpropfx.session.Edits;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;

/**
 * Imports training samples from a CSV file with a header row: each column becomes an input, a target or
 * is ignored. A file that cannot be read, or a cell that is not a number, is reported here with its line
 * and column, and the samples stay as they were; a good import replaces them as one undoable edit.
 */
public final class CsvImportDialog extends VBox {
    /** What a column of the file becomes. */
    public enum Role {
        INPUT, TARGET, CLASS_LABEL, IGNORE;

        @Override public String toString() { return Texts.get("csv.role." + name()); }
    }

    /** Column names that usually hold what the network should output. */
    private static final Set<String> TARGET_NAMES = Set.of("target", "targets", "label", "class", "y", "d", "t",
            "output", "out", "species", "category");

    private final LessonSession session;
    private final Label source = new Label();
    private final GridPane columns = new GridPane();
    private final Label problem = new Label();
    private final List<ChoiceBox<Role>> roles = new ArrayList<>();
    private CsvTable table;
    private String name = Texts.get("csv.theFile");

    public CsvImportDialog(LessonSession session) {
        this.session = session;
        setId("csvImportForm");
        setSpacing(8);
        setPadding(new Insets(10));
        source.setId("csvSource");
        columns.setId("csvColumns");
        columns.setHgap(10);
        columns.setVgap(4);
        problem.setId("csvProblem");
        problem.getStyleClass().add("value-editor-message");
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(220);
        scroll.setPrefViewportWidth(480);
        Label note = new Label(Texts.get("csv.note"));
        note.setWrapText(true);
        note.setMaxWidth(520);
        getChildren().addAll(source, note, scroll, problem);
    }

    /**
     * Asks for a CSV file, reads it with {@code reading} (in the window: beside the JavaFX thread) and then
     * shows the dialog for it; nothing happens if the user cancels.
     */
    public static void chooseAndShow(LessonSession session, Window owner, FileWork reading) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("csv.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Texts.get("csv.filter"), "*.csv"),
                new FileChooser.ExtensionFilter(Texts.get("files.all"), "*.*"));
        File file = chooser.showOpenDialog(owner);
        if (file == null) return;
        Path path = file.toPath();
        reading.submit(Texts.get("files.reading", fileName(path)), progress -> read(path), outcome -> {
            CsvImportDialog form = new CsvImportDialog(session);
            form.show(outcome.failure() == null ? outcome.value()
                    : new Read(fileName(path), null, Texts.get("csv.unreadable", outcome.failure().getMessage())));
            form.show(owner);
        });
    }

    /** A CSV file read and parsed, or why it could not be; made without touching the dialog. */
    record Read(String fileName, CsvTable table, String problem) {}

    /** Reads and parses {@code file}; safe on any thread. */
    static Read read(Path file) {
        String fileName = fileName(file);
        try {
            // A pipe or a device would be read for ever (its size says 0): refused before reading.
            LessonFiles.requireRegularFile(file);
            // Bytes are at least as many as characters: a larger file cannot be taken, so it is not read at all.
            if (Files.size(file) > 4L * CsvTable.MAX_CHARS) return new Read(fileName, null, Texts.get("csv.tooLarge"));
            return parsed(Files.readString(file, StandardCharsets.UTF_8), fileName);
        } catch (MalformedInputException e) {
            return new Read(fileName, null, Texts.get("csv.notUtf8"));
        } catch (LessonFiles.NotARegularFileException e) {
            return new Read(fileName, null, e.getMessage() + ".");
        } catch (IOException e) {
            return new Read(fileName, null, Texts.get("csv.unreadable", LessonFileCommands.reason(e)));
        }
    }

    private static Read parsed(String text, String fileName) {
        try {
            return new Read(fileName, CsvTable.parse(text), null);
        } catch (CsvFormatException e) {
            return new Read(fileName, null, e.getMessage() + ".");
        }
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** Reads {@code file} on this thread; a file that cannot be read is reported in the dialog. */
    public boolean load(Path file) {
        return show(read(file));
    }

    /** Offers the columns of what was read, or says in the dialog why it cannot be imported. */
    boolean show(Read read) {
        name = read.fileName();
        if (read.problem() != null) return fail(read.fileName(), read.problem());
        table = read.table();
        problem.setText("");
        source.setText(table.rowCount() == 1 ? Texts.get("csv.source.one", read.fileName(), table.header().size())
                : Texts.get("csv.source", read.fileName(), table.rowCount(), table.header().size()));
        showColumns();
        return true;
    }

    /**
     * Reads CSV {@code text} from a file called {@code fileName} and offers its columns. Returns whether the
     * text is a table; if not, the dialog says where and why.
     */
    public boolean load(String text, String fileName) {
        return show(parsed(text, fileName));
    }

    /** Whether a table was read and can be imported. */
    public boolean isLoaded() { return table != null; }

    /** The role choice of column {@code column} (0-based). */
    public ChoiceBox<Role> role(int column) { return roles.get(column); }

    /** Why the last load or import failed, or "". */
    public String problem() { return problem.getText(); }

    /**
     * Turns the chosen columns into samples and puts them in place of the lesson's. On any problem the
     * dialog says what and where, and nothing changes.
     */
    public boolean apply() {
        if (table == null) return false;
        List<Integer> inputs = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (int c = 0; c < roles.size(); c++) {
            if (roles.get(c).getValue() == Role.INPUT) inputs.add(c);
            if (roles.get(c).getValue() == Role.TARGET) targets.add(c);
        }
        List<Integer> labels = new ArrayList<>();
        for (int c = 0; c < roles.size(); c++) if (roles.get(c).getValue() == Role.CLASS_LABEL) labels.add(c);
        if (labels.size() > 1 || (labels.size() == 1 && !targets.isEmpty())) {
            problem.setText(Texts.get("csv.labelOrTargets", name));
            return false;
        }
        DataSet data;
        List<String> classNames = List.of();
        try {
            if (labels.isEmpty()) {
                data = CsvImport.toDataSet(table, inputs, targets);
            } else {
                ClassLabels.Labelled read = ClassLabels.read(table, inputs, labels.get(0));
                data = read.data();
                classNames = read.classes();
            }
        } catch (CsvFormatException e) {
            problem.setText(Texts.get("csv.problem", name, e.getMessage()));
            return false;
        }
        String label = data.size() == 1 ? Texts.get("csv.importLabel.one", name) : Texts.get("csv.importLabel", data.size(), name);
        // The class-label column names the classes; target columns leave them unnamed.
        if (!session.apply(Edits.setData(data, classNames, label))) {
            problem.setText(session.getStatus());
            return false;
        }
        problem.setText("");
        return true;
    }

    /** Shows the form in a dialog; Import applies it and stays open while there is a problem. */
    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("csv.title"));
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(this);
        ButtonType importButton = new ButtonType(Texts.get("csv.import"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(importButton);
        ok.setDisable(!isLoaded());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!apply()) e.consume();
        });
        DialogGrowth.follow(dialog);
        dialog.showAndWait();
    }

    private boolean fail(String fileName, String why) {
        table = null;
        roles.clear();
        columns.getChildren().clear();
        source.setText(fileName);
        problem.setText(Texts.get("csv.failed", fileName, why));
        return false;
    }

    private void showColumns() {
        roles.clear();
        columns.getChildren().clear();
        columns.add(bold(Texts.get("csv.column")), 0, 0);
        columns.add(bold(Texts.get("csv.becomes")), 1, 0);
        columns.add(bold(Texts.get("csv.firstRow")), 2, 0);
        List<Role> guessed = guessRoles(table);
        for (int c = 0; c < table.header().size(); c++) {
            ChoiceBox<Role> choice = new ChoiceBox<>(FXCollections.observableArrayList(Role.values()));
            choice.setId("csvRole" + (c + 1));
            choice.setValue(guessed.get(c));
            choice.valueProperty().addListener((obs, old, now) -> problem.setText(""));
            roles.add(choice);
            columns.add(new Label((c + 1) + ". " + table.header().get(c)), 0, c + 1);
            columns.add(choice, 1, c + 1);
            columns.add(new Label(table.cell(0, c)), 2, c + 1);
        }
    }

    /**
     * A column named like a target (target, label, class, y, …) is the target, else the last column; a
     * column whose first cell is not a number is ignored; the rest are inputs.
     */
    static List<Role> guessRoles(CsvTable table) {
        int n = table.header().size();
        List<Role> guess = new ArrayList<>(n);
        int target = -1;
        for (int c = 0; c < n; c++) {
            if (TARGET_NAMES.contains(table.header().get(c).strip().toLowerCase(Locale.ROOT))) target = c;
        }
        if (target < 0) {
            for (int c = n - 1; c >= 0 && target < 0; c--) if (isNumber(table, c)) target = c;
        }
        for (int c = 0; c < n; c++) {
            if (c == target) guess.add(isNumber(table, c) ? Role.TARGET : Role.CLASS_LABEL);
            else guess.add(isNumber(table, c) ? Role.INPUT : Role.IGNORE);
        }
        return guess;
    }

    private static boolean isNumber(CsvTable table, int column) {
        String cell = table.cell(0, column);
        if (table.separator() == ';') cell = cell.replace(',', '.');
        try {
            Double.parseDouble(cell);
            return !cell.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }
}
