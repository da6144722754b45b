package org.backpropfx.ui;

import java.util.Objects;
import java.util.function.Predicate;

import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A key and what it does, as the shortcut sheet lists it. The same object decides whether a key event
 * is this shortcut, so the sheet cannot drift from the keys the window really handles.
 *
 * @param keys how the key is written for people, e.g. "F5" or "Ctrl + / Ctrl −"
 * @param description what it does
 * @param matches whether a key event (pressed or typed) is this shortcut
 */
public record Shortcut(String keys, String description, Predicate<KeyEvent> matches) {
    public Shortcut {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(matches, "matches");
    }

    /** Any of {@code combinations}, pressed. */
    public static Shortcut pressed(String keys, String description, KeyCombination... combinations) {
        KeyCombination[] copy = combinations.clone();
        return new Shortcut(keys, description, e -> {
            if (e.getEventType() != KeyEvent.KEY_PRESSED) return false;
            for (KeyCombination c : copy) if (c.match(e)) return true;
            return false;
        });
    }

    /**
     * A character typed, such as "?": which key makes it depends on the keyboard layout, so it is matched
     * on the typed character, not the key code.
     */
    public static Shortcut typed(String character, String description) {
        return new Shortcut(character, description,
                e -> e.getEventType() == KeyEvent.KEY_TYPED && character.equals(e.getCharacter()));
    }

    /** A shortcut only listed (handled elsewhere, e.g. a menu accelerator): it matches no event. */
    public static Shortcut listed(String keys, String description) {
        return new Shortcut(keys, description, e -> false);
    }

    boolean matches(KeyEvent event) { return matches.test(event); }
}
