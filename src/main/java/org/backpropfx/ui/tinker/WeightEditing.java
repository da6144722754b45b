package org.backpropfx.ui.tinker;

import java.util.Objects;

import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.session.Edits;
import org.backpropfx.session.LessonSession;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.ui.network.NetworkView;
import org.controlsfx.control.PopOver;

/**
 * Editing weights on the network picture: double-click a weight, bias or neuron to type its value in a
 * popup beside it; scroll over the selected one to nudge it ({@value #STEP} a notch, {@value #FINE_STEP}
 * with Shift); right-click for lock and reset.
 */
public final class WeightEditing {
    public static final double STEP = 0.1;
    public static final double FINE_STEP = 0.01;

    private final LessonSession session;
    private final NetworkView view;
    private final ValueEditor editor;
    /** The editor pops over the network with its arrow on the weight it edits (ControlsFX PopOver). */
    private final PopOver popup = new PopOver();

    public WeightEditing(LessonSession session, NetworkView view) {
        this.session = Objects.requireNonNull(session, "session");
        this.view = Objects.requireNonNull(view, "view");
        editor = new ValueEditor(session);
        popup.setContentNode(editor);
        popup.setId("valuePopOver");
        popup.setArrowLocation(PopOver.ArrowLocation.LEFT_TOP);
        popup.setDetachable(false);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.setAnimated(false);
        // After ControlsFX's own sheet on the pop-over, so that the theme's card colours win over its white.
        popup.getRoot().getStylesheets().add(WeightEditing.class.getResource("popover-theme.css").toExternalForm());
        editor.setOnDone(popup::hide);

        view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                NetworkElement element = view.elementAt(e.getX(), e.getY());
                if (element != null && Edits.isEditable(element)) openEditor(element, e.getScreenX(), e.getScreenY());
            }
        });
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        // With the focus on the network (Tab), Enter types a value for the selection, as F2 does anywhere.
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && editSelection()) e.consume();
        });
        // Typing a number on the focused network starts the editor with what was typed, as in a spreadsheet.
        view.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if (!e.isShortcutDown() && !e.isAltDown() && startsNumber(e.getCharacter()) && editSelectionTyping(e.getCharacter())) {
                e.consume();
            }
        });
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            NetworkElement element = view.elementAt(e.getX(), e.getY());
            if (element == null || !Edits.isEditable(element)) return;
            session.selectionProperty().set(element);
            contextMenu(element).show(view, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    public ValueEditor editor() { return editor; }

    public boolean isEditorShowing() { return popup.isShowing(); }

    /** Opens the value editor for the selected element beside it; false if nothing editable is selected. */
    public boolean editSelection() {
        NetworkElement element = session.selectionProperty().get();
        if (element == null || !Edits.isEditable(element)) return false;
        Point2D at = anchorOf(element);
        Point2D screen = at == null ? view.localToScreen(20, 20) : view.localToScreen(at);
        openEditor(element, screen.getX(), screen.getY());
        return true;
    }

    /** Opens the value editor for the selection with {@code typed} in place of the old value; false if nothing editable. */
    public boolean editSelectionTyping(String typed) {
        if (!editSelection()) return false;
        editor.field().setText(typed);
        editor.field().positionCaret(typed.length());
        return true;
    }

    private static boolean startsNumber(String c) {
        return c.length() == 1 && (Character.isDigit(c.charAt(0)) || "-−+.,".indexOf(c.charAt(0)) >= 0);
    }

    /** Locks or unlocks the selected weight or bias; false if none is selected. */
    public boolean toggleLockOfSelection() {
        NetworkElement element = session.selectionProperty().get();
        if (element == null || !Edits.isEditable(element)) return false;
        return session.apply(Edits.toggleLock(element, session.getSnapshot(), session.getNotation()));
    }

    private void openEditor(NetworkElement element, double screenX, double screenY) {
        session.selectionProperty().set(element);
        editor.edit(element);
        if (view.getScene() == null || view.getScene().getWindow() == null) return;
        popup.show(view, screenX, screenY);
        editor.field().requestFocus();
        editor.field().selectAll();
    }

    private void scrolled(ScrollEvent e) {
        NetworkElement selected = session.selectionProperty().get();
        if (selected == null || !Edits.isEditable(selected)) return;
        NetworkElement under = view.elementAt(e.getX(), e.getY());
        if (!selected.equals(under)) return;
        // Shift turns a vertical wheel into a horizontal one on some systems.
        double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
        if (delta == 0) return;
        double step = (e.isShiftDown() ? FINE_STEP : STEP) * Math.signum(delta);
        session.apply(Edits.nudge(selected, step, session.getNotation()));
        e.consume();
    }

    private Point2D anchorOf(NetworkElement element) {
        if (element instanceof NetworkElement.Weight w) return view.edgeClickPoint(w.layer(), w.to(), w.from());
        NetworkElement.Bias b = Edits.biasOf(element);
        Point2D edge = view.biasEdgeClickPoint(b.layer(), b.neuron());
        return edge != null ? edge : view.neuronCentre(b.layer(), b.neuron());
    }

    private ContextMenu contextMenu(NetworkElement element) {
        boolean locked = Edits.isLocked(element, session.getSnapshot());
        String name = Edits.nameOf(element, session.getNotation());
        int layer = element.layer();
        MenuItem edit = new MenuItem(Texts.get("network.menu.edit", name));
        edit.setOnAction(e -> editSelection());
        MenuItem lock = new MenuItem(Texts.get(locked ? "network.menu.unlock" : "network.menu.lock", name));
        lock.setOnAction(e -> session.apply(Edits.setLocked(element, !locked, session.getNotation())));
        MenuItem reset = new MenuItem(Texts.get("network.menu.reset", name));
        reset.setOnAction(e -> session.apply(Edits.resetToLesson(element, session.getNotation())));
        MenuItem resetLayer = new MenuItem(Texts.get("network.menu.resetLayer", layer));
        resetLayer.setOnAction(e -> session.apply(Edits.resetLayerToLesson(layer, session.getSnapshot().layerCount())));
        MenuItem resetAll = new MenuItem(Texts.get("menu.edit.resetAll"));
        resetAll.setOnAction(e -> session.apply(Edits.resetAllToLesson()));
        ContextMenu menu = new ContextMenu(edit, lock, new SeparatorMenuItem(), reset, resetLayer, resetAll);
        menu.setId("networkContextMenu");
        return menu;
    }
}
