package org.backpropfx.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;

/**
 * The window's menu bar. Menus appear in a fixed order and only once they hold an item, so each part of
 * the window adds its own commands to the menu where a user looks for them.
 */
public final class AppMenus extends MenuBar {
    public static final String FILE = "File";
    public static final String EDIT = "Edit";
    public static final String VIEW = "View";
    public static final String TRAIN = "Train";
    public static final String LECTURE = "Lecture";
    public static final String HELP = "Help";
    private static final List<String> ORDER = List.of(FILE, EDIT, VIEW, TRAIN, LECTURE, HELP);

    AppMenus(LessonSession session) {
        setId("menuBar");
        for (String name : ORDER) {
            // "_Datei": Alt+D opens the menu; the mnemonic letter is part of the translation.
            Menu menu = new Menu(Texts.get("menu." + name));
            menu.setId("menu" + name);
            menu.visibleProperty().bind(Bindings.isNotEmpty(menu.getItems()));
            getMenus().add(menu);
        }
        addTrainItems(session);
        // "Strg+O" in German: JavaFX writes every accelerator in English.
        KeyNames.localiseAccelerators(this);
    }

    /** One of the named menus ({@link #FILE}, {@link #EDIT}, …). */
    public Menu menu(String name) {
        int index = ORDER.indexOf(name);
        if (index < 0) throw new IllegalArgumentException("no menu named " + name);
        return getMenus().get(index);
    }

    /**
     * A menu item. Only keys with a modifier become accelerators: a plain key as an accelerator would
     * also fire while the user types into a text field.
     */
    public static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (key != null) item.setAccelerator(key);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void addTrainItems(LessonSession session) {
        Menu train = menu(TRAIN);
        train.getItems().addAll(
                item(Texts.get("menu.train.forward"), null, session::stepForward),
                item(Texts.get("menu.train.back"), null, session::stepBack),
                item(Texts.get("menu.train.finish"), null, session::finishSample),
                item(Texts.get("menu.train.epoch"), new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                        session::runEpoch),
                new SeparatorMenuItem(),
                item(Texts.get("menu.train.play"), null, session::playPause),
                item(Texts.get("menu.train.reset"), new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                        session::reset));
        train.getItems().forEach(i -> i.setId(null));
        train.getItems().get(0).setId("menuStepForward");
    }
}
