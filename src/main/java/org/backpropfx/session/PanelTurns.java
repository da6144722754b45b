package org.backpropfx.session;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.backpropfx.stepper.Snapshot;

/**
 * Which snapshot each side panel shows. While the user watches (stepping, or training slowly) every
 * panel follows every frame. While training runs too fast to watch, each {@link PanelRole} is updated in
 * one frame out of {@code PanelRole.values().length}: nobody reads a table that changes sixty times a
 * second, and redrawing every panel in the same frame is what would make frames late.
 */
final class PanelTurns {
    private static final PanelRole[] ROLES = PanelRole.values();

    private final Map<PanelRole, ReadOnlyObjectWrapper<Snapshot>> snapshots = new EnumMap<>(PanelRole.class);
    /** Frames shown so far, for taking turns. */
    private long frames;

    PanelTurns(Object bean) {
        for (PanelRole role : ROLES) snapshots.put(role, new ReadOnlyObjectWrapper<>(bean, "panelSnapshot" + role));
    }

    ReadOnlyObjectProperty<Snapshot> snapshotProperty(PanelRole role) {
        return snapshots.get(role).getReadOnlyProperty();
    }

    /** A new frame shows {@code snapshot}: to every panel, or while {@code tooFastToWatch} to the role whose turn it is. */
    void show(Snapshot snapshot, boolean tooFastToWatch) {
        frames++;
        for (PanelRole role : ROLES) {
            if (!tooFastToWatch || frames % ROLES.length == role.ordinal()) snapshots.get(role).set(snapshot);
        }
    }
}
