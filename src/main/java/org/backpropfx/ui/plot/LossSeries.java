package org.backpropfx.ui.plot;

import java.util.Objects;

import javafx.scene.paint.Color;
import org.backpropfx.plot.LossHistory;

/**
 * One curve of a {@link LossPlot}: its name in the legend ("training", "test"), its values, its colour.
 */
public record LossSeries(String name, LossHistory history, Color colour) {
    public LossSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(colour, "colour");
    }

    /** The training loss in the plots' blue. */
    public static LossSeries training(LossHistory history) { return new LossSeries("training", history, PlotStyle.BLUE); }

    /** The test loss in the plots' vermillion. */
    public static LossSeries test(LossHistory history) { return new LossSeries("test", history, PlotStyle.VERMILLION); }
}
