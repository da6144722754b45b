package org.backpropfx.ui;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleFunction;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.ui.chart.PlotExport;

/**
 * "Export as PNG" for the network view and every plot: a View › Export as PNG menu with one item per view
 * and the scale (1× to 4× the size on screen), and the same on each view's right-click menu. The picture is
 * drawn afresh at the chosen scale, without selection or pointer marks, so that a 4× export of a plot at
 * 1280×720 is sharp enough to print. The file is chosen in a save dialog; a failure is reported in a
 * dialog naming the file.
 */
final class PngExport {
    static final List<Integer> SCALES = List.of(1, 2, 3, 4);
    static final int DEFAULT_SCALE = 2;

    private final Menu menu = new Menu(Texts.get("png.menu"));
    private final IntegerProperty scale = new SimpleIntegerProperty(this, "scale", DEFAULT_SCALE);
    /** View items come first in the menu, the scales after them. */
    private int added;

    PngExport(AppMenus menus) {
        menu.setId("menuExportPng");
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(scaleItems("menuPngScale-"));
        menus.menu(AppMenus.VIEW).getItems().add(menu);
    }

    /** The scale of the next export: how many pixels of the picture per pixel on screen. */
    IntegerProperty scaleProperty() { return scale; }

    /** The View › Export as PNG menu. */
    Menu menu() { return menu; }

    /**
     * Offers {@code view} for export, in the menu as "{@code title}…" and on its right-click menu.
     *
     * @param picture draws the view afresh at a scale (null while it has no size)
     */
    void add(String title, Node view, String fileName, DoubleFunction<Image> picture) {
        Objects.requireNonNull(picture, "picture");
        MenuItem item = AppMenus.item(title + "…", null, () -> chooseAndSave(view, fileName, picture));
        item.setId("menuExportPng-" + fileName.replace(".png", ""));
        menu.getItems().add(added++, item);

        MenuItem export = new MenuItem(Texts.get("png.item"));
        export.setOnAction(e -> chooseAndSave(view, fileName, picture));
        Menu scales = new Menu(Texts.get("png.scale"));
        scales.getItems().addAll(scaleItems(null));
        ContextMenu context = new ContextMenu(export, scales);
        // A handler, not setOnContextMenuRequested: the view may have a handler of its own.
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            context.show(view, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** One radio item per scale, following and setting {@link #scale}. */
    private List<MenuItem> scaleItems(String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        List<MenuItem> items = new ArrayList<>();
        for (int k : SCALES) {
            RadioMenuItem item = new RadioMenuItem(k == 1 ? Texts.get("png.scale.one") : Texts.get("png.scale.k", k));
            if (idPrefix != null) item.setId(idPrefix + k);
            item.setToggleGroup(group);
            item.setSelected(scale.get() == k);
            item.setOnAction(e -> scale.set(k));
            scale.addListener((o, was, is) -> item.setSelected(is.intValue() == k));
            items.add(item);
        }
        return items;
    }

    /** Asks where to save the picture of {@code view}, then saves it at the chosen scale. */
    private void chooseAndSave(Node view, String fileName, DoubleFunction<Image> picture) {
        Window owner = view.getScene() == null ? null : view.getScene().getWindow();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("png.chooser", scale.get()));
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("png.filter"), "*.png"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) return;
        if (!file.getName().toLowerCase(Locale.ROOT).endsWith(".png")) {
            file = new File(file.getParentFile(), file.getName() + ".png");
        }
        try {
            save(picture, scale.get(), file);
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText(Texts.get("png.failed"));
            if (owner != null) alert.initOwner(owner);
            alert.show();
        }
    }

    /** Draws the picture at {@code scale} and saves it to {@code file}. */
    static void save(DoubleFunction<Image> picture, double scale, File file) throws IOException {
        PlotExport.toPng(picture.apply(scale), file);
    }
}
