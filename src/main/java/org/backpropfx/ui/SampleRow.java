package org.backpropfx.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One training sample as the data table shows it. */
final class SampleRow {
    private final int index;
    private final StringProperty inputs = new SimpleStringProperty(this, "inputs", "");
    private final StringProperty targets = new SimpleStringProperty(this, "targets", "");
    private final StringProperty output = new SimpleStringProperty(this, "output", "");
    private final BooleanProperty current = new SimpleBooleanProperty(this, "current");

    SampleRow(int index) {
        this.index = index;
    }

    int index() { return index; }

    StringProperty inputsProperty() { return inputs; }

    StringProperty targetsProperty() { return targets; }

    /** The network's output for this sample, shown only while it is the current sample and computed. */
    StringProperty outputProperty() { return output; }

    BooleanProperty currentProperty() { return current; }
}
