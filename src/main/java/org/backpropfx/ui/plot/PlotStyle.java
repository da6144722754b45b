package org.backpropfx.ui.plot;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** Colours and fonts of the plots: the Okabe–Ito palette, readable on a projector and for colour-blind viewers. */
final class PlotStyle {
    static final Color BLUE = Color.web("#0072B2");
    static final Color ORANGE = Color.web("#E69F00");
    static final Color VERMILLION = Color.web("#D55E00");
    static final Color GREEN = Color.web("#009E73");
    static final Color SKY = Color.web("#56B4E9");
    static final Color PURPLE = Color.web("#CC79A7");
    static final Color TEXT = Color.web("#1b1b1b");
    static final Color MUTED = Color.web("#5f5f5f");
    static final Color GRID = Color.web("#e4e7ea");
    static final Color AXIS = Color.web("#8a949b");
    static final Color BACKGROUND = Color.WHITE;
    static final Color POINT = Color.web("#37474f");

    static final Font LABEL = Font.font(12);
    static final Font TITLE = Font.font(13);
    static final Font MESSAGE = Font.font(14);

    private PlotStyle() {}
}
