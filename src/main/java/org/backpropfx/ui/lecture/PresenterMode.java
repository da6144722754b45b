package org.backpropfx.ui.lecture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.backpropfx.session.i18n.Texts;

/**
 * The layout for a lecture: full screen, only the panels the instructor chose, the phase caption large.
 *
 * <p>Each part of the window that can be hidden is registered as a panel with two switches: whether the
 * user wants it at all (e.g. View &gt; Explanations) and whether it is shown while presenting. A panel in
 * a split pane is taken out of it while hidden, so the others get its room, and put back where it was.
 */
public final class PresenterMode {
    /** The style class the window gets while presenting; the stylesheets enlarge the caption with it. */
    public static final String STYLE_CLASS = "presenter";

    /** One part of the window that presenter mode may hide. */
    public final class Panel {
        private final String name;
        private final Node node;
        private final SplitPane split;
        private final BooleanProperty wanted = new SimpleBooleanProperty(true);
        private final BooleanProperty presented;
        private final BooleanProperty revealed = new SimpleBooleanProperty(false);
        /** For a split pane holding panels: it goes when they have all gone. */
        private final SplitPane emptiedSplit;
        private boolean hidden;
        private int index;

        private Panel(String name, Node node, SplitPane split, boolean presented, SplitPane emptiedSplit) {
            this.name = name;
            this.node = node;
            this.split = split;
            this.emptiedSplit = emptiedSplit;
            this.presented = new SimpleBooleanProperty(presented);
            wanted.addListener(o -> apply());
            this.presented.addListener(o -> apply());
            revealed.addListener(o -> apply());
        }

        /** The name the window's code knows the panel by (English, e.g. "Samples table"). */
        public String name() { return name; }

        /** The name shown under Lecture › Panels while presenting, in the window's language. */
        public String title() { return Texts.get(titleKey(name)); }

        public Node node() { return node; }

        /** Whether the user wants the panel at all (true unless a View toggle turned it off). */
        public BooleanProperty wantedProperty() { return wanted; }

        /** Whether the panel stays while presenting (the Lecture menu's check items). */
        public BooleanProperty presentedProperty() { return presented; }

        /**
         * Shown for a moment while presenting although not chosen to stay: the menu bar when F10 is pressed
         * or the mouse touches the top edge.
         */
        public BooleanProperty revealedProperty() { return revealed; }

        /** Whether it is on screen now. */
        public boolean isShown() { return !hidden; }

        private boolean shouldShow() {
            if (emptiedSplit != null) return !emptiedSplit.getItems().isEmpty();
            return wanted.get() && (!active.get() || presented.get() || revealed.get());
        }
    }

    private final Parent window;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final Map<String, Panel> panels = new LinkedHashMap<>();
    private final List<Panel> containers = new ArrayList<>();
    /** Divider positions of a split pane from before its first panel was taken out. */
    private final Map<SplitPane, double[]> savedDividers = new IdentityHashMap<>();
    /** The items of a split pane, in their order, from before its first panel was taken out. */
    private final Map<SplitPane, List<Node>> savedOrder = new IdentityHashMap<>();
    /** Split panes with a divider position of their own while presenting (the network's share). */
    private final Map<SplitPane, Double> presentingDivider = new IdentityHashMap<>();
    /**
     * Divider positions just put back, set once more after a layout pass: a split pane laid out with its
     * items' old sizes nudges them by a pixel or two otherwise.
     */
    private final Map<SplitPane, double[]> settling = new IdentityHashMap<>();
    /** Their divider positions from before presenting, put back on leaving. */
    private final Map<SplitPane, double[]> dividersBeforePresenting = new IdentityHashMap<>();
    private boolean enteredFullScreen;
    /**
     * The headless test platform has no screen to fill, and its full-screen hint animation fails on a
     * background thread; there presenter mode is the layout alone.
     */
    private static final boolean HEADLESS = "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))
            && "Headless".equalsIgnoreCase(System.getProperty("monocle.platform"));

    public PresenterMode(Parent window) {
        this.window = Objects.requireNonNull(window, "window");
        active.addListener((obs, was, now) -> {
            if (now) window.getStyleClass().add(STYLE_CLASS);
            else window.getStyleClass().removeAll(STYLE_CLASS);
            if (!now) for (Panel p : panels.values()) p.revealed.set(false);
            if (now) {
                for (Map.Entry<SplitPane, Double> e : presentingDivider.entrySet()) {
                    dividersBeforePresenting.put(e.getKey(), e.getKey().getDividerPositions());
                }
            }
            apply();
            if (now) {
                for (Map.Entry<SplitPane, Double> e : presentingDivider.entrySet()) {
                    if (!e.getKey().getDividers().isEmpty()) e.getKey().setDividerPosition(0, e.getValue());
                }
            } else {
                for (Map.Entry<SplitPane, double[]> e : dividersBeforePresenting.entrySet()) {
                    if (e.getValue().length == e.getKey().getDividers().size()) e.getKey().setDividerPositions(e.getValue());
                }
                settling.putAll(dividersBeforePresenting);
                dividersBeforePresenting.clear();
            }
            // Once now, and once more after the other listeners (zoom, style classes) changed the text sizes.
            Map<SplitPane, double[]> again = new IdentityHashMap<>(settling);
            settle();
            if (!now && !again.isEmpty()) {
                Platform.runLater(() -> {
                    settling.putAll(again);
                    settle();
                });
            }
            fullScreen(now);
        });
    }

    /** Whether presenter mode is on. */
    public BooleanProperty activeProperty() { return active; }

    public boolean isActive() { return active.get(); }

    public void toggle() { active.set(!active.get()); }

