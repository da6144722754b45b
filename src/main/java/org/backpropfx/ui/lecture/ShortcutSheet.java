package org.backpropfx.ui.lecture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.ui.KeyNames;
import org.backpropfx.ui.Shortcut;

/**
 * Every key the window knows, on one sheet over the window (F1 or ?): the keys the window handles
 * itself, then the menu commands that have a key. Built when opened, from the same lists the keys are
 * handled from. Any key or a click closes it.
 */
public final class ShortcutSheet {
    /** A row of the sheet. */
    public record Entry(String keys, String description) {}

    private final Supplier<List<Shortcut>> keys;
    private final MenuBar menus;
    private final VBox card = new VBox();
    private final Overlay overlay;

    public ShortcutSheet(Pane window, Supplier<List<Shortcut>> keys, MenuBar menus) {
        this.keys = keys;
        this.menus = menus;
        card.setId("shortcutSheet");
        card.getStyleClass().add("shortcut-sheet");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("shortcut-scroll");
        scroll.setMaxSize(ScrollPane.USE_PREF_SIZE, Double.MAX_VALUE);
        StackPane shade = new StackPane(scroll);
        shade.getStyleClass().add("shortcut-shade");
        shade.setAlignment(Pos.CENTER);
        shade.setOnMouseClicked(e -> hide());
        overlay = new Overlay(window, shade);
    }

    public boolean isShown() { return overlay.isShown(); }

    public void toggle() {
        if (overlay.isShown()) overlay.hide();
        else show();
    }

    public void show() {
        card.getChildren().clear();
        Label title = new Label(Texts.get("keys.title"));
        title.getStyleClass().add("shortcut-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        int row = 0;
        for (Entry e : entries()) {
            Label k = new Label(e.keys());
            k.getStyleClass().add("shortcut-keys");
            Label d = new Label(e.description());
            d.getStyleClass().add("shortcut-description");
            grid.addRow(row++, k, d);
        }
        Label hint = new Label(Texts.get("keys.close"));
        hint.getStyleClass().add("shortcut-hint");
        card.getChildren().addAll(title, grid, hint);
        overlay.show();
    }

    public void hide() { overlay.hide(); }

    /** While shown, any key press closes the sheet and does nothing else. */
    public boolean intercept(KeyEvent event) {
        if (!overlay.isShown()) return false;
        if (event.getEventType() == KeyEvent.KEY_PRESSED) overlay.hide();
        return true;
    }

    /** What the sheet lists: the window's keys, then menu commands with a key not listed already. */
    public List<Entry> entries() {
        List<Entry> list = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (Shortcut s : keys.get()) {
            String keys = KeyNames.local(s.keys());
            list.add(new Entry(keys, s.description()));
            for (String token : keys.split("\\s+")) listed.add(token);
        }
        for (Menu menu : menus.getMenus()) addAccelerators(menu, list, listed);
        return list;
    }

    private static void addAccelerators(Menu menu, List<Entry> list, Set<String> listed) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                addAccelerators(sub, list, listed);
            } else if (item.getAccelerator() != null) {
                String key = item.getAccelerator().getDisplayText();
                if (listed.add(key)) list.add(new Entry(key, plain(menu.getText()) + " › " + plain(item.getText())));
            }
        }
    }

    /** A menu label without the keys it names in brackets, and without mnemonic underscores. */
    private static String plain(String text) {
        String t = text == null ? "" : text;
        int bracket = t.indexOf("  (");
        if (bracket > 0) t = t.substring(0, bracket);
        return t.replace("_", "");
    }
}
