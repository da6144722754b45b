package org.backpropfx.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.backpropfx.data.DataPresets;
import org.backpropfx.export.VectorExport;
import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.session.Edits;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.ui.network.NetworkView;
import org.backpropfx.ui.tinker.FxFileDialogs;
import org.backpropfx.ui.tinker.BackgroundFileWork;
import org.backpropfx.ui.tinker.LessonFileCommands;
import org.backpropfx.ui.tinker.NetworkDialog;
import org.backpropfx.ui.tinker.WeightEditing;
import org.backpropfx.ui.tinker.RecentFiles;
import org.backpropfx.ui.tinker.SettingsDialog;
import org.backpropfx.ui.tinker.TeachingExports;
import org.backpropfx.ui.tinker.WorksheetDialog;

/**
 * Everything for changing the lesson by hand, put into the window: the File and Edit menus, undo and
 * redo, editing weights on the network, dropping a lesson file on the window, and asking before unsaved
 * edits are lost.
 */
final class LessonEditing {
    /** Menu item ids other parts of the window place their items after. */
    static final String SAVE_AS_ID = "menuSaveAs";
    static final String SETTINGS_ID = "menuSettings";
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final MainWindow window;
    private final LessonSession session;
    private final WeightEditing network;
    private final LessonFileCommands files;
    private final BackgroundFileWork fileWork = new BackgroundFileWork();

    LessonEditing(MainWindow window, LessonSession session, NetworkView view, AppMenus menus, KeyBindings keys) {
        this.window = window;
        this.session = session;
        network = new WeightEditing(session, view);
        files = new LessonFileCommands(session, new FxFileDialogs(this::owner, window.notices()::showProblem),
                RecentFiles.forUser(), fileWork);
        fileMenu(menus.menu(AppMenus.FILE));
        editMenu(menus.menu(AppMenus.EDIT));
        keys.bind(Shortcut.pressed("Ctrl+Shift+Z", Texts.get("keys.redo"), REDO_SHIFT), session::redo);
        keys.bind(Shortcut.pressed("L", Texts.get("keys.lock"), new KeyCodeCombination(KeyCode.L)),
                network::toggleLockOfSelection);
        keys.bind(Shortcut.pressed("F2", Texts.get("keys.edit"), new KeyCodeCombination(KeyCode.F2)),
                network::editSelection);
        acceptDroppedLessons();
        window.sceneProperty().addListener((obs, old, scene) -> guardClosing(scene));
    }

    /** New, Open, Save and the other file commands. */
    LessonFileCommands files() { return files; }

    WeightEditing network() { return network; }

    /** Where the window reads and writes files: beside the JavaFX thread, one after another. */
    BackgroundFileWork fileWork() { return fileWork; }

    private Window owner() {
        Scene scene = window.getScene();
        return scene == null ? null : scene.getWindow();
    }

