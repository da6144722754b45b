package org.backpropfx.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.lecture.PresenterModeTest.on;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.backpropfx.ui.prefs.SettingsStore;
import org.backpropfx.ui.prefs.Theme;
import org.backpropfx.ui.prefs.WindowPrefs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Uses an in-memory store: a test never touches the user's real preferences. */
@ExtendWith(ApplicationExtension.class)
class WindowPrefsTest {
    private final SettingsStore store = SettingsStore.inMemory();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 1000, 640));
        // The shared test stage keeps the size an earlier test gave it unless told to fit this scene.
        stage.sizeToScene();
        stage.show();
    }

    /** The stage is shared with the test classes that run later: leave it where they expect it. */
    @AfterEach
    void putTheSharedStageBack(FxRobot robot) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
        });
    }

    @Test
    void sizeAndPlaceComeBackInTheNextWindow(FxRobot robot) {
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(700);
            new WindowPrefs(store).save(stage);
        });
        Stage[] next = new Stage[1];
        robot.interact(() -> {
            next[0] = new Stage();
            next[0].setScene(new Scene(new Pane(), 300, 200));
            new WindowPrefs(store).restore(next[0]);
            next[0].show();
        });
        assertThat(on(() -> next[0].getWidth())).isEqualTo(1100);
        assertThat(on(() -> next[0].getHeight())).isEqualTo(700);
        assertThat(on(() -> next[0].getX())).isEqualTo(40);
        assertThat(on(() -> next[0].getY())).isEqualTo(30);
        robot.interact(() -> next[0].close());
    }

    @Test
    void aPlaceNoScreenShowsIsIgnored(FxRobot robot) {
        store.put(WindowPrefs.X, "-90000");
        store.put(WindowPrefs.Y, "-90000");
        store.put(WindowPrefs.WIDTH, "1000");
        store.put(WindowPrefs.HEIGHT, "640");
        double x = on(() -> stage.getX());
        robot.interact(() -> new WindowPrefs(store).restore(stage));
        assertThat(on(() -> stage.getX())).isEqualTo(x);
    }

    @Test
    void themeAndLastLessonAreRemembered(@TempDir Path dir) throws IOException {
        WindowPrefs prefs = new WindowPrefs(store);
        assertThat(prefs.theme()).isEqualTo(Theme.LIGHT);
        prefs.setTheme(Theme.HIGH_CONTRAST);
        assertThat(new WindowPrefs(store).theme()).isEqualTo(Theme.HIGH_CONTRAST);
        store.put(WindowPrefs.THEME, "neon");
        assertThat(new WindowPrefs(store).theme()).isEqualTo(Theme.LIGHT);

        assertThat(prefs.lastLesson()).isEmpty();
        Path lesson = Files.writeString(dir.resolve("my.json"), "{}");
        prefs.setLastLesson(lesson);
        assertThat(new WindowPrefs(store).lastLesson()).contains(lesson.toAbsolutePath());
        Files.delete(lesson);
        assertThat(new WindowPrefs(store).lastLesson()).as("a deleted file is not reopened").isEmpty();
    }
}
