package org.backpropfx.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.backpropfx.session.i18n.Texts;

/**
 * What every desktop application has: File › Quit (asking about unsaved edits first, as closing the
 * window does) and Help › About with the version, the licence and the documents that ship inside the app.
 */
final class AppConventions {
    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    /** A document shipped inside the application, shown by the About box. */
    record Document(String titleKey, String resource) {
        /** The title in the window's language. */
        String title() { return Texts.get(titleKey); }
    }

    static final List<Document> DOCUMENTS = List.of(
            new Document("about.doc.guide", "README.md"),
            new Document("about.doc.format", "lesson-format.md"),
            new Document("about.doc.trace", "trace.md"));
    static final Document LICENCE = new Document("about.doc.licence", "LICENSE");

    private final MainWindow window;

    AppConventions(MainWindow window, AppMenus menus) {
        this.window = window;
        MenuItem quit = AppMenus.item(Texts.get("menu.file.quit"), QUIT, this::quit);
        quit.setId("menuQuit");
        menus.menu(AppMenus.FILE).getItems().addAll(new SeparatorMenuItem(), quit);
        MenuItem about = AppMenus.item(Texts.get("menu.help.about"), null, this::showAbout);
        about.setId("menuAbout");
        menus.menu(AppMenus.HELP).getItems().addAll(new SeparatorMenuItem(), about);
    }

    /**
     * Asks the window to close, which asks about unsaved edits; once it has closed, the application ends
     * with its other windows (the gradient check, the shortcut sheet).
     */
    void quit() {
        Window w = window.getScene() == null ? null : window.getScene().getWindow();
        if (w == null) return;
        // The window may close later, once a save the user chose has been written in the background.
        ChangeListener<Boolean> exitOnceClosed = (obs, was, showing) -> {
            // A host that keeps the toolkit alive between windows (a test harness) turns implicit exit off.
            if (!showing && Platform.isImplicitExit()) Platform.exit();
        };
        w.showingProperty().addListener(exitOnceClosed);
        w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
        boolean cancelled = w.isShowing() && window.tinkering().fileWork().isIdle();
        if (cancelled) w.showingProperty().removeListener(exitOnceClosed);
    }

    /** The About box: name, version, licence and the documents, each opening in a reader window. */
    Alert showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.setTitle(Texts.get("menu.help.about"));
        alert.setHeaderText(AppInfo.nameAndVersion());
        Label what = new Label(Texts.get("about.what"));
        what.setWrapText(true);
        Hyperlink licence = link(Texts.get("about.licence", AppInfo.licence()), LICENCE);
        licence.setId("aboutLicence");
        VBox content = new VBox(8, what, new Label(Texts.get("about.version", AppInfo.version())), licence);
        for (Document d : DOCUMENTS) {
            if (AppConventions.class.getResource(path(d)) != null) content.getChildren().add(link(d.title(), d));
        }
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(440);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("aboutBox");
        Window owner = window.getScene() == null ? null : window.getScene().getWindow();
        if (owner != null) alert.initOwner(owner);
        alert.show();
        return alert;
    }

    private Hyperlink link(String text, Document document) {
        Hyperlink link = new Hyperlink(text);
        link.setOnAction(e -> showDocument(document));
        return link;
    }

    /** A read-only window with the document's text, so the documents are there without a browser or network. */
    Stage showDocument(Document document) {
        TextArea text = new TextArea(read(document));
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("document-text");
        text.setAccessibleText(document.title());
        Stage stage = new Stage();
        stage.setTitle(document.title() + " — " + AppInfo.name());
        AppIcon.addTo(stage);
        Window owner = window.getScene() == null ? null : window.getScene().getWindow();
        if (owner != null) stage.initOwner(owner);
        Scene scene = new Scene(text, 760, 600);
        scene.getStylesheets().addAll(window.getStylesheets());
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    static String read(Document document) {
        try (InputStream in = AppConventions.class.getResourceAsStream(path(document))) {
            if (in == null) return Texts.get("about.missing", document.title());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Texts.get("about.unreadable", document.title(), e.getMessage());
        }
    }

    private static String path(Document d) { return "docs/" + d.resource(); }
}