    private void fileMenu(Menu file) {
        Menu newLesson = new Menu(Texts.get("menu.file.new"));
        newLesson.setId("menuNew");
        for (DataPresets.Preset preset : DataPresets.Preset.values()) {
            MenuItem item = AppMenus.item(capitalised(Texts.get("preset." + preset.name())), null, () -> files.newLesson(preset));
            item.setId("new-" + preset.name());
            newLesson.getItems().add(item);
        }
        Menu gallery = new Menu(Texts.get("menu.file.gallery"));
        gallery.setId("menuGallery");
        for (String name : LessonFiles.shippedNames()) {
            MenuItem item = AppMenus.item(LessonFiles.loadShipped(name).title(), null, () -> files.openShipped(name));
            item.setId("gallery-" + name);
            gallery.getItems().add(item);
        }
        Menu recent = new Menu(Texts.get("menu.file.recent"));
        recent.setId("menuRecent");
        recent.getItems().add(new MenuItem(Texts.get("menu.file.none")));
        recent.setOnShowing(e -> fillRecent(recent));

        MenuItem close = AppMenus.item(Texts.get("menu.file.close"), new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN),
                () -> {
                    Window w = owner();
                    if (w != null) w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
                });
        MenuItem saveAs = AppMenus.item(Texts.get("menu.file.saveAs"), new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), files::saveAs);
        saveAs.setId(SAVE_AS_ID);
        List<MenuItem> items = new ArrayList<>(List.of(newLesson,
                AppMenus.item(Texts.get("menu.file.open"), new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), files::open),
                recent, gallery, new SeparatorMenuItem(),
                AppMenus.item(Texts.get("menu.file.save"), new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), files::save),
                saveAs,
                new SeparatorMenuItem(),
                AppMenus.item(Texts.get("menu.file.stepMarkdown"), null, files::exportMarkdown),
                AppMenus.item(Texts.get("menu.file.stepLatex"), null, files::exportLatex),
                new SeparatorMenuItem()));
        items.addAll(teachingItems());
        items.addAll(List.of(new SeparatorMenuItem(), close));
        file.getItems().addAll(0, items);
    }

    /** Vector drawings of the network, whole worked samples and worksheets for a class. */
    private List<MenuItem> teachingItems() {
        TeachingExports exports = new TeachingExports(session, new FxFileDialogs(this::owner, window.notices()::showProblem));
        Menu sample = new Menu(Texts.get("menu.file.sample"));
        sample.setId("menuExportSample");
        sample.getItems().addAll(
                AppMenus.item(Texts.get("menu.file.sample.markdown"), null, () -> exports.exportSample(TeachingExports.SampleFormat.MARKDOWN)),
                AppMenus.item(Texts.get("menu.file.sample.latex"), null, () -> exports.exportSample(TeachingExports.SampleFormat.LATEX)),
                AppMenus.item(Texts.get("menu.file.sample.pdf"), null, () -> exports.exportSample(TeachingExports.SampleFormat.PDF)));
        MenuItem svg = AppMenus.item(Texts.get("menu.file.svg"), null, () -> exports.exportNetwork(VectorExport.Format.SVG));
        svg.setId("menuExportSvg");
        MenuItem tikz = AppMenus.item(Texts.get("menu.file.tikz"), null, () -> exports.exportNetwork(VectorExport.Format.TIKZ));
        tikz.setId("menuExportTikz");
        MenuItem worksheets = AppMenus.item(Texts.get("menu.file.worksheets"), null, () -> WorksheetDialog.run(exports, owner()));
        worksheets.setId("menuWorksheets");
        return List.of(svg, tikz, sample, new SeparatorMenuItem(), worksheets);
    }

    private void fillRecent(Menu recent) {
        List<Path> paths = files.recent().list();
        recent.getItems().clear();
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem(Texts.get("menu.file.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
        for (Path path : paths) {
            recent.getItems().add(AppMenus.item(path.getFileName() + "  —  " + path.getParent(), null, () -> files.open(path)));
        }
    }

    private void editMenu(Menu edit) {
        MenuItem undo = AppMenus.item(Texts.get("menu.edit.undo"), UNDO, session::undo);
        undo.setId("menuUndo");
        undo.textProperty().bind(Bindings.createStringBinding(() -> session.history().canUndo()
                ? Texts.get("menu.edit.undo.what", session.history().undoLabelProperty().get()) : Texts.get("menu.edit.undo"), session.history().undoLabelProperty()));
        undo.disableProperty().bind(session.history().canUndoProperty().not());
        MenuItem redo = AppMenus.item(Texts.get("menu.edit.redo"), REDO, session::redo);
        redo.setId("menuRedo");
        redo.textProperty().bind(Bindings.createStringBinding(() -> session.history().canRedo()
                ? Texts.get("menu.edit.redo.what", session.history().redoLabelProperty().get()) : Texts.get("menu.edit.redo"), session.history().redoLabelProperty()));
        redo.disableProperty().bind(session.history().canRedoProperty().not());

        MenuItem value = AppMenus.item(Texts.get("menu.edit.value"), null, network::editSelection);
        MenuItem lock = AppMenus.item(Texts.get("menu.edit.lock"), null, network::toggleLockOfSelection);
        MenuItem resetOne = AppMenus.item(Texts.get("menu.edit.resetOne"), null, () -> {
            NetworkElement e = session.selectionProperty().get();
            if (e != null && Edits.isEditable(e)) session.apply(Edits.resetToLesson(e, session.getNotation()));
        });
        MenuItem resetAll = AppMenus.item(Texts.get("menu.edit.resetAll"), null,
                () -> session.apply(Edits.resetAllToLesson()));
        for (MenuItem item : List.of(value, lock, resetOne)) {
            item.disableProperty().bind(Bindings.createBooleanBinding(() -> session.selectionProperty().get() == null
                    || !Edits.isEditable(session.selectionProperty().get()), session.selectionProperty()));
        }
        MenuItem randomise = AppMenus.item(Texts.get("menu.edit.randomise"), null,
                () -> SettingsDialog.randomise(session, owner()));
        MenuItem networkItem = AppMenus.item(Texts.get("menu.edit.network"), null,
                () -> new NetworkDialog(session).show(owner()));
        MenuItem settings = AppMenus.item(Texts.get("menu.edit.settings"), null, () -> new SettingsDialog(session).show(owner()));
        settings.setId(SETTINGS_ID);
        edit.getItems().addAll(0, List.of(undo, redo, new SeparatorMenuItem(), value, lock, resetOne, resetAll,
                randomise, new SeparatorMenuItem(), networkItem, settings));
    }

    private void acceptDroppedLessons() {
        window.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (droppedLesson(e) != null) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                e.consume();
            }
        });
        window.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            File file = droppedLesson(e);
            e.setDropCompleted(file != null);
            e.consume();
            // Opening may ask about unsaved edits: not while the drag-and-drop is still under way.
            if (file != null) Platform.runLater(() -> files.open(file.toPath()));
        });
    }

    private static File droppedLesson(DragEvent e) {
        if (!e.getDragboard().hasFiles()) return null;
        for (File f : e.getDragboard().getFiles()) {
            if (f.getName().toLowerCase(Locale.ROOT).endsWith(LessonFileCommands.EXTENSION)) return f;
        }
        return null;
    }

    private void guardClosing(Scene scene) {
        if (scene == null) return;
        scene.windowProperty().addListener((obs, old, w) -> {
            if (w != null) guardClosing(w);
        });
        if (scene.getWindow() != null) guardClosing(scene.getWindow());
    }

    /**
     * Asks about unsaved edits before the window closes. A save chosen then is written in the
     * background, so the window stays open until it has ended well, then is asked to close again (which
     * asks once more only if there were edits while it was written).
     */
    private void guardClosing(Window w) {
        w.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            LessonFileCommands.Discard discard = files.mayDiscard(Texts.get("discard.closing"),
                    () -> w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST)));
            if (discard != LessonFileCommands.Discard.NOW) e.consume();
        });
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
