package org.backpropfx.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One training sample as the data table shows it. Its inputs and targets are read from the lesson's
 * samples as the cells need them; only what changes while stepping is held here.
 */
final class SampleRow {
    private final int index;
    private final StringProperty output = new SimpleStringProperty(this, "output", "");
    private final BooleanProperty current = new SimpleBooleanProperty(this, "current");

    SampleRow(int index) {
        this.index = index;
    }

    int index() { return index; }

    /** The network's output for this sample, shown only while it is the current sample and computed. */
    StringProperty outputProperty() { return output; }

    BooleanProperty currentProperty() { return current; }
}
