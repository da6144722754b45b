package org.backpropfx.ui.tinker;

import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.backpropfx.engine.Activation;
import org.backpropfx.engine.BiasMode;
import org.backpropfx.engine.Layer;
import org.backpropfx.engine.Network;
import org.backpropfx.session.Edits;
import org.backpropfx.session.LessonSession;
import org.backpropfx.session.i18n.Texts;
import org.backpropfx.session.i18n.Words;
import org.backpropfx.stepper.Phase;
import java.util.Locale;

/**
 * The network's make-up: hidden layers (add, remove, neurons), the activation of every layer and the bias
 * mode. Each change is made at once, as an edit that can be undone, keeping the weights that still fit.
 */
public final class NetworkDialog extends VBox {
    private final LessonSession session;
    private final GridPane rows = new GridPane();
    private final Label message = new Label();
    private final InvalidationListener rebuild = o -> rebuild();
    /** Marks a count of neurons typed wrong; made anew with the rows. */
    private FieldChecks checks = new FieldChecks();

    public NetworkDialog(LessonSession session) {
        this.session = session;
        setId("networkForm");
        setSpacing(8);
        setPadding(new Insets(10));
        rows.setHgap(8);
        rows.setVgap(6);
        message.setId("networkMessage");
        message.getStyleClass().add("value-editor-message");
        message.setWrapText(true);
        message.setMaxWidth(480);
        getChildren().addAll(rows, message);
        rebuild();
    }

    /** Shows the form in a dialog that stays open beside the window; returns the dialog. */
    public Dialog<ButtonType> show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("network.title"));
        dialog.initOwner(owner);
        dialog.getDialogPane().setContent(this);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        session.lessonProperty().addListener(rebuild);
        dialog.setOnHidden(e -> session.lessonProperty().removeListener(rebuild));
        DialogGrowth.follow(dialog);
        dialog.show();
        return dialog;
    }

    private void rebuild() {
        rows.getChildren().clear();
        checks = new FieldChecks();
        // The lesson, not the snapshot: while an edit is being made the snapshot still shows the old shape.
        Network network = session.getLesson().network();
        int layers = network.layerCount();
        rows.addRow(0, new Label(Texts.get("network.inputs")), new Label(Texts.get("network.fromSamples", network.inputSize())));
        for (int l = 1; l <= layers; l++) {
            int layer = l;
            Layer weights = network.layer(l);
            Label name = new Label(Words.layerTitle(l, layers));
            ChoiceBox<Activation> activation = new ChoiceBox<>(FXCollections.observableArrayList(Activation.values()));
            activation.setId("activation" + l);
            activation.setConverter(ids());
            activation.setValue(weights.activation());
            activation.setOnAction(e -> {
                if (activation.getValue() != weights.activation()) report(session.apply(Edits.setActivation(layer, activation.getValue())));
            });
            if (l < layers) {
                String neuronsOf = Texts.get("network.neurons", Words.layerTitle(l, layers));
                Spinner<Integer> neurons = CountSpinner.of(1, Layer.MAX_NEURONS, weights.outputs(), checks, () -> neuronsOf,
                        message);
                neurons.setId("neurons" + l);
                neurons.setPrefWidth(90);
                neurons.valueProperty().addListener((obs, old, n) -> {
                    if (n != null && n != weights.outputs()) report(session.apply(Edits.resizeLayer(layer, n)));
                });
                Button remove = new Button(Texts.get("network.remove"));
                remove.setId("removeLayer" + l);
                remove.setOnAction(e -> report(session.apply(Edits.removeHiddenLayer(layer))));
                rows.addRow(l, name, neurons, activation, remove);
            } else {
                rows.addRow(l, name, new Label(Texts.get("network.fromSamples", weights.outputs())), activation);
            }
        }
        Button add = new Button(Texts.get("network.add"));
        add.setId("addLayer");
        add.setDisable(layers >= Network.MAX_LAYERS);
        add.setOnAction(e -> report(session.apply(Edits.addHiddenLayer(layers, 2, Activation.SIGMOID))));
        ChoiceBox<BiasMode> bias = new ChoiceBox<>(FXCollections.observableArrayList(BiasMode.values()));
        bias.setId("biasMode");
        bias.setConverter(ids());
        bias.setValue(network.biasMode());
        bias.setOnAction(e -> {
            if (bias.getValue() != network.biasMode()) report(session.apply(Edits.setBiasMode(bias.getValue())));
        });
        rows.addRow(layers + 1, new Label(Texts.get("network.biases")), bias);
        rows.add(add, 0, layers + 2, 3, 1);
    }

    /** The message the neurons field of the layer is marked with, or "" (for tests). */
    String neuronsDecoration(int layer) {
        return checks.decoration(((Spinner<?>) rows.lookup("#neurons" + layer)).getEditor());
    }

    private void report(boolean applied) {
        message.setText(applied ? "" : session.getStatus());
    }

    private static String capitalised(String s) {
        String t = s.startsWith("the ") ? s.substring(4) : s;
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static <T extends Enum<T>> StringConverter<T> ids() {
        return new StringConverter<>() {
            @Override public String toString(T value) {
                return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            }

            @Override public T fromString(String s) { return null; }
        };
    }
}
