package org.backpropfx.ui.network;

import javafx.scene.paint.Color;

/**
 * The network view's colours. Weight signs use the Okabe–Ito blue/orange pair, which stays distinct
 * for the common forms of colour blindness and in greyscale (different lightness). The defaults are
 * what {@link NetworkView}'s CSS properties start from ({@code -bp-positive-color} and friends).
 */
final class NetworkPalette {
    static final Color POSITIVE = Color.web("#0072B2");
    static final Color NEGATIVE = Color.web("#E69F00");
    /** Selection and the phase's active layer. */
    static final Color ACCENT = Color.web("#009E73");
    static final Color TEXT = Color.web("#1b1b1b");
    static final Color MUTED_TEXT = Color.web("#5f5f5f");
    static final Color BACKGROUND = Color.web("#ffffff");
    static final Color ACTIVE_BAND = Color.web("#fff4cc");
    static final Color NEURON_FILL = Color.web("#f4f6f8");
    static final Color NEURON_STROKE = Color.web("#37474f");
    static final Color EMPTY_STROKE = Color.web("#9aa4ab");
    /** Opaque: a label hides the edges under it, and the renderer fills it without blending. */
    static final Color LABEL_BACKGROUND = Color.web("#ffffff");
    static final Color HOVER = Color.web("#56B4E9");

    /** Edges outside the phase's active layer are drawn with this opacity, so the active one stands out. */
    static final double INACTIVE_EDGE_OPACITY = 0.3;

    private NetworkPalette() {
    }
}
