package org.backpropfx.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.layout.Background;
import javafx.scene.paint.Color;

import org.junit.jupiter.api.Test;

class PlotInkTest {

    @Test
    void inkFollowsTheThemesBackground() {
        assertSame(PlotStyle.Ink.LIGHT, PlotStyle.Ink.on(null));
        PlotStyle.Ink dark = PlotStyle.Ink.on(Background.fill(Color.web("#1e1f22")));
        assertEquals(Color.web("#1e1f22"), dark.background());
        assertTrue(dark.text().getBrightness() > 0.8, "light text on a dark plot");
        assertTrue(dark.grid().getBrightness() < 0.4, "a grid that does not glare");
        PlotStyle.Ink light = PlotStyle.Ink.on(Background.fill(Color.WHITE));
        assertEquals(PlotStyle.Ink.LIGHT.text(), light.text());
        PlotStyle.Ink black = PlotStyle.Ink.on(Background.fill(Color.BLACK));
        assertTrue(black.text().getBrightness() > 0.8, "high contrast: light text on black");
    }
}
