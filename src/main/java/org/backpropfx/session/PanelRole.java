package org.backpropfx.session;

/**
 * The side panels that take turns following a training run too fast to watch phase by phase: each role
 * is brought up to date in one frame out of {@code values().length}, each in a different frame. Panels
 * that are expensive to redraw have roles of their own, so that no frame redraws two of them.
 */
public enum PanelRole {
    /** The formula panel and whatever sits beside it. */
    FORMULAS,
    /** The samples table. */
    SAMPLES_TABLE,
    /** The activation plot. */
    ACTIVATION_PLOT,
    /** The weight slice and the decision map, which share a tab pane: only one of them is in view. */
    SLICE_AND_MAP
}
