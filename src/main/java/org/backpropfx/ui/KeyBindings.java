package org.backpropfx.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.ui.network.NetworkView;

/**
 * The stepping keys, for the whole scene whatever has the focus, so that a presenter's clicker
 * (PageDown/PageUp) always steps. Only a text field being typed in keeps its keys.
 */
final class KeyBindings implements EventHandler<KeyEvent> {
    private static final KeyCombination RUN_EPOCH = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RESET = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    /** The stepping keys below, as the shortcut sheet lists them; keep in step with {@link #actionFor}. */
    static final List<Shortcut> STEPPING = List.of(
            Shortcut.listed("→  Space  PageDown", Texts.get("keys.forward")),
            Shortcut.listed("←  PageUp  Backspace", Texts.get("keys.back")),
            Shortcut.listed("End", Texts.get("keys.finish")),
            Shortcut.listed("P", Texts.get("keys.play")),
            Shortcut.listed("Home  Ctrl+R", Texts.get("keys.reset")),
            Shortcut.listed("Ctrl+E", Texts.get("keys.epoch")));

    private final LessonSession session;
    private final List<Shortcut> extraKeys = new ArrayList<>();
    private final List<Runnable> extraActions = new ArrayList<>();
    private final List<Predicate<KeyEvent>> interceptors = new ArrayList<>();
    /**
     * F10 was pressed: the menu bar walks its menus with the arrows while the focus stays where it was
     * (JavaFX's menu bar highlights a menu instead of taking the focus), so the focus cannot tell.
     */
    private boolean menuBarWalk;

    KeyBindings(LessonSession session) {
        this.session = session;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this);
        scene.addEventFilter(KeyEvent.KEY_TYPED, this);
    }

    void uninstall(Scene scene) {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, this);
        scene.removeEventFilter(KeyEvent.KEY_TYPED, this);
    }

    /** Adds a key of another part of the window; it is tried before the stepping keys. */
    void bind(Shortcut shortcut, Runnable action) {
        extraKeys.add(shortcut);
        extraActions.add(action);
    }

    /**
     * Lets {@code interceptor} see every key first, even one typed into a text field; returning true
     * consumes it. For what takes over the whole window, like a blanked screen that any key restores.
     */
    void intercept(Predicate<KeyEvent> interceptor) {
        interceptors.add(interceptor);
    }

    /** Every key the window handles, for the shortcut sheet: the stepping keys, then the others. */
    List<Shortcut> shortcuts() {
        List<Shortcut> all = new ArrayList<>(STEPPING);
        all.addAll(extraKeys);
        return all;
    }

    @Override
    public void handle(KeyEvent event) {
        for (Predicate<KeyEvent> interceptor : interceptors) {
            if (interceptor.test(event)) {
                event.consume();
                return;
            }
        }
        if (isTyping(event)) return;
        for (int k = 0; k < extraKeys.size(); k++) {
            if (extraKeys.get(k).matches(event)) {
                extraActions.get(k).run();
                event.consume();
                return;
            }
        }
        if (event.getEventType() != KeyEvent.KEY_PRESSED) return;
        if (menuBarUsesKey(event)) return;
        if (focusUsesKey(event)) return;
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

    /**
     * Whether the focused control needs this key for itself: Space and Enter press a focused button or open a
     * focused choice, arrows move in the network view, a slider or the menu bar. A table or list whose rows
     * are chosen with Up and Down leaves Left and Right to stepping, so a presenter who clicked a sample still
     * steps with the arrows; one that selects single cells keeps them. PageDown and PageUp (a clicker) always step.
     */
    private static boolean focusUsesKey(KeyEvent e) {
        Node focus = e.getSource() instanceof Scene scene ? scene.getFocusOwner() : null;
        if (focus == null) return false;
        return switch (e.getCode()) {
            case SPACE, ENTER -> focus instanceof ButtonBase || focus instanceof ChoiceBox
                    || focus instanceof ComboBoxBase || focus instanceof NetworkView;
            case LEFT, RIGHT -> focus instanceof NetworkView || focus instanceof Slider || insideMenuBar(focus)
                    || focus instanceof TableView<?> table && table.getSelectionModel() != null
                            && table.getSelectionModel().isCellSelectionEnabled()
                    || focus instanceof ListView<?> list && list.getOrientation() == Orientation.HORIZONTAL;
            default -> false;
        };
    }

    /**
     * Whether the menu bar, put in its keyboard mode by F10, takes this key: Left and Right move between its
     * menus and Space opens one. F10 again, Escape, or the menu bar no longer highlighting a menu (a click,
     * a command chosen) ends the walk. The key is left to the menu bar, never consumed here.
     */
    private boolean menuBarUsesKey(KeyEvent e) {
        boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isMetaDown() && !e.isControlDown() && !e.isShiftDown();
        if (e.getCode() == KeyCode.F10 && plain) {
            menuBarWalk = !menuBarWalk;
            return true;
        }
        if (!menuBarWalk) return false;
        if (e.getCode() == KeyCode.ESCAPE || !menuHighlighted(e)) {
            menuBarWalk = false;
            return e.getCode() == KeyCode.ESCAPE;
        }
        return switch (e.getCode()) {
            case LEFT, RIGHT, SPACE, UP, DOWN, ENTER -> true;
            default -> false;
        };
    }

    /** Whether a menu of the window's menu bar is highlighted (F10's keyboard mode shows where it is so). */
    private static boolean menuHighlighted(KeyEvent e) {
        if (!(e.getSource() instanceof Scene scene) || scene.getRoot() == null) return false;
        for (Node bar : scene.getRoot().lookupAll(".menu-bar")) {
            for (Node n : bar.lookupAll(".menu-button")) {
                if (n.isHover() || n.isFocused()) return true;
            }
        }
        return false;
    }

    private static boolean insideMenuBar(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof MenuBar) return true;
        }
        return false;
    }

    private static boolean isTyping(KeyEvent e) {
        Node focus = e.getSource() instanceof Scene scene ? scene.getFocusOwner() : null;
        return focus instanceof TextInputControl text && text.isEditable() && !text.isDisabled();
    }
}
