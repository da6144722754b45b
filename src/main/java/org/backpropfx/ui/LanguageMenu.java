package org.backpropfx.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Language;
import org.backpropfx.session.i18n.Texts;

/**
 * View › Language: System, English, Deutsch. The window is built in one language, so a new choice is
 * remembered and applies at the next start; the menu says so, and so does the status line once chosen.
 */
final class LanguageMenu {
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.SYSTEM);
    private final Menu menu = new Menu(Texts.get("menu.view.language"));

    LanguageMenu(AppMenus menus, LessonSession session) {
        menu.setId("menuLanguage");
        ToggleGroup group = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(Texts.get("language." + l.id()));
            item.setId("menuLanguage-" + l.id());
            item.setToggleGroup(group);
            item.setSelected(l == language.get());
            item.setOnAction(e -> {
                boolean changed = language.get() != l;
                language.set(l);
                if (changed) session.showMessage(Texts.get("language.next.notice", Texts.get("language." + l.id())));
            });
            language.addListener((obs, old, now) -> item.setSelected(now == l));
            menu.getItems().add(item);
        }
        MenuItem note = new MenuItem(Texts.get("language.next"));
        note.setId("menuLanguageNote");
        note.setDisable(true);
        menu.getItems().addAll(new SeparatorMenuItem(), note);
        menus.menu(AppMenus.VIEW).getItems().add(menu);
    }

    /** The language chosen, which the application remembers for the next start. */
    ObjectProperty<Language> languageProperty() { return language; }

    Menu menu() { return menu; }
}
