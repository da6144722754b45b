package org.backpropfx.ui.chart;

import java.util.Objects;

import javafx.scene.paint.Color;
import org.backpropfx.plot.LossHistory;
import org.backpropfx.session.i18n.Texts;

/**
 * One curve of a {@link LossPlot}: its name in the legend ("training", "test"), its values, its colour,
 * and how many x-axis steps lie between two values ({@code every}: a test loss taken every 4 epochs has
 * value k at epoch 4(k + 1)).
 */
public record LossSeries(String name, LossHistory history, Color colour, int every) {
    public LossSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(colour, "colour");
        if (every < 1) throw new IllegalArgumentException("a loss series needs a value every 1 or more steps, not " + every);
    }

    /** A series with a value at every step of the x axis. */
    public LossSeries(String name, LossHistory history, Color colour) {
        this(name, history, colour, 1);
    }

    /** The training loss in the plots' blue. */
    public static LossSeries training(LossHistory history) { return new LossSeries(Texts.get("plot.training"), history, PlotStyle.BLUE); }

    /** The test loss in the plots' vermillion. */
    public static LossSeries test(LossHistory history) { return new LossSeries(Texts.get("plot.test"), history, PlotStyle.VERMILLION); }

    /** The regularisation penalty λ₂/2·Σw² + λ₁·Σ|w| beside the data loss, in the plots' reddish purple. */
    public static LossSeries penalty(LossHistory history) { return new LossSeries("penalty", history, PlotStyle.PURPLE); }

    /** The test loss in the plots' vermillion, taken every {@code every} epochs. */
    public static LossSeries test(LossHistory history, int every) {
        return new LossSeries(Texts.get("plot.test"), history, PlotStyle.VERMILLION, every);
    }
}
