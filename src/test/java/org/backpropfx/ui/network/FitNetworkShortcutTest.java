package org.backpropfx.ui.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.backpropfx.lesson.LessonFiles;
import org.backpropfx.ui.MainWindow;
import org.backpropfx.ui.MainWindowFixture;
import org.backpropfx.ui.lecture.ShortcutSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the main window, Ctrl+Shift+F (View › Fit the whole network) undoes a zoom, and the shortcut sheet lists it. */
@ExtendWith(ApplicationExtension.class)
class FitNetworkShortcutTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, LessonFiles.loadShipped("article-003")).window();
    }

    @Test
    void ctrlShiftFShowsTheWholeNetworkAndTheSheetListsIt(FxRobot robot) {
        NetworkView network = (NetworkView) window.lookup("#networkView");
        robot.interact(() -> network.zoomAbout(3, network.getWidth() / 2, network.getHeight() / 2));
        assertThat(onFx(network::zoomScale)).isEqualTo(3.0);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(network::zoomScale)).isEqualTo(1.0);
        assertThat(onFx(() -> network.fittedProperty().get())).isTrue();
        assertThat(onFx(() -> window.lecture().shortcutSheet().entries()))
                .extracting(ShortcutSheet.Entry::description).anyMatch(d -> d.contains("Fit the whole network"));
    }
}
