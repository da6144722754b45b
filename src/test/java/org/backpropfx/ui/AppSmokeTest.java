package org.backpropfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Proves that the headless (Monocle) toolkit starts and robot clicks reach the scene. */
@ExtendWith(ApplicationExtension.class)
class AppSmokeTest {

    private Label label;

    @Start
    void start(Stage stage) {
        label = new Label("before");
        label.setId("status");
        Button button = new Button("Click me");
        button.setId("clickMe");
        button.setOnAction(e -> label.setText("clicked"));
        stage.setScene(new Scene(new VBox(10, button, label), 320, 200));
        stage.show();
    }

    @Test
    void robotClickChangesLabel(FxRobot robot) {
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("before");

        robot.clickOn("#clickMe");

        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("clicked");
    }
}
