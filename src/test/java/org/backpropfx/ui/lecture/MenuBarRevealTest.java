package org.backpropfx.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropfx.ui.FxTest.onFx;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

import org.backpropfx.session.TestLessons;
import org.backpropfx.ui.MainWindow;
import org.backpropfx.ui.MainWindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presenter mode without a menu bar: the mouse at the top edge brings the bar back, and moving away takes it again. */
@ExtendWith(ApplicationExtension.class)
class MenuBarRevealTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, TestLessons.xor(), 1280, 720).window();
    }

    /** The mouse moved to a height in the window, as the window's scene receives it. */
    private void moveTo(double y) {
        Node root = window.getScene().getRoot();
        Event.fireEvent(root, new MouseEvent(MouseEvent.MOUSE_MOVED, 640, y, 640, y, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null));
    }

    private boolean barShown() {
        Node bar = window.menus();
        for (Node n = bar; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return bar.getScene() != null && bar.getLayoutBounds().getHeight() > 0;
    }

    @Test
    void theMouseAtTheTopEdgeBringsTheMenuBarBackAndLeavingItTakesItAgain() {
        boolean[] seen = onFx(() -> {
            window.lecture().presenter().activeProperty().set(true);
            window.applyCss();
            window.layout();
            boolean hidden = !barShown();
            moveTo(400);
            window.layout();
            boolean stillHidden = !barShown();
            moveTo(1);
            window.applyCss();
            window.layout();
            boolean back = barShown() && window.lecture().presenter().isActive();
            // well below the bar (its height plus MenuBarReveal.SLACK): the network has the row again
            moveTo(window.menus().getHeight() + MenuBarReveal.SLACK + 40);
            window.layout();
            return new boolean[] {hidden, stillHidden, back, !barShown()};
        });
        assertThat(seen[0]).as("no menu bar while presenting").isTrue();
        assertThat(seen[1]).as("the mouse in the middle does not bring it").isTrue();
        assertThat(seen[2]).as("the mouse at the top edge brings it, still presenting").isTrue();
        assertThat(seen[3]).as("gone again once the mouse has left it").isTrue();
    }

    @Test
    void walkingFromOneMenuToTheNextKeepsTheBar() {
        onFx(() -> {
            window.lecture().presenter().activeProperty().set(true);
            window.menus().getMenus().get(0).show();
            return null;
        });
        onFx(() -> {
            window.lecture().presenter().panel(Lecture.MENU_BAR).revealedProperty().set(true);
            // as the bar's skin does on Right: the open menu is closed, then the next one opened
            window.menus().getMenus().get(0).hide();
            window.menus().getMenus().get(1).show();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> window.menus().getMenus().get(1).isShowing() && barShown())).as("the bar under the open menu").isTrue();
        onFx(() -> {
            window.menus().getMenus().get(1).hide();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(this::barShown)).as("gone with the last menu closed").isFalse();
        assertThat(onFx(() -> window.lecture().presenter().isActive())).isTrue();
    }
}
