package org.backpropfx.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.css.CssMetaData;
import javafx.css.CssParser;
import javafx.css.Styleable;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.backpropfx.session.TestLessons;
import org.backpropfx.ui.MainWindow;
import org.backpropfx.ui.MainWindowFixture;
import org.backpropfx.ui.network.NetworkView;
import org.backpropfx.ui.prefs.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ThemeTest {
    /** Classes JavaFX's own skins put on their parts without modena.css styling them. */
    private static final Set<String> JAVAFX_UNSTYLED = Set.of("horizontal-grabber", "indexed-cell",
            "nested-column-header", "table-column", "track-background");
    private static final Pattern CLASS = Pattern.compile("\\.([A-Za-z][\\w-]*)");
    private static final double TEXT_CONTRAST = 4.5;
    private static final double TOGGLE_CONTRAST = 3.0;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindowFixture.show(stage, TestLessons.xor()).window();
    }

    @AfterEach
    void closeExtraWindows(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != stage) w.hide();
            }
        });
    }

    @Test
    void baseStylesEveryClassOfTheWindowAndEveryThemeNamesEveryColourItUses(FxRobot robot) throws IOException {
        robot.interact(() -> {
            // Bring every optional part on screen so that its classes are collected too.
            window.lecture().quiz().activeProperty().set(true);
            window.lecture().presenter().activeProperty().set(true);
            window.lecture().shortcutSheet().show();
            window.lecture().openGradientCheck();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> used = onFx(() -> {
            Set<String> classes = new TreeSet<>();
            collect(window, classes);
            collect(window.lecture().gradientCheckView(), classes);
            classes.add(BlankScreen.STYLE_CLASS);
            classes.add(QuizPanel.RIGHT);
            classes.add(QuizPanel.WRONG);
            return classes;
        });
        Set<String> ours = new TreeSet<>(used);
        ours.removeAll(classesIn(text(Control.class
                .getResource("/com/sun/javafx/scene/control/skin/modena/modena.css"))));
        ours.removeAll(JAVAFX_UNSTYLED);
        assertThat(ours).contains("main-window", "phase-caption", "network-view", "formula-panel", "quiz-panel",
                "explanation-text", "shortcut-sheet", "gradient-check", "presenter");

        String base = text(Theme.baseStylesheet());
        assertThat(classesIn(base)).as("base.css styles every class of the window").containsAll(ours);
        Set<String> names = lookedUp(base);
        assertThat(names).contains("-bp-text", "-bp-selected", "-bp-surface");
        for (URL sheet : sheets()) {
            CssParser.errorsProperty().clear();
            new CssParser().parse(sheet);
            assertThat(CssParser.errorsProperty()).as(sheet + " parses").isEmpty();
        }
        for (Theme theme : Theme.values()) {
            String css = text(theme.stylesheet());
            Set<String> defined = defined(css);
            assertThat(defined).as(theme + " names every colour base.css uses").containsAll(names);
            assertThat(css.lines().count()).as(theme + " stays a small file").isLessThan(80);
        }
    }

    @Test
    void switchingThemesChangesTheKeyColours(FxRobot robot) {
        assertThat(colours(robot, Theme.LIGHT)).satisfies(c -> {
            assertThat(c[0].getBrightness()).isGreaterThan(0.9);
            assertThat(c[1].getBrightness()).isLessThan(0.3);
        });
        assertThat(colours(robot, Theme.DARK)).satisfies(c -> {
            assertThat(c[0].getBrightness()).isLessThan(0.2);
            assertThat(c[1].getBrightness()).isGreaterThan(0.9);
            assertThat(c[2].getBrightness()).isLessThan(0.2);
        });
        assertThat(colours(robot, Theme.HIGH_CONTRAST)).satisfies(c -> {
            assertThat(c[0]).isEqualTo(Color.BLACK);
            assertThat(c[1]).isEqualTo(Color.YELLOW);
            assertThat(c[2]).isEqualTo(Color.BLACK);
        });
    }

    @Test
    void everyTextReadsAgainstItsBackgroundInEveryTheme(FxRobot robot) {
        robot.interact(() -> window.lecture().quiz().activeProperty().set(true));
        for (Theme theme : Theme.values()) {
            for (boolean presenting : new boolean[] {false, true}) {
                robot.interact(() -> {
                    window.lecture().themeProperty().set(theme);
                    window.lecture().presenter().activeProperty().set(presenting);
                });
                WaitForAsyncUtils.waitForFxEvents();
                List<String> poor = onFx(() -> {
                    window.applyCss();
                    window.layout();
                    List<String> found = new ArrayList<>();
                    poorTexts(window, found);
                    return found;
                });
                assertThat(poor).as(theme + (presenting ? " presenting" : "") + ": texts under 4.5:1").isEmpty();
                // The walk saw the window's text: toolbar, captions, formulas, table, plots' controls.
                if (!presenting) assertThat(onFx(() -> texts(window).size())).isGreaterThan(40);
            }
        }
    }

    @Test
    void everyTextOfTheConsoleAndTheAudienceWindowReadsInEveryTheme(FxRobot robot) {
        robot.interact(() -> window.audience().open());
        try {
            for (Theme theme : Theme.values()) {
                robot.interact(() -> window.lecture().themeProperty().set(theme));
                WaitForAsyncUtils.waitForFxEvents();
                List<String> poor = onFx(() -> {
                    List<String> found = new ArrayList<>();
                    for (Stage s : List.of(window.audience().consoleStage(), window.audience().audienceStage())) {
                        Parent root = s.getScene().getRoot();
                        root.applyCss();
                        root.layout();
                        poorTexts(root, found);
                    }
                    return found;
                });
                assertThat(poor).as(theme + " console and audience: texts under 4.5:1").isEmpty();
                // the walk saw both windows' words: captions, the preview, the keys, the timer
                assertThat(onFx(() -> texts(window.audience().consoleStage().getScene().getRoot()).size())).isGreaterThan(15);
            }
        } finally {
            robot.interact(() -> window.audience().close());
        }
    }

    @Test
    void everyToggleShowsItsSelectedStateInEveryTheme(FxRobot robot) {
        // Selecting the presenter toggle starts presenter mode: the toolbar stays so its state can be read.
        robot.interact(() -> window.lecture().presenter().panel("Toolbar").presentedProperty().set(true));
        List<ToggleButton> toggles = onFx(() -> {
            List<ToggleButton> all = new ArrayList<>();
            toggles(window, all);
            return all;
        });
        assertThat(toggles).hasSizeGreaterThanOrEqualTo(3);
        int compared = 0;
        for (Theme theme : Theme.values()) {
            robot.interact(() -> window.lecture().themeProperty().set(theme));
            for (ToggleButton toggle : toggles) {
                if (toggle instanceof RadioButton radio) {
                    // A radio button shows its state by the dot in its circle.
                    Color[] dot = onFx(() -> dot(radio));
                    assertThat(Wcag.contrast(dot[0], dot[1])).as(theme + " radio " + radio.getText() + ": dot")
                            .isGreaterThanOrEqualTo(TOGGLE_CONTRAST);
                    continue;
                }
                // In a group, the chosen one is compared with the others beside it, as the eye sees them;
                // choosing another there may swap the panel they sit in.
                List<Color[]> pairs = onFx(() -> {
                    List<Color[]> found = new ArrayList<>();
                    if (toggle.getToggleGroup() == null) {
                        Color[] off = face(toggle, false);
                        Color[] on = face(toggle, true);
                        found.add(new Color[] {off[0], off[1], on[0], on[1]});
                    } else if (toggle.isSelected()) {
                        window.applyCss();
                        for (Toggle t : toggle.getToggleGroup().getToggles()) {
                            if (t != toggle && t instanceof ToggleButton b && b.getScene() != null) {
                                found.add(new Color[] {fill(b), textColour(b), fill(toggle), textColour(toggle)});
                            }
                        }
                    }
                    return found;
                });
                String name = theme + " " + (toggle.getText() == null || toggle.getText().isEmpty()
                        ? toggle.getId() : toggle.getText());
                for (Color[] c : pairs) {
                    assertThat(Wcag.contrast(c[0], c[2])).as(name + ": selected against unselected face")
                            .isGreaterThanOrEqualTo(TOGGLE_CONTRAST);
                    assertThat(Wcag.contrast(c[1], c[0])).as(name + ": text unselected").isGreaterThanOrEqualTo(TEXT_CONTRAST);
                    assertThat(Wcag.contrast(c[3], c[2])).as(name + ": text selected").isGreaterThanOrEqualTo(TEXT_CONTRAST);
                    compared++;
                }
            }
        }
        // Presenter, log scale, per sample against per epoch, the decision map's two classes; in each theme.
        assertThat(compared).isGreaterThanOrEqualTo(4 * Theme.values().length);
    }

    @Test
    void networkAndPlotsDrawInTheThemesColours(FxRobot robot) {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> window.lecture().themeProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            Color[] c = onFx(() -> {
                window.applyCss();
                NetworkView net = robot.lookup("#networkView").queryAs(NetworkView.class);
                Region plot = robot.lookup("#lossCurves .plot").queryAs(Region.class);
                return new Color[] {net.backgroundColorProperty().get(), net.textColorProperty().get(),
                        net.mutedTextColorProperty().get(), net.labelBackgroundColorProperty().get(),
                        plotColour(plot, "-bp-plot-background"), plotColour(plot, "-bp-plot-text"),
                        plotColour(plot, "-bp-plot-muted")};
            });
            assertThat(Wcag.contrast(c[1], c[0])).as(theme + " network text").isGreaterThanOrEqualTo(TEXT_CONTRAST);
            assertThat(Wcag.contrast(c[2], c[0])).as(theme + " network muted text").isGreaterThanOrEqualTo(TEXT_CONTRAST);
            assertThat(Wcag.contrast(c[1], c[3])).as(theme + " numbers in their boxes").isGreaterThanOrEqualTo(TEXT_CONTRAST);
            assertThat(Wcag.contrast(c[5], c[4])).as(theme + " plot text").isGreaterThanOrEqualTo(TEXT_CONTRAST);
            assertThat(Wcag.contrast(c[6], c[4])).as(theme + " plot tick labels").isGreaterThanOrEqualTo(TEXT_CONTRAST);
            // The plot's ink is the theme's, the same as the network's background in every theme.
            assertThat(c[4]).isEqualTo(c[0]);
        }
    }

    @Test
    void dialogsAndPopupsOpenInTheTheme(FxRobot robot) {
        robot.interact(() -> window.lecture().themeProperty().set(Theme.DARK));
        robot.interact(() -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, "A message long enough to wrap in the dialog", ButtonType.OK);
            alert.initOwner(stage);
            alert.show();
            ContextMenu menu = new ContextMenu(new MenuItem("Export as PNG…"));
            menu.show(robot.lookup("#networkView").query(), 100, 100);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Color> backgrounds = onFx(() -> {
            List<Color> found = new ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (w == stage || w.getScene() == null) continue;
                Parent root = w.getScene().getRoot();
                root.applyCss();
                Region painted = firstPainted(root);
                if (painted != null) found.add(fill(painted));
            }
            return found;
        });
        assertThat(backgrounds).hasSizeGreaterThanOrEqualTo(2);
        for (Color c : backgrounds) assertThat(Wcag.luminance(c)).as("a dark dialog or menu: " + c).isLessThan(0.1);
    }

    // --- reading colours off the scene graph -------------------------------------------------------

    private static Color plotColour(Region plot, String property) {
        for (CssMetaData<? extends Styleable, ?> m : plot.getCssMetaData()) {
            if (m.getProperty().equals(property)) {
                @SuppressWarnings("unchecked")
                CssMetaData<Region, ?> meta = (CssMetaData<Region, ?>) m;
                return (Color) meta.getStyleableProperty(plot).getValue();
            }
        }
        throw new AssertionError("no " + property);
    }

    /** The face colour of a toggle and its text colour, in the given state. */
    private Color[] face(ToggleButton toggle, boolean selected) {
        boolean was = toggle.isSelected();
        Toggle other = null;
        if (!selected && toggle.getToggleGroup() != null) {
            // In a group that always keeps one chosen, the way to unselect one is to choose another.
            for (Toggle t : toggle.getToggleGroup().getToggles()) if (t != toggle) other = t;
            if (other != null) other.setSelected(true);
        }
        toggle.setSelected(selected);
        window.applyCss();
        Color face = fill(toggle);
        Color text = textColour(toggle);
        toggle.setSelected(was);
        window.applyCss();
        return new Color[] {face, text};
    }

    /** The selected radio button's dot colour and the circle's fill behind it. */
    private Color[] dot(RadioButton radio) {
        boolean was = radio.isSelected();
        radio.setSelected(true);
        window.applyCss();
        Region circle = (Region) radio.lookup(".radio");
        Region dot = (Region) radio.lookup(".dot");
        Color[] c = {fill(dot), fill(circle)};
        radio.setSelected(was);
        window.applyCss();
        return c;
    }

    private static Color textColour(ToggleButton toggle) {
        boolean drawn = toggle.getText() == null || toggle.getText().isEmpty();
        // A drawn icon (the presenter toggle's screen, in a group that scales it with the zoom).
        Node icon = toggle.getGraphic() instanceof Group g && !g.getChildren().isEmpty() ? g.getChildren().get(0) : toggle.getGraphic();
        if (drawn && icon instanceof Shape s && s.getFill() instanceof Color c) return c;
        for (Node n : toggle.lookupAll(".text")) {
            if (n instanceof Text t && t.getFill() instanceof Color c) return c;
        }
        if (icon instanceof Shape s && s.getFill() instanceof Color c) return c;
        return (Color) toggle.getTextFill();
    }

    private void poorTexts(Node root, List<String> into) {
        for (Text t : texts(root)) {
            if (!(t.getFill() instanceof Color fill)) continue;
            Color background = backgroundOf(t);
            double ratio = Wcag.contrast(Wcag.over(fill, background), background);
            if (ratio < TEXT_CONTRAST) {
                into.add(String.format(Locale.ROOT, "\"%s\" %s on %s: %.2f (%s)", abbreviate(t.getText()), fill,
                        background, ratio, path(t)));
            }
        }
    }

    private static List<Text> texts(Node root) {
        List<Text> all = new ArrayList<>();
        collectTexts(root, all);
        return all;
    }

    private static void collectTexts(Node node, List<Text> into) {
        if (!node.isVisible() || node.isDisabled() || node.getOpacity() < 0.5) return;
        if (node instanceof Text t && t.getText() != null && !t.getText().isBlank()) into.add(t);
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collectTexts(child, into);
    }

    private static void toggles(Node node, List<ToggleButton> into) {
        if (node instanceof ToggleButton t && t.isVisible()) into.add(t);
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) toggles(child, into);
    }

    /** The colour behind a node: the topmost opaque-enough fill of the nearest painted region around it. */
    private static Color backgroundOf(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Region r) {
                Color c = fillOrNull(r);
                if (c != null) return c;
            }
        }
        return Color.WHITE;
    }

    private static Region firstPainted(Node node) {
        if (node instanceof Region r && fillOrNull(r) != null) return r;
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Region found = firstPainted(child);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static Color fill(Region r) {
        Color c = fillOrNull(r);
        if (c == null) throw new AssertionError(r + " has no fill");
        return c;
    }

    private static Color fillOrNull(Region r) {
        if (r.getBackground() == null) return null;
        List<BackgroundFill> fills = r.getBackground().getFills();
        for (int k = fills.size() - 1; k >= 0; k--) {
            Color c = colourOf(fills.get(k).getFill());
            if (c != null && c.getOpacity() >= 0.5) return c;
        }
        return null;
    }

    /** A solid colour, or a gradient's average stop. */
    private static Color colourOf(Paint paint) {
        if (paint instanceof Color c) return c;
        if (paint instanceof LinearGradient g) {
            double r = 0, gr = 0, b = 0, a = 0;
            for (Stop s : g.getStops()) {
                r += s.getColor().getRed();
                gr += s.getColor().getGreen();
                b += s.getColor().getBlue();
                a += s.getColor().getOpacity();
            }
            int n = g.getStops().size();
            return Color.color(r / n, gr / n, b / n, a / n);
        }
        return null;
    }

    private static String path(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node n = node.getParent(); n != null && sb.length() < 160; n = n.getParent()) {
            sb.append(n.getId() != null ? "#" + n.getId() : n.getStyleClass().isEmpty() ? n.getClass().getSimpleName()
                    : "." + n.getStyleClass().get(0)).append(' ');
        }
        return sb.toString().trim();
    }

    private static String abbreviate(String s) {
        return s.length() > 24 ? s.substring(0, 24) + "…" : s;
    }

    /** The window's background, the phase caption's text and the network's background under a theme. */
    private Color[] colours(FxRobot robot, Theme theme) {
        robot.interact(() -> window.lecture().themeProperty().set(theme));
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> {
            window.applyCss();
            Color background = (Color) window.getBackground().getFills().get(0).getFill();
            Label caption = robot.lookup("#phaseCaption").queryAs(Label.class);
            NetworkView network = robot.lookup("#networkView").queryAs(NetworkView.class);
            return new Color[] {background, (Color) caption.getTextFill(), network.backgroundColorProperty().get()};
        });
    }

    // --- reading the stylesheets ---------------------------------------------------------------------

    private static List<URL> sheets() {
        List<URL> all = new ArrayList<>(List.of(Theme.baseStylesheet()));
        for (Theme t : Theme.values()) all.add(t.stylesheet());
        return all;
    }

    private static void collect(Node node, Set<String> into) {
        into.addAll(node.getStyleClass());
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, into);
        if (node instanceof Region r && r.getShape() != null) collect(r.getShape(), into);
    }

    private static Set<String> classesIn(String css) {
        Set<String> classes = new TreeSet<>();
        Matcher m = CLASS.matcher(withoutComments(css));
        while (m.find()) classes.add(m.group(1));
        return classes;
    }

    /** The looked-up colours a stylesheet uses as values. */
    private static Set<String> lookedUp(String css) {
        Set<String> names = new TreeSet<>();
        for (String declaration : withoutComments(css).split("[;{}]")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) continue;
            Matcher m = Pattern.compile("-bp-[a-z-]+").matcher(declaration.substring(colon + 1));
            while (m.find()) names.add(m.group());
        }
        return names;
    }

    /** The names a stylesheet defines: properties starting with -bp-. */
    private static Set<String> defined(String css) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("(-bp-[a-z-]+)\\s*:").matcher(withoutComments(css));
        while (m.find()) names.add(m.group(1));
        return names;
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static String text(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