    /**
     * Registers a part of the window.
     *
     * @param split the split pane whose item it is, or null for a node in an ordinary pane (then it is
     *              made invisible and unmanaged instead)
     * @param presented whether it stays while presenting, until the user chooses otherwise
     */
    /** The bundle key of a panel's title: "Samples table" is under "panel.samples-table". */
    public static String titleKey(String name) {
        return "panel." + name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    public Panel addPanel(String name, Node node, SplitPane split, boolean presented) {
        if (panels.containsKey(name)) throw new IllegalArgumentException("a panel named " + name + " exists");
        Panel panel = new Panel(name, node, split, presented, null);
        panels.put(name, panel);
        apply();
        return panel;
    }

    /**
     * Takes {@code inner} out of {@code outer} while every panel in it is hidden, so an empty split pane
     * does not keep its room.
     */
    public void hideWhenEmpty(SplitPane inner, SplitPane outer) {
        containers.add(new Panel(inner.getId(), inner, outer, true, inner));
        apply();
    }

    /**
     * While presenting, the split pane's first divider stands at {@code position} (the network's share of
     * the width); on leaving it goes back to where the user had it.
     */
    public void presentDivider(SplitPane split, double position) {
        presentingDivider.put(split, position);
    }

    /** The registered panels in the order they were added. */
    public List<Panel> panels() { return List.copyOf(panels.values()); }

    public Panel panel(String name) {
        Panel p = panels.get(name);
        if (p == null) throw new IllegalArgumentException("no panel named " + name);
        return p;
    }

    private void apply() {
        // Panels first, then the split panes that hold them, which depend on what the panels left.
        apply(panels.values());
        apply(containers);
    }

    private void apply(Collection<Panel> group) {
        List<Panel> toHide = new ArrayList<>();
        List<Panel> toShow = new ArrayList<>();
        for (Panel p : group) {
            if (p.hidden && p.shouldShow()) toShow.add(p);
            else if (!p.hidden && !p.shouldShow()) toHide.add(p);
        }
        for (Panel p : toHide) hide(p);
        // Back in ascending order of where they were, so each goes to its old place.
        toShow.sort(Comparator.comparingInt(p -> p.index));
        for (Panel p : toShow) show(p);
    }

    private void settle() {
        if (settling.isEmpty()) return;
        window.applyCss();
        window.layout();
        for (Map.Entry<SplitPane, double[]> e : settling.entrySet()) {
            if (e.getValue().length == e.getKey().getDividers().size()) e.getKey().setDividerPositions(e.getValue());
        }
        settling.clear();
    }

    private void hide(Panel p) {
        p.hidden = true;
        if (p.split == null) {
            p.node.setVisible(false);
            p.node.setManaged(false);
            return;
        }
        if (!savedDividers.containsKey(p.split)) savedDividers.put(p.split, p.split.getDividerPositions());
        savedOrder.computeIfAbsent(p.split, s -> List.copyOf(s.getItems()));
        p.index = p.split.getItems().indexOf(p.node);
        p.split.getItems().remove(p.node);
    }

    private void show(Panel p) {
        p.hidden = false;
        if (p.split == null) {
            p.node.setManaged(true);
            p.node.setVisible(true);
            return;
        }
        if (!p.split.getItems().contains(p.node)) {
            // Back between the same neighbours as before, whatever order the others came back in.
            List<Node> order = savedOrder.get(p.split);
            int at = 0;
            if (order != null && order.contains(p.node)) {
                int rank = order.indexOf(p.node);
                for (Node n : p.split.getItems()) if (order.indexOf(n) >= 0 && order.indexOf(n) < rank) at++;
            } else {
                at = Math.max(0, Math.min(p.index, p.split.getItems().size()));
            }
            p.split.getItems().add(at, p.node);
        }
        boolean anyStillHidden = Stream.concat(panels.values().stream(), containers.stream())
                .anyMatch(o -> o.split == p.split && o.hidden);
        if (!anyStillHidden) {
            double[] dividers = savedDividers.remove(p.split);
            savedOrder.remove(p.split);
            if (dividers != null && dividers.length == p.split.getDividers().size()) {
                p.split.setDividerPositions(dividers);
                settling.put(p.split, dividers);
            }
        }
    }

    /**
     * Full screen where the platform offers it. Headless and some window managers have none; the layout
     * change above is what matters, so a refusal here is not an error.
     */
    private void fullScreen(boolean on) {
        Window w = window.getScene() == null ? null : window.getScene().getWindow();
        if (!(w instanceof Stage stage) || HEADLESS) return;
        if (listenedStage != stage) {
            if (listenedStage != null) listenedStage.fullScreenProperty().removeListener(platformExit);
            listenedStage = stage;
            stage.fullScreenProperty().addListener(platformExit);
        }
        try {
            if (on && !stage.isFullScreen()) {
                // The window says how to leave in a corner that covers nothing (the notice in the phase bar),
                // and Esc is ours: pressed to close an open menu it must not also end the talk.
                stage.setFullScreenExitHint("");
                stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
                enteredFullScreen = true;
                stage.setFullScreen(true);
            } else if (!on && enteredFullScreen) {
                enteredFullScreen = false;
                stage.setFullScreen(false);
            }
        } catch (RuntimeException platformRefused) {
            enteredFullScreen = false;
        }
    }

    /** The platform's own Esc ends full screen; presenter mode ends with it. */
    private final ChangeListener<Boolean> platformExit = (obs, was, now) -> {
        if (was && !now && enteredFullScreen) {
            enteredFullScreen = false;
            active.set(false);
        }
    };
    private Stage listenedStage;
}
