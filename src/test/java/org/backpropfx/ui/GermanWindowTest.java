package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.backpropfx.engine.Network;
import org.backpropfx.lesson.Lesson;
import org.backpropfx.notation.SignificantFormat;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.TestLessons;
import org.backpropfx.session.i18n.Language;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.stepper.NetworkElement;
import org.backpropfx.ui.prefs.SettingsStore;
import org.backpropfx.ui.prefs.WindowPrefs;
import org.backpropfx.ui.network.NetworkView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window built in German: German menus and toolbar, and numbers typed with a decimal comma. */
@ExtendWith(ApplicationExtension.class)
class GermanWindowTest {
    private final Lesson lesson = TestLessons.xor();
    private final Locale before = Texts.locale();
    private LessonSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Texts.use(Locale.GERMANY);
        MainWindowFixture opened = MainWindowFixture.show(stage, lesson);
        session = opened.session();
        window = opened.window();
    }

    @AfterEach
    void backToTheLanguageBefore() {
        Texts.use(before);
    }

    @Test
    void toolbarAndMenusAreGerman(FxRobot robot) {
        assertThat(robot.lookup("#stepForward").queryAs(Button.class).getText()).isEqualTo("Schritt ▶");
        assertThat(robot.lookup("#stepBack").queryAs(Button.class).getText()).isEqualTo("◀ Zurück");
        assertThat(robot.lookup("#finishSample").queryAs(Button.class).getText()).isEqualTo("Beispiel zu Ende");
        assertThat(robot.lookup("#runEpoch").queryAs(Button.class).getText()).isEqualTo("Epoche zu Ende");
        assertThat(robot.lookup("#stepForward").queryAs(Button.class).getTooltip().getText())
                .startsWith("Eine Phase vorwärts");
        List<String> menus = onFx(() -> window.menus().getMenus().stream().filter(Menu::isVisible).map(m -> m.getText().replace("_", "")).toList());
        assertThat(menus).containsExactly("Datei", "Bearbeiten", "Ansicht", "Training", "Vorlesung", "Hilfe");
        List<String> items = onFx(() -> {
            List<String> texts = new ArrayList<>();
            for (Menu m : window.menus().getMenus()) collect(m, texts);
            return texts;
        });
        assertThat(items).contains("Öffnen…", "Speichern unter…", "Rückgängig", "Trainingseinstellungen…",
                "Eine Epoche trainieren", "Präsentationsmodus  (F5)", "Matrixansicht", "Sprache", "Deutsch",
                "Gilt ab dem nächsten Start von BackpropFX", "Über BackpropFX", "Beenden");
        // A key shown instead of its text would mean a key missing from the bundle.
        assertThat(items).noneMatch(t -> t.matches("[a-z]+(\\.[\\w\\-]+)+"));
        assertThat(items).doesNotContain("Open…", "Save", "Undo", "Quit", "File");
    }

    @Test
    void typingZeroCommaFiveIntoAWeightSetsOneHalfInTheEngine(FxRobot robot) {
        NetworkView view = robot.lookup("#networkView").queryAs(NetworkView.class);
        // Select the weight, then F2 opens its editor, as the Edit menu says.
        onFx(() -> {
            session.selectionProperty().set(new NetworkElement.Weight(2, 0, 1));
            view.requestFocus();
            return null;
        });
        robot.type(KeyCode.F2);
        FxTest.waitUntil("the weight editor", () -> !robot.lookup("#valueField").queryAll().isEmpty());
        TextField field = robot.lookup("#valueField").queryAs(TextField.class);
        assertThat(field.getText()).as("the weight shown with a decimal comma").isEqualTo("−0,45");
        robot.write("0,5").type(KeyCode.ENTER);

        Network expected = lesson.network();
        expected.layer(2).setWeight(0, 1, 0.5);
        assertThat(onFx(() -> session.currentLesson().network())).isEqualTo(expected);
        assertThat(onFx(() -> session.currentLesson().network().layer(2).weight(0, 1))).isEqualTo(0.5);
        robot.clickOn("#stepForward").clickOn("#stepForward");
        double engine = expected.predict(lesson.data().input(0))[0];
        assertThat(onFx(() -> session.getSnapshot().out(2, 0))).isEqualTo(engine);
        assertThat(onFx(() -> view.neuronLabel(2, 0))).as("the output written with a comma")
                .isEqualTo(new SignificantFormat(LessonSession.DEFAULT_DIGITS).format(engine)
                        .replace('.', ','));
    }

    @Test
    void choosingALanguageIsRememberedAndSaysItAppliesAtTheNextStart(FxRobot robot) {
        SettingsStore store = SettingsStore.inMemory();
        WindowPrefs prefs = new WindowPrefs(store);
        onFx(() -> {
            window.languageProperty().set(prefs.language());
            window.languageProperty().addListener((obs, old, l) -> prefs.setLanguage(l));
            return null;
        });
        assertThat(prefs.language()).isEqualTo(Language.SYSTEM);
        robot.clickOn("Ansicht").clickOn("Sprache").clickOn("English");
        assertThat(new WindowPrefs(store).language()).as("remembered").isEqualTo(Language.ENGLISH);
        assertThat(onFx(() -> session.getStatus())).contains("English", "nächsten Start");
        assertThat(robot.lookup("#stepForward").queryAs(Button.class).getText()).as("this window keeps its language")
                .isEqualTo("Schritt ▶");
    }

    @Test
    void acceleratorsAreWrittenInGermanAndStillWork(FxRobot robot) {
        List<String> keys = onFx(() -> {
            List<String> texts = new ArrayList<>();
            for (Menu m : window.menus().getMenus()) collectKeys(m, texts);
            return texts;
        });
        assertThat(keys).contains("Strg+O", "Strg+M", "Strg+Q", "Strg+Umschalt+F").noneMatch(k -> k.contains("Ctrl"))
                .noneMatch(k -> k.contains("Shift"));
        assertThat(onFx(() -> window.matrixViewShownProperty().get())).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        FxTest.waitUntil("Strg+M opens the matrix view", () -> onFx(() -> window.matrixViewShownProperty().get()));
        assertThat(onFx(() -> window.lecture().shortcutSheet().entries().stream()
                .map(e -> e.keys()).toList())).contains("Strg+M", "Pos1  Strg+R").noneMatch(k -> k.contains("Ctrl"));
    }

    private static void collectKeys(MenuItem item, List<String> texts) {
        if (item.getAccelerator() != null) texts.add(item.getAccelerator().getDisplayText());
        if (item instanceof Menu m) for (MenuItem child : m.getItems()) collectKeys(child, texts);
    }

    private static void collect(MenuItem item, List<String> texts) {
        if (item instanceof SeparatorMenuItem) return;
        if (item.getText() != null && !item.getText().isBlank()) texts.add(item.getText());
        if (item instanceof Menu m) for (MenuItem child : m.getItems()) collect(child, texts);
    }
}
