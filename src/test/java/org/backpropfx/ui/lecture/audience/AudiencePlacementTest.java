package org.backpropfx.ui.lecture.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the two windows go with one screen and with a projector beside the laptop. */
class AudiencePlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 720);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1280, 0, 1920, 1080);

    @Test
    void withAProjectorTheAudienceFillsItAndTheConsoleTakesTheMainWindowsPlace() {
        Rectangle2D main = new Rectangle2D(40, 30, 1100, 650);
        AudiencePlacement p = AudiencePlacement.of(List.of(LAPTOP, PROJECTOR), LAPTOP, main);
        assertThat(p.audience()).isEqualTo(PROJECTOR);
        assertThat(p.audienceFullScreen()).isTrue();
        assertThat(p.console()).isEqualTo(main);
        // the projector listed first makes no difference
        assertThat(AudiencePlacement.of(List.of(PROJECTOR, LAPTOP), LAPTOP, main)).isEqualTo(p);
    }

    @Test
    void aMainWindowOnTheProjectorLeavesTheWholeLaptopToTheConsole() {
        Rectangle2D onProjector = new Rectangle2D(1500, 100, 800, 600);
        AudiencePlacement p = AudiencePlacement.of(List.of(LAPTOP, PROJECTOR), LAPTOP, onProjector);
        assertThat(p.console()).isEqualTo(LAPTOP);
        assertThat(p.audience()).isEqualTo(PROJECTOR);
    }

    @Test
    void withOneScreenTheConsoleIsBesideTheAudienceAndNeitherIsFullScreen() {
        Rectangle2D screen = new Rectangle2D(0, 24, 1920, 1056);
        AudiencePlacement p = AudiencePlacement.of(List.of(screen), screen, new Rectangle2D(100, 100, 800, 600));
        assertThat(p.audienceFullScreen()).isFalse();
        assertThat(p.console()).isEqualTo(new Rectangle2D(0, 24, 691, 1056));
        assertThat(p.audience()).isEqualTo(new Rectangle2D(691, 24, 1229, 1056));
    }
}
