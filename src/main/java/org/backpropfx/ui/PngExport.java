package org.backpropfx.ui;

import java.io.File;
import java.io.IOException;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.backpropfx.ui.plot.PlotExport;

/**
 * "Export as PNG…" for any view: a right-click menu on the view, and the same command for menu items.
 * The file is chosen in a save dialog; a failure is reported in a dialog naming the file.
 */
final class PngExport {
    private PngExport() {}

    /** Gives {@code view} a right-click menu with "Export as PNG…", proposing {@code fileName}. */
    static ContextMenu install(Node view, String fileName) {
        MenuItem export = new MenuItem("Export as PNG…");
        export.setOnAction(e -> chooseAndSave(view, fileName));
        ContextMenu menu = new ContextMenu(export);
        // A handler, not setOnContextMenuRequested: the view may have a handler of its own.
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            menu.show(view, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return menu;
    }

    /** Asks where to save what {@code view} shows, then saves it. */
    static void chooseAndSave(Node view, String fileName) {
        Window owner = view.getScene() == null ? null : view.getScene().getWindow();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as PNG");
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) return;
        if (!file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            file = new File(file.getParentFile(), file.getName() + ".png");
        }
        try {
            save(view, file);
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("The picture could not be saved");
            if (owner != null) alert.initOwner(owner);
            alert.show();
        }
    }

    /** Saves what {@code view} shows, at its size on screen, to {@code file}. */
    static void save(Node view, File file) throws IOException {
        PlotExport.toPng(view, file);
    }
}
