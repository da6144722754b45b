package org.backpropfx.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import org.backpropfx.session.i18n.Texts;

/**
 * Keys written in the window's language: JavaFX writes every accelerator in English ("Ctrl+O") whatever the
 * locale, where a German keyboard and German programs say "Strg+O". The menus keep their real accelerators
 * (the key still works the same); only the text a menu shows beside an item, and the shortcut sheet, are put
 * into the user's words.
 */
public final class KeyNames {
    /** The key names JavaFX and the shortcut sheet write in English, each looked up as {@code key.<name>}. */
    private static final Pattern NAMES =
            Pattern.compile("\\b(Ctrl|Shift|Alt|Space|Delete|Enter|Backspace|Home|End|PageDown|PageUp|Esc)\\b");

    private KeyNames() {
    }

    /** {@code keys} ("Ctrl+Shift+F", "Home  Ctrl+R") with each key named in the window's language. */
    public static String local(String keys) {
        Matcher m = NAMES.matcher(keys);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(Texts.get("key." + m.group(1))));
        m.appendTail(b);
        return b.toString();
    }

    /** The same keys, shown in the window's language wherever JavaFX writes them. */
    public static KeyCombination localised(KeyCombination keys) {
        if (keys == null || keys instanceof Localised || local(keys.getDisplayText()).equals(keys.getDisplayText())) return keys;
        return new Localised(keys);
    }

    /** Shows every accelerator of {@code bar} in the window's language, those of items added later too. */
    static void localiseAccelerators(MenuBar bar) {
        bar.getMenus().forEach(KeyNames::follow);
        bar.getMenus().addListener((ListChangeListener<Menu>) c -> {
            while (c.next()) c.getAddedSubList().forEach(KeyNames::follow);
        });
    }

    private static void follow(MenuItem item) {
        item.setAccelerator(localised(item.getAccelerator()));
        item.acceleratorProperty().addListener((obs, old, keys) -> {
            if (!(keys instanceof Localised)) item.setAccelerator(localised(keys));
        });
        if (item instanceof Menu menu) {
            menu.getItems().forEach(KeyNames::follow);
            menu.getItems().addListener((ListChangeListener<MenuItem>) c -> {
                while (c.next()) c.getAddedSubList().forEach(KeyNames::follow);
            });
        }
    }

    /**
     * A key combination that matches exactly as the one it wraps and is equal to it, but writes itself in the
     * window's language. JavaFX's own combinations cannot be told to: KeyCodeCombination is final and
     * its display text is English.
     */
    static final class Localised extends KeyCombination {
        private final KeyCombination keys;

        private Localised(KeyCombination keys) {
            super(keys.getShift(), keys.getControl(), keys.getAlt(), keys.getMeta(), keys.getShortcut());
            this.keys = keys;
        }

        /** The combination as JavaFX made it. */
        KeyCombination keys() { return keys; }

        @Override public boolean match(KeyEvent event) { return keys.match(event); }

        @Override public String getName() { return keys.getName(); }

        @Override public String getDisplayText() { return local(keys.getDisplayText()); }

        @Override public boolean equals(Object o) {
            return o instanceof Localised l ? keys.equals(l.keys) : keys.equals(o);
        }

        @Override public int hashCode() { return keys.hashCode(); }

        @Override public String toString() { return keys.toString(); }
    }
}
