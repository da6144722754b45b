package org.backpropfx.ui.lecture;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.backpropfx.engine.BiasMode;
import org.backpropfx.notation.Notation;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.session.GradientCheckRows;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.session.i18n.Words;
import org.backpropfx.stepper.Snapshot;

/**
 * Backpropagation's gradient beside the numerical one (central differences) for every weight and bias
 * of the network in force, on the current sample, with their relative error. It follows the session:
 * every step, hand edit or change of notation is checked again while the view is showing, and the heading
 * says which step the rows belong to, so an older result is never mistaken for the current one. Esc and
 * Ctrl+W (Cmd+W) close its window.
 */
public final class GradientCheckView extends VBox {
    /** Relative errors below this mean the two gradients agree (rounding in the differences aside). */
    public static final double AGREEMENT = 1e-5;

    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private final LessonSession session;
    private final TableView<GradientCheckRows.Row> table = new TableView<>();
    private final Label heading = new Label();
    private final Label summary = new Label();
    private GradientCheckRows shown;

    public GradientCheckView(LessonSession session) {
        this.session = session;
        setId("gradientCheck");
        getStyleClass().add("gradient-check");
        heading.setId("gradientCheckHeading");
        heading.getStyleClass().add("gradient-check-heading");
        heading.setWrapText(true);
        summary.setId("gradientCheckSummary");
        summary.getStyleClass().add("gradient-check-summary");
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox bottom = new HBox(summary);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("gradient-check-bar");
        table.setId("gradientCheckTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Texts.get("gradient.none")));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, table, bottom);
        addEventFilter(KeyEvent.KEY_PRESSED, this::closeKeys);
        // Weakly held: a closed window's view must not keep checking every step of the session.
        InvalidationListener follow = o -> { if (isShowingOnScreen()) refresh(); };
        listener = follow;
        WeakInvalidationListener weak = new WeakInvalidationListener(follow);
        session.snapshotProperty().addListener(weak);
        session.notationProperty().addListener(weak);
        session.digitsProperty().addListener(weak);
        refresh();
    }

    /** Kept so that the weak listeners live as long as the view. */
    @SuppressWarnings("unused")
    private final InvalidationListener listener;

    /**
     * Parameters up to which the check runs at once on the JavaFX thread (a few tens of milliseconds).
     * The check costs two forward passes per parameter, so it grows with the square of the network: the
     * largest networks take seconds, and are checked on a thread of their own while the window stays live.
     * While training runs every network is checked beside the JavaFX thread, one check at a time.
     */
    static final int CHECKED_IN_PLACE = 4_000;

    private int generation;
    /** A check is running on its own thread. */
    private boolean checking;
    /** The step moved on while a check was running: check the newest step when it ends. */
    private boolean stale;

    private void closeKeys(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE || CLOSE.match(e)) {
            if (getScene() != null && getScene().getWindow() != null) getScene().getWindow().hide();
            e.consume();
        }
    }

    private boolean isShowingOnScreen() {
        return getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing();
    }

    /** Checks the network in force at the current step, now or, for a large network, on a thread of its own. */
    public void refresh() {
        Snapshot s = session.getSnapshot();
        Notation notation = session.getNotation();
        SignificantFormat format = Texts.numbers(session.getDigits());
        int request = ++generation;
        if (checking) {
            stale = true;
            return;
        }
        if (parameters(s) <= CHECKED_IN_PLACE && !session.isRunning()) {
            show(GradientCheckRows.of(s, notation), s, notation, format);
            return;
        }
        checking = true;
        if (shown == null) {
            table.getItems().clear();
            heading.setText(describe(s, notation));
            summary.setText(Texts.get("gradient.checking", parameters(s)));
        }
        CompletableFuture.supplyAsync(() -> GradientCheckRows.of(s, notation), GradientCheckView::runInBackground)
                .whenComplete((rows, failure) -> Platform.runLater(() -> {
                    checking = false;
                    if (failure != null) summary.setText(Texts.get("gradient.failed", failure.getMessage()));
                    else show(rows, s, notation, format);
                    if (stale || request != generation) {
                        stale = false;
                        refresh();
                    }
                }));
    }

    private static String describe(Snapshot s, Notation notation) {
        return Texts.get("gradient.where", s.sample() + 1, s.sampleCount(), s.epoch() + 1, Words.phase(s),
                notation.objectiveSymbol()) + penalty(s);
    }

    /** With L1/L2 on, what is checked is the gradient the update uses: of the error plus the penalty. */
    static String penalty(Snapshot s) {
        if (!s.settings().isRegularised()) return "";
        SignificantFormat f = Texts.numbers(4);
        return " " + Texts.get("gradient.penalty", f.format(s.settings().l1()), f.format(s.settings().l2()));
    }

    private static void runInBackground(Runnable work) {
        Thread thread = new Thread(work, "backpropfx-gradient-check");
        thread.setDaemon(true);
        thread.start();
    }

    private static int parameters(Snapshot s) {
        int count = 0;
        boolean biases = s.biasMode() != BiasMode.NONE;
        for (int l = 1; l <= s.layerCount(); l++) count += s.size(l) * s.size(l - 1) + (biases ? s.size(l) : 0);
        return count;
    }

    private void show(GradientCheckRows rows, Snapshot s, Notation notation, SignificantFormat format) {
        shown = rows;
        heading.setText(describe(s, notation));
        String d = GradientCheckRows.derivative(notation);
        table.getColumns().setAll(List.of(
                text(Texts.get("gradient.column.parameter"), r -> r.parameter()),
                text(Texts.get("gradient.column.into"), GradientCheckRows.Row::into),
                text(Texts.get("gradient.column.from"), GradientCheckRows.Row::from),
                text(Texts.get("gradient.column.backprop", d), r -> format.format(r.backprop())),
                text(Texts.get("gradient.column.numerical", d), r -> format.format(r.numerical())),
                text(Texts.get("gradient.column.relative"), r -> format.format(r.relativeError()))));
        table.setItems(FXCollections.observableArrayList(shown.rows()));
        double max = shown.maxRelativeError();
        summary.setText(max < AGREEMENT ? Texts.get("gradient.agrees", format.format(max))
                : Texts.get("gradient.disagrees", format.format(max), format.format(AGREEMENT)));
    }

    /** What is shown now (for tests and export). */
    public GradientCheckRows rows() { return shown; }

    public TableView<GradientCheckRows.Row> table() { return table; }

    private static TableColumn<GradientCheckRows.Row, String> text(String title,
            Function<GradientCheckRows.Row, String> value) {
        TableColumn<GradientCheckRows.Row, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
