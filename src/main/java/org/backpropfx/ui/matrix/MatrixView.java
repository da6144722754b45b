package org.backpropfx.ui.matrix;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.backpropfx.session.i18n.Texts;
import org.backpropfx.notation.MatrixEquation;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.PanelRole;
import org.backpropfx.ui.network.TextMeasure;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.stepper.Snapshot;
import org.backpropfx.ui.draw.RedrawOnPulse;

/**
 * The current phase as matrices and vectors (article 002's notation): every number the phase computes,
 * in a cell tied to its neuron, weight or bias. Pointing at a cell sets the session's hovered element
 * and clicking selects it, so the network view marks the same element; the cells of the element hovered
 * or selected anywhere are marked here, and a new selection is scrolled into sight.
 *
 * <p>It draws on a canvas the size of what is visible and scrolls by itself, so a 64-wide layer's
 * thousands of cells cost only the ones in sight: no node per cell, and finding the cells in sight or
 * under the pointer is a search in a block's grid ({@link MatrixSheet}). A large phase's sheet is written
 * and laid out in the background ({@link SheetBuilder}) while the view keeps showing the one it had, so
 * the JavaFX thread never waits on work that grows with the network. Redrawn at most once per pulse,
 * like the network view.
 */
public final class MatrixView extends Region {
    static final double BASE_FONT = 13;
    /** The text grows with the window's height, as the formulas' does: 13 px at 720, 20 at 1,100 and more. */
    private static final double MAX_FONT = 20;
    private static final double WINDOW_HEIGHT_PER_FONT = 55;
    /** Widths at which the lines are broken anew (pixels). */
    private static final double WRAP_STEP = 16;
    private static final double MIN_BAR_WIDTH = 20;
    /** How far a cell's mark lies inside it, and a bracket's arms outside the grid (pixels; line width 1.2). */
    private static final double MARK_INSET = 2;
    private static final double BRACKET_OUTSET = 1.5;

    private final LessonSession session;
    private final Canvas canvas = new Canvas();
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final DoubleProperty fontScale = new SimpleDoubleProperty(this, "fontScale", 1.0);
    private final ObjectProperty<Color> textColor = new SimpleObjectProperty<>(this, "textColor", Color.web("#1b1b1b"));
    private final ObjectProperty<Color> accentColor = new SimpleObjectProperty<>(this, "accentColor", Color.web("#009E73"));
    private final ObjectProperty<Color> backgroundColor = new SimpleObjectProperty<>(this, "backgroundColor", Color.WHITE);
    /**
     * Paints once per pulse at most, after the layout pass has sized the canvas and scroll bars; what it
     * paints is the whole sheet when {@link #dirty}, else only the cells whose marks changed.
     */
    private final RedrawOnPulse redraws = new RedrawOnPulse(this, RedrawOnPulse.Timing.AFTER_LAYOUT, this::paint)
            .onlyWhen(() -> canvas.getWidth() > 0 && canvas.getHeight() > 0);
    private final InvalidationListener contentChanged = o -> markDirty();
    private final InvalidationListener pointerChanged = o -> markDirty();
    /** Pointing at or selecting another element changes only the cells of the two: those are redrawn alone. */
    private final InvalidationListener marksChanged = o -> {
        marksDirty = true;
        redraws.markDirty();
    };
    /** Thousands of cells are measured per phase: each character's advance is measured once per font. */
    private final TextMeasure measure = new TextMeasure();
    private MatrixSheet sheet;
    /** What {@link #sheet} was made from, and what is being made in the background (null if nothing). */
    private SheetBuilder.Request shownFor;
    private SheetBuilder.Request building;
    /** Each sheet asked for gets the next number; an older one arriving late is dropped. */
    private long asked;
    private long shownNumber;
    private final AtomicInteger madeInPlace = new AtomicInteger();
    private final AtomicInteger madeInBackground = new AtomicInteger();
    private boolean dirty = true;
    private boolean marksDirty;
    /** The elements marked as the canvas shows them. */
    private NetworkElement drawnHovered;
    private NetworkElement drawnSelected;
    private long fullDraws;
    private long markDraws;

