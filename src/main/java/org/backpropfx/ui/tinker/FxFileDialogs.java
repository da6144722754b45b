package org.backpropfx.ui.tinker;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.backpropfx.session.i18n.Texts;

/**
 * {@link FileDialogs} as the system's file choosers and a question before unsaved edits are lost; problems
 * go to the window's notification bar, which tells of them without stopping the user.
 */
public final class FxFileDialogs implements FileDialogs {
    private final Supplier<Window> owner;
    private final BiConsumer<String, String> problems;
    private File lastFolder;

    /** @param problems shows a problem: what was being done, then why it failed */
    public FxFileDialogs(Supplier<Window> owner, BiConsumer<String, String> problems) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    @Override
    public Path chooseLessonToOpen() {
        FileChooser chooser = chooser(Texts.get("files.open"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Texts.get("files.lessons"), "*.json"),
                new FileChooser.ExtensionFilter(Texts.get("files.all"), "*.*"));
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Path chooseSaveLocation(String title, String suggestedName, String extension) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*" + extension, "*" + extension));
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Decision askToSave(String lessonTitle, String doing) {
        ButtonType save = new ButtonType(Texts.get("files.save"), ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType(Texts.get("files.dontSave"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Texts.get("files.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                Texts.get("files.unsaved", lessonTitle, doing), save, dontSave, cancel);
        alert.setHeaderText(Texts.get("files.saveEdits"));
        alert.initOwner(owner.get());
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) return Decision.SAVE;
        if (answer == dontSave) return Decision.DONT_SAVE;
        return Decision.CANCEL;
    }

    @Override
    public void showError(String header, String message) {
        problems.accept(header, message);
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) chooser.setInitialDirectory(lastFolder);
        return chooser;
    }

    private Path remember(File file) {
        if (file == null) return null;
        lastFolder = file.getParentFile();
        return file.toPath();
    }
}
