package org.backpropfx.ui;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import org.backpropfx.session.LessonSession;

/**
 * The stepping keys, for the whole scene whatever has the focus, so that a presenter's clicker
 * (PageDown/PageUp) always steps. Only a text field being typed in keeps its keys.
 */
final class KeyBindings implements EventHandler<KeyEvent> {
    private static final KeyCombination RUN_EPOCH = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RESET = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final LessonSession session;

    KeyBindings(LessonSession session) {
        this.session = session;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this);
    }

    void uninstall(Scene scene) {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, this);
    }

    @Override
    public void handle(KeyEvent event) {
        if (isTyping(event)) return;
        Runnable action = actionFor(event);
        if (action != null) {
            action.run();
            event.consume();
        }
    }

    private Runnable actionFor(KeyEvent e) {
        if (RUN_EPOCH.match(e)) return session::runEpoch;
        if (RESET.match(e)) return session::reset;
        if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || e.isControlDown()) return null;
        return switch (e.getCode()) {
            case RIGHT, SPACE, PAGE_DOWN -> session::stepForward;
            case LEFT, PAGE_UP, BACK_SPACE -> session::stepBack;
            case END -> session::finishSample;
            case P -> session::playPause;
            case HOME -> session::reset;
            default -> null;
        };
    }

    private static boolean isTyping(KeyEvent e) {
        Node focus = e.getSource() instanceof Scene scene ? scene.getFocusOwner() : null;
        return focus instanceof TextInputControl text && text.isEditable() && !text.isDisabled();
    }
}