    public MatrixView(LessonSession session) {
        this.session = Objects.requireNonNull(session, "session");
        getStyleClass().add("matrix-view");
        setMinSize(120, 60);
        setPrefSize(560, 320);
        canvas.setManaged(false);
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setManaged(false);
        vertical.setManaged(false);
        horizontal.setId("matrixHorizontalScroll");
        vertical.setId("matrixVerticalScroll");
        getChildren().addAll(canvas, horizontal, vertical);
        WeakInvalidationListener content = new WeakInvalidationListener(contentChanged);
        WeakInvalidationListener pointer = new WeakInvalidationListener(marksChanged);
        session.panelSnapshotProperty(PanelRole.FORMULAS).addListener(content);
        session.notationProperty().addListener(content);
        session.digitsProperty().addListener(content);
        fontScale.addListener(contentChanged);
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) old.heightProperty().removeListener(contentChanged);
            if (now != null) now.heightProperty().addListener(contentChanged);
            markDirty();
        });
        session.hoveredProperty().addListener(pointer);
        session.selectionProperty().addListener(pointer);
        session.selectionProperty().addListener((obs, old, now) -> revealSoon(now));
        for (ObjectProperty<Color> c : List.of(textColor, accentColor, backgroundColor)) c.addListener(pointerChanged);
        horizontal.valueProperty().addListener(pointerChanged);
        vertical.valueProperty().addListener(pointerChanged);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            if (session.hoveredProperty().get() != null && pointedByUs) session.hoveredProperty().set(null);
            pointedByUs = false;
            setCursor(Cursor.DEFAULT);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            MatrixSheet.PlacedCell c = cellAtCanvas(e.getX(), e.getY());
            ownSelection = true;
            session.selectionProperty().set(c == null ? null : c.cell().element());
            ownSelection = false;
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isControlDown()) return;
            boolean sideways = e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY());
            ScrollBar bar = sideways ? horizontal : vertical;
            double delta = sideways ? (e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY()) : e.getDeltaY();
            bar.setValue(clamp(bar.getValue() - delta, bar.getMin(), bar.getMax()));
            e.consume();
        });
    }

    /** Multiplies the size of the text (the window's zoom); 1 by default. */
    public DoubleProperty fontScaleProperty() { return fontScale; }

    public ObjectProperty<Color> textColorProperty() { return textColor; }

    public ObjectProperty<Color> accentColorProperty() { return accentColor; }

    public ObjectProperty<Color> backgroundColorProperty() { return backgroundColor; }

    // --- pointing ----------------------------------------------------------------------------------

    private boolean pointedByUs;
    private boolean ownSelection;
    private NetworkElement toReveal;

    private void hover(double x, double y) {
        MatrixSheet.PlacedCell c = cellAtCanvas(x, y);
        NetworkElement under = c == null ? null : c.cell().element();
        pointedByUs = under != null;
        if (!Objects.equals(under, session.hoveredProperty().get())) session.hoveredProperty().set(under);
        setCursor(under == null ? Cursor.DEFAULT : Cursor.HAND);
    }

    private MatrixSheet.PlacedCell cellAtCanvas(double x, double y) {
        MatrixSheet s = sheet();
        return s == null ? null : s.cellAt(x + horizontal.getValue(), y + vertical.getValue());
    }

    /** A selection made elsewhere (the network) is scrolled into sight once the view is laid out. */
    private void revealSoon(NetworkElement element) {
        if (ownSelection || element == null) return;
        toReveal = element;
        markDirty();
    }

    // --- what is shown (also what tests read) --------------------------------------------------------

    /** Every cell with its box in content coordinates (scroll to see it: {@link #reveal}). */
    public List<ShownCell> cells() {
        MatrixSheet s = sheet();
        if (s == null) return List.of();
        List<ShownCell> all = new ArrayList<>(s.cellCount);
        for (MatrixSheet.PlacedCell c : s.allCells()) all.add(new ShownCell(c.cell(), c.box(), isMarked(c.cell())));
        return all;
    }

    /** A cell as shown: its number, box in content coordinates, and whether it is marked as pointed at. */
    public record ShownCell(MatrixEquation.Cell cell, Bounds box, boolean marked) {}

    /** The lines' topics and the names of their blocks, as written. */
    public List<String> texts() {
        MatrixSheet s = sheet();
        return s == null ? List.of() : s.texts.stream().map(MatrixSheet.Text::text).toList();
    }

    /** Size of everything, before scrolling. */
    public double contentWidth() { return sheet() == null ? 0 : sheet.width; }

    public double contentHeight() { return sheet() == null ? 0 : sheet.height; }

    /** Scrolls so that the box (content coordinates) is in sight, and returns its centre in this view's coordinates. */
    public Point2D reveal(Bounds box) {
        layoutNow();
        scrollInto(horizontal, box.getMinX(), box.getMaxX(), canvas.getWidth());
        scrollInto(vertical, box.getMinY(), box.getMaxY(), canvas.getHeight());
        return new Point2D(box.getCenterX() - horizontal.getValue() + canvas.getLayoutX(),
                box.getCenterY() - vertical.getValue() + canvas.getLayoutY());
    }

    /** The size of the numbers in the sheet shown (pixels), 0 before there is one. */
    public double numberSize() {
        MatrixSheet s = sheet();
        return s == null ? 0 : s.font;
    }

    /** Whether the content is wider than the view, so that it scrolls sideways. */
    public boolean scrollsSideways() {
        layoutNow();
        return horizontal.isVisible();
    }

    /** Whether the box (content coordinates) is wholly in sight. */
    public boolean isInSight(Bounds box) {
        double x = box.getMinX() - horizontal.getValue();
        double y = box.getMinY() - vertical.getValue();
        return x >= -0.5 && y >= -0.5 && x + box.getWidth() <= canvas.getWidth() + 0.5
                && y + box.getHeight() <= canvas.getHeight() + 0.5;
    }

    private void layoutNow() {
        if (dirty || !isUpToDate()) arrange();
    }

    /** Whether the sheet shown is the current phase's in the current notation, digits and size. */
    public boolean isUpToDate() {
        SheetBuilder.Request now = request();
        return now == null || now.sameAs(shownFor);
    }

    /** Whether that sheet is also painted as it is now, marks included: what a test waits for before it looks. */
    public boolean isPaintedUpToDate() { return isUpToDate() && !redraws.isDirty(); }

    /** How many sheets were made on the JavaFX thread (small phases) and in the background: for tests. */
    int sheetsMadeInPlace() { return madeInPlace.get(); }

    int sheetsMadeInBackground() { return madeInBackground.get(); }

    private static void scrollInto(ScrollBar bar, double min, double max, double visible) {
        double v = bar.getValue();
        if (min < v) v = min - 4;
        else if (max > v + visible) v = max - visible + 4;
        bar.setValue(clamp(v, bar.getMin(), bar.getMax()));
    }

    private boolean isMarked(MatrixEquation.Cell c) {
        NetworkElement e = c.element();
        return e != null && (e.equals(session.hoveredProperty().get()) || e.equals(session.selectionProperty().get()));
    }

    // --- layout and drawing ------------------------------------------------------------------------

    /** The sheet or its size may change: lay out (scroll bars, canvas) and paint it whole after that. */
    private void markDirty() {
        dirty = true;
        setNeedsLayout(true);
        redraws.markDirty();
    }

    /** The sheet to draw: the current one, or while a large one is made, the one before (null at first). */
    private MatrixSheet sheet() {
        SheetBuilder.Request now = request();
        if (now == null || now.sameAs(shownFor)) return sheet;
        if (now.small()) {
            // Cheap: made at once, so that stepping through a small lesson never shows the phase before.
            SheetBuilder.Written written = SheetBuilder.write(now);
            show(++asked, now, SheetBuilder.layOut(written, tables(written)));
            madeInPlace.incrementAndGet();
        } else if (building == null) {
            build(now);
        }
        return sheet;
    }

    private SheetBuilder.Request request() {
        Snapshot s = session.panelSnapshotProperty(PanelRole.FORMULAS).get();
        if (s == null) return null;
        return new SheetBuilder.Request(s, session.getNotation(), session.getDigits(), font(),
                wrapWidth());
    }

    /**
     * The size of the numbers: larger in a taller window (a projector), times the zoom (and presenter
     * mode's boost), so that the matrices are read from as far as the formulas beside them.
     */
    private double font() {
        double windowHeight = getScene() == null ? 720 : getScene().getHeight();
        return Math.max(BASE_FONT, Math.min(MAX_FONT, windowHeight / WINDOW_HEIGHT_PER_FONT)) * fontScale.get();
    }

    /**
     * The width a line may take: the view's, less room for a vertical scroll bar so that the bar showing
     * never changes where lines break, rounded down to whole steps so that dragging a divider lays the
     * sheet out again only now and then. Before the view has a size, lines are not broken.
     */
    private double wrapWidth() {
        Insets in = getInsets();
        // Before its skin exists a scroll bar asks for no width: reserve at least a usual bar's.
        double w = getWidth() - in.getLeft() - in.getRight() - Math.max(MIN_BAR_WIDTH, vertical.prefWidth(-1));
        if (w <= 0) return Double.POSITIVE_INFINITY;
        return Math.floor(w / WRAP_STEP) * WRAP_STEP;
    }

    /**
     * Writes the matrices in the background, measures their characters here, lays them out in the
     * background and shows the result here. At most one is made at a time; when it arrives the view lays
     * itself out again and asks for the newest, so during training it follows a few frames behind.
     */
    private void build(SheetBuilder.Request r) {
        building = r;
        long number = ++asked;
        CompletableFuture.supplyAsync(() -> SheetBuilder.write(r), SheetBuilder.BACKGROUND)
                .thenApplyAsync(written -> new Object[] {written, tables(written)}, Platform::runLater)
                .thenApplyAsync(pair -> SheetBuilder.layOut((SheetBuilder.Written) pair[0], (SheetBuilder.Tables) pair[1]),
                        SheetBuilder.BACKGROUND)
                .whenCompleteAsync((made, failure) -> {
                    building = null;
                    if (failure != null) {
                        // Shown as the failure of this view's job, not retried for the same request in a loop.
                        shownFor = r;
                        Thread t = Thread.currentThread();
                        t.getUncaughtExceptionHandler().uncaughtException(t, failure);
                    } else {
                        madeInBackground.incrementAndGet();
                        if (number > shownNumber) show(number, r, made);
                    }
                    markDirty();
                }, Platform::runLater);
    }

    private void show(long number, SheetBuilder.Request r, MatrixSheet made) {
        sheet = made;
        shownFor = r;
        shownNumber = number;
        dirty = true;
        redraws.markDirtyDuringLayout();
    }

    /** Measures the characters the sheet uses, in its fonts: on the JavaFX thread, the size of the alphabet. */
    private SheetBuilder.Tables tables(SheetBuilder.Written w) {
        double font = w.request().font();
        Font topic = topicFont(font);
        Font name = nameFont(font);
        Font plain = plainFont(font);
        Font shape = shapeFont(font);
        measure.retainOnly(topic, name, plain, shape);
        Map<MatrixSheet.Kind, Map<Character, Double>> texts = new EnumMap<>(MatrixSheet.Kind.class);
        texts.put(MatrixSheet.Kind.TOPIC, measure.advances(topic, w.characters().get(MatrixSheet.Kind.TOPIC)));
        texts.put(MatrixSheet.Kind.NAME, measure.advances(name, w.characters().get(MatrixSheet.Kind.NAME)));
        texts.put(MatrixSheet.Kind.OPERATOR, measure.advances(plain, w.characters().get(MatrixSheet.Kind.OPERATOR)));
        texts.put(MatrixSheet.Kind.SHAPE, measure.advances(shape, w.characters().get(MatrixSheet.Kind.SHAPE)));
        return new SheetBuilder.Tables(texts, measure.advances(plain, w.cellCharacters()));
    }

    private static Font topicFont(double size) { return Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, size * 0.9); }

    private static Font nameFont(double size) {
        return Font.font("Serif", FontWeight.NORMAL, FontPosture.ITALIC, size * 1.05);
    }

    private static Font plainFont(double size) { return Font.font(Font.getDefault().getFamily(), size); }

    private static Font shapeFont(double size) { return Font.font(Font.getDefault().getFamily(), size * 0.8); }

    @Override
    protected void layoutChildren() { arrange(); }

    /** Sizes the canvas and scroll bars to the view and the content; the painting follows after the layout pass. */
    private void arrange() {
        Insets in = getInsets();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        MatrixSheet s = sheet();
        double bar = vertical.prefWidth(-1);
        double barH = horizontal.prefHeight(-1);
        boolean needV = s != null && s.height > h;
        boolean needH = s != null && s.width > w - (needV ? bar : 0);
        if (needH && !needV) needV = s.height > h - barH;
        double cw = Math.max(0, w - (needV ? bar : 0));
        double ch = Math.max(0, h - (needH ? barH : 0));
        canvas.relocate(in.getLeft(), in.getTop());
        if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
            dirty = true;
            redraws.markDirtyDuringLayout();
        }
        setBar(vertical, needV, s == null ? 0 : s.height, ch);
        setBar(horizontal, needH, s == null ? 0 : s.width, cw);
        vertical.resizeRelocate(in.getLeft() + cw, in.getTop(), bar, ch);
        horizontal.resizeRelocate(in.getLeft(), in.getTop() + ch, cw, barH);
        if (toReveal != null && s != null) {
            NetworkElement e = toReveal;
            toReveal = null;
            MatrixSheet.PlacedCell c = s.firstCellOf(e);
            if (c != null) {
                scrollInto(horizontal, c.box().getMinX(), c.box().getMaxX(), cw);
                scrollInto(vertical, c.box().getMinY(), c.box().getMaxY(), ch);
            }
        }
    }

    /** The whole sheet if it or the view changed, else only the cells whose marks changed. */
    private void paint() {
        if (dirty) draw();
        else if (marksDirty) redrawMarks();
    }

    /**
     * Redraws only the cells in sight of the elements marked before and now: the canvas keeps the rest,
     * and the renderer then fills a few cells instead of every number in sight (thousands on a wide layer).
     */
    private void redrawMarks() {
        marksDirty = false;
        NetworkElement hovered = session.hoveredProperty().get();
        NetworkElement selected = session.selectionProperty().get();
        if (Objects.equals(hovered, drawnHovered) && Objects.equals(selected, drawnSelected)) return;
        MatrixSheet s = sheet();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (s == null || w <= 0 || h <= 0) return;
        Set<NetworkElement> changed = new HashSet<>();
        for (NetworkElement e : new NetworkElement[] {hovered, selected, drawnHovered, drawnSelected}) {
            if (e != null) changed.add(e);
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        Cells cells = new Cells(gc, s.font, hovered, selected);
        double ox = horizontal.getValue();
        double oy = vertical.getValue();
        for (MatrixSheet.Grid g : s.grids) {
            if (g.left() - ox > w || g.right() - ox < 0 || g.top() - oy > h || g.bottom() - oy < 0) continue;
            for (int r = g.rowAt(oy), r1 = g.rowAt(oy + h); r <= r1; r++) {
                for (int c = g.columnAt(ox), c1 = g.columnAt(ox + w); c <= c1; c++) {
                    NetworkElement e = g.block().cell(r, c).element();
                    if (e != null && changed.contains(e)) cells.draw(g, r, c, ox, oy, true);
                }
            }
        }
        drawnHovered = hovered;
        drawnSelected = selected;
        markDraws++;
    }

    /** How often the whole sheet and how often only marked cells were drawn: for tests. */
    long fullDraws() { return fullDraws; }

    long markDraws() { return markDraws; }

    /** Draws the whole sheet again after the next layout (for tests that compare it with a partial redraw). */
    void redrawAll() { markDirty(); }

    /** Draws cells: the number, and the mark of an element pointed at or selected. */
    private final class Cells {
        private final GraphicsContext gc;
        private final NetworkElement hovered;
        private final NetworkElement selected;
        private final Color text = textColor.get();
        private final Color muted = backgroundColor.get().interpolate(textColor.get(), 0.65);
        private final Color accent = accentColor.get();
        private final Color markFill = accentColor.get().deriveColor(0, 1, 1, 0.22);

        Cells(GraphicsContext gc, double font, NetworkElement hovered, NetworkElement selected) {
            this.gc = gc;
            this.hovered = hovered;
            this.selected = selected;
            gc.setFont(plainFont(font));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.setLineWidth(1.2);
        }

        /** Cell (r, c) of the grid; {@code clear}: paint its box with the background first. */
        void draw(MatrixSheet.Grid g, int r, int c, double ox, double oy, boolean clear) {
            double cellH = g.rowHeight();
            double y = g.top() + r * cellH - oy;
            MatrixEquation.Cell cell = g.block().cell(r, c);
            double x = g.columnEdges()[c] - ox;
            double cellW = g.columnEdges()[c + 1] - g.columnEdges()[c];
            if (clear) {
                // The whole pixels inside the cell: the mark lies within them, and nothing else does
                // (the brackets' arms run just outside the grid).
                double left = Math.ceil(x);
                double top = Math.ceil(y);
                gc.setFill(backgroundColor.get());
                gc.fillRect(left, top, Math.floor(x + cellW) - left, Math.floor(y + cellH) - top);
            }
            NetworkElement e = cell.element();
            if (e != null && (e.equals(hovered) || e.equals(selected))) {
                gc.setFill(markFill);
                gc.fillRoundRect(x + MARK_INSET, y + MARK_INSET, cellW - 2 * MARK_INSET, cellH - 2 * MARK_INSET, 4, 4);
                gc.setStroke(accent);
                gc.strokeRoundRect(x + MARK_INSET, y + MARK_INSET, cellW - 2 * MARK_INSET, cellH - 2 * MARK_INSET, 4, 4);
            }
            gc.setFill(e == null ? muted : text);
            gc.fillText(cell.text(), x + cellW / 2, y + cellH / 2);
        }
    }

    private static void setBar(ScrollBar bar, boolean needed, double content, double visible) {
        bar.setVisible(needed);
        double max = Math.max(0, content - visible);
        bar.setMin(0);
        bar.setMax(max);
        bar.setVisibleAmount(content <= 0 ? 1 : Math.max(1, max * visible / content));
        bar.setUnitIncrement(BASE_FONT * 2);
        bar.setBlockIncrement(Math.max(10, visible * 0.9));
        if (bar.getValue() > max) bar.setValue(max);
        if (!needed) bar.setValue(0);
    }

    private void draw() {
        dirty = false;
        marksDirty = false;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.setFill(backgroundColor.get());
        gc.fillRect(0, 0, w, h);
        MatrixSheet s = sheet();
        if (s == null && building != null && w > 0 && h > 0) {
            gc.setFill(backgroundColor.get().interpolate(textColor.get(), 0.65));
            gc.setFont(plainFont(font()));
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText(Texts.get("matrix.writing"), BASE_FONT, BASE_FONT);
        }
        if (s == null || w <= 0 || h <= 0) return;
        double ox = horizontal.getValue();
        double oy = vertical.getValue();
        double font = s.font;
        Color text = textColor.get();
        Color muted = backgroundColor.get().interpolate(text, 0.65);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        Font plain = plainFont(font);
        for (MatrixSheet.Text t : s.texts) {
            double y = t.baseline() - oy;
            if (y < -font || y > h + font * 2 || t.x() - ox > w) continue;
            switch (t.kind()) {
                case TOPIC -> { gc.setFont(topicFont(font)); gc.setFill(muted); }
                case NAME -> { gc.setFont(nameFont(font)); gc.setFill(text); }
                case OPERATOR -> { gc.setFont(plain); gc.setFill(text); }
                case SHAPE -> { gc.setFont(shapeFont(font)); gc.setFill(muted); }
            }
            gc.fillText(t.text(), t.x() - ox, y);
        }
        gc.setStroke(text);
        gc.setLineWidth(1.2);
        double arm = font * 0.3;
        for (MatrixSheet.Bracket b : s.brackets) {
            double x = b.x() - ox;
            if (x < -arm || x > w + arm || b.bottom() - oy < 0 || b.top() - oy > h) continue;
            double d = b.left() ? arm : -arm;
            // The arms run just above and below the grid, so that a cell redrawn alone never cuts them.
            double top = b.top() - oy - BRACKET_OUTSET;
            double bottom = b.bottom() - oy + BRACKET_OUTSET;
            gc.strokePolyline(new double[] {x + d, x, x, x + d}, new double[] {top, top, bottom, bottom}, 4);
        }
        NetworkElement hovered = session.hoveredProperty().get();
        NetworkElement selected = session.selectionProperty().get();
        Cells cells = new Cells(gc, font, hovered, selected);
        for (MatrixSheet.Grid g : s.grids) {
            // Only the rows and columns in sight are visited.
            if (g.left() - ox > w || g.right() - ox < 0 || g.top() - oy > h || g.bottom() - oy < 0) continue;
            for (int r = g.rowAt(oy), r1 = g.rowAt(oy + h); r <= r1; r++) {
                for (int c = g.columnAt(ox), c1 = g.columnAt(ox + w); c <= c1; c++) cells.draw(g, r, c, ox, oy, false);
            }
        }
        drawnHovered = hovered;
        drawnSelected = selected;
        fullDraws++;
    }

    private static double clamp(double v, double min, double max) { return Math.max(min, Math.min(max, v)); }
}
