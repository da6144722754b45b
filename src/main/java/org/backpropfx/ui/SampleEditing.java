package org.backpropfx.ui;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.ui.tinker.CsvImportDialog;
import org.backpropfx.ui.tinker.FileWork;
import org.backpropfx.ui.tinker.FxFileDialogs;
import org.backpropfx.ui.tinker.SampleExport;
import org.backpropfx.ui.tinker.DataPresetDialog;
import org.backpropfx.ui.tinker.DecisionMapClicks;

/**
 * Editing the training samples from the menus and the decision map: File › Import samples from CSV…, File ›
 * Export samples as CSV…,
 * Edit › Data presets…, and clicks on the map that add a sample of the chosen class. (The samples table
 * edits in place by itself.)
 */
final class SampleEditing {
    private final MainWindow window;

    SampleEditing(MainWindow window, LessonSession session, Plots plots, AppMenus menus, FileWork reading) {
        this.window = window;
        // Listens to the decision map's clicks from now on: a click adds a sample there.
        new DecisionMapClicks(session, plots.decisionMap());
        MenuItem importCsv = AppMenus.item(Texts.get("menu.edit.importCsv"), null,
                () -> CsvImportDialog.chooseAndShow(session, owner(), reading));
        importCsv.setId("menuImportCsv");
        SampleExport export = new SampleExport(session, new FxFileDialogs(this::owner, window.notices()::showProblem), reading);
        MenuItem exportCsv = AppMenus.item(Texts.get("menu.file.exportCsv"), null, export::chooseAndWrite);
        exportCsv.setId("menuExportCsv");
        insertAfter(menus.menu(AppMenus.FILE), LessonEditing.SAVE_AS_ID, List.of(new SeparatorMenuItem(), importCsv, exportCsv));
        MenuItem presets = AppMenus.item(Texts.get("menu.edit.presets"), null, () -> new DataPresetDialog(session).show(owner()));
        presets.setId("menuDataPresets");
        insertAfter(menus.menu(AppMenus.EDIT), LessonEditing.SETTINGS_ID, List.of(presets));
    }

    /** Puts {@code items} after the item with the id {@code id} (never its text, which may be translated), or at the end. */
    private static void insertAfter(Menu menu, String id, List<MenuItem> items) {
        int at = menu.getItems().size();
        for (int k = 0; k < menu.getItems().size(); k++) {
            if (id.equals(menu.getItems().get(k).getId())) at = k + 1;
        }
        menu.getItems().addAll(at, items);
    }

    private Window owner() {
        Scene scene = window.getScene();
        return scene == null ? null : scene.getWindow();
    }
}
