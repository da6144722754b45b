package org.backpropfx.ui.network;

import javafx.scene.paint.Color;

/** The colours and font family one frame is painted with (read from the view's CSS properties). */
record NetworkStyle(Color positive, Color negative, Color accent, Color text, Color mutedText, Color background,
                    Color activeBand, Color neuronFill, Color neuronStroke, Color emptyStroke,
                    Color labelBackground, Color hover, String fontFamily) {
}
