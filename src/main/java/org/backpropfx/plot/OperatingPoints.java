package org.backpropfx.plot;

import java.util.ArrayList;
import java.util.List;

import org.backpropfx.engine.Activation;
import org.backpropfx.stepper.Snapshot;

/** The operating points a snapshot knows: those of layers whose forward pass has been computed. */
public final class OperatingPoints {
    private OperatingPoints() {}

    /** Every neuron of weight layer {@code layer}; empty until that layer's forward step. */
    public static List<OperatingPoint> ofLayer(Snapshot snapshot, int layer) {
        if (layer < 1 || layer > snapshot.layerCount()) {
            throw new IllegalArgumentException("layer " + layer + " of a network with " + snapshot.layerCount()
                    + " weight layers");
        }
        if (!snapshot.hasForward(layer)) return List.of();
        Activation f = snapshot.activation(layer);
        List<OperatingPoint> points = new ArrayList<>(snapshot.size(layer));
        for (int j = 0; j < snapshot.size(layer); j++) {
            double net = snapshot.net(layer, j);
            double out = snapshot.out(layer, j);
            points.add(new OperatingPoint(layer, j, net, out, f.derivative(net, out)));
        }
        return points;
    }

    /** The neurons of every computed weight layer that uses {@code activation}. */
    public static List<OperatingPoint> withActivation(Snapshot snapshot, Activation activation) {
        List<OperatingPoint> points = new ArrayList<>();
        for (int l = 1; l <= snapshot.layerCount(); l++) {
            if (snapshot.activation(l) == activation) points.addAll(ofLayer(snapshot, l));
        }
        return points;
    }
}
