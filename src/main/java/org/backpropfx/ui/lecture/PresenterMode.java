package org.backpropfx.ui.lecture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javafx.stage.Window;

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
        }

        public String name() { return name; }

        public Node node() { return node; }

        /** Whether the user wants the panel at all (true unless a View toggle turned it off). */
        public BooleanProperty wantedProperty() { return wanted; }

        /** Whether the panel stays while presenting (the Lecture menu's check items). */
        public BooleanProperty presentedProperty() { return presented; }

        /** Whether it is on screen now. */
        public boolean isShown() { return !hidden; }

        private boolean shouldShow() {
            if (emptiedSplit != null) return !emptiedSplit.getItems().isEmpty();
            return wanted.get() && (!active.get() || presented.get());
        }
    }

    private final Parent window;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final Map<String, Panel> panels = new LinkedHashMap<>();
    private final List<Panel> containers = new ArrayList<>();
    /** Divider positions of a split pane from before its first panel was taken out. */
    private final Map<SplitPane, double[]> savedDividers = new IdentityHashMap<>();
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
            apply();
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

    private void apply(java.util.Collection<Panel> group) {
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

    private void hide(Panel p) {
        p.hidden = true;
        if (p.split == null) {
            p.node.setVisible(false);
            p.node.setManaged(false);
            return;
        }
        if (!savedDividers.containsKey(p.split)) savedDividers.put(p.split, p.split.getDividerPositions());
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
            p.split.getItems().add(Math.max(0, Math.min(p.index, p.split.getItems().size())), p.node);
        }
        boolean anyStillHidden = java.util.stream.Stream.concat(panels.values().stream(), containers.stream())
                .anyMatch(o -> o.split == p.split && o.hidden);
        if (!anyStillHidden) {
            double[] dividers = savedDividers.remove(p.split);
            if (dividers != null && dividers.length == p.split.getDividers().size()) {
                p.split.setDividerPositions(dividers);
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
                stage.setFullScreenExitHint("F5 or Esc leaves presenter mode");
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
    private final javafx.beans.value.ChangeListener<Boolean> platformExit = (obs, was, now) -> {
        if (was && !now && enteredFullScreen) {
            enteredFullScreen = false;
            active.set(false);
        }
    };
    private Stage listenedStage;
}
