package org.backpropfx.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.lecture.PresenterModeTest.on;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.css.CssParser;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.ui.MainWindow;
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

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new LessonSession(TestLessons.xor()));
        stage.setScene(new Scene(window, 1280, 720));
        // The shared test stage keeps the size an earlier test gave it unless told to fit this scene.
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void eachThemeParsesCleanlyAndStylesEveryStyleClassTheWindowUses(FxRobot robot) throws IOException {
        robot.interact(() -> {
            // Bring every optional part on screen so that its classes are collected too.
            window.lecture().quiz().activeProperty().set(true);
            window.lecture().presenter().activeProperty().set(true);
            window.lecture().shortcutSheet().show();
            window.lecture().openGradientCheck();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> used = on(() -> {
            Set<String> classes = new TreeSet<>();
            collect(window, classes);
            collect(window.lecture().gradientCheckView(), classes);
            classes.add(BlankScreen.STYLE_CLASS);
            classes.add(QuizPanel.RIGHT);
            classes.add(QuizPanel.WRONG);
            return classes;
        });
        Set<String> ours = new TreeSet<>(used);
        ours.removeAll(classesIn(text(javafx.scene.control.Control.class
                .getResource("/com/sun/javafx/scene/control/skin/modena/modena.css"))));
        ours.removeAll(JAVAFX_UNSTYLED);
        assertThat(ours).contains("main-window", "phase-caption", "network-view", "formula-panel", "quiz-panel",
                "explanation-text", "shortcut-sheet", "gradient-check", "presenter");

        for (Theme theme : Theme.values()) {
            CssParser.errorsProperty().clear();
            new CssParser().parse(theme.stylesheet());
            assertThat(CssParser.errorsProperty()).as(theme + " parses").isEmpty();
            Set<String> styled = classesIn(text(theme.stylesheet()));
            assertThat(styled).as(theme + " styles every class of the window").containsAll(ours);
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

    /** The window's background, the phase caption's text and the network's background under a theme. */
    private Color[] colours(FxRobot robot, Theme theme) {
        robot.interact(() -> window.lecture().themeProperty().set(theme));
        WaitForAsyncUtils.waitForFxEvents();
        return on(() -> {
            window.applyCss();
            Color background = (Color) window.getBackground().getFills().get(0).getFill();
            Label caption = robot.lookup("#phaseCaption").queryAs(Label.class);
            org.backpropfx.ui.network.NetworkView network = robot.lookup("#networkView").queryAs(
                    org.backpropfx.ui.network.NetworkView.class);
            return new Color[] {background, (Color) caption.getTextFill(), network.backgroundColorProperty().get()};
        });
    }

    private static void collect(Node node, Set<String> into) {
        into.addAll(node.getStyleClass());
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, into);
        if (node instanceof Region r && r.getShape() != null) collect(r.getShape(), into);
    }

    private static Set<String> classesIn(String css) {
        Set<String> classes = new TreeSet<>();
        Matcher m = CLASS.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (m.find()) classes.add(m.group(1));
        return classes;
    }

    private static String text(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
