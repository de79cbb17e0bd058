package org.radcurate.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs shown with JavaFX, owned by the main window. */
public final class FxDialogs implements Dialogs {
    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileKind> kinds) {
        FileChooser chooser = chooser(title, kinds);
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileKind> kinds) {
        FileChooser chooser = chooser(title, kinds);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<String> choose(String title, String prompt, List<String> options, String initial) {
        javafx.scene.control.ChoiceDialog<String> d = new javafx.scene.control.ChoiceDialog<>(initial, options);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        d.getDialogPane().setId("choiceDialog");
        return d.showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public boolean confirm(String title, String message, String yes) {
        javafx.scene.control.ButtonType ok = new javafx.scene.control.ButtonType(yes,
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ok, javafx.scene.control.ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().setMinWidth(480);
        return a.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public int choose(String title, String message, List<String> options) {
        List<javafx.scene.control.ButtonType> buttons = options.stream().map(o -> new javafx.scene.control.ButtonType(
                o, javafx.scene.control.ButtonBar.ButtonData.OTHER)).toList();
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message);
        a.getButtonTypes().setAll(buttons);
        a.getButtonTypes().add(javafx.scene.control.ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().setMinWidth(520);
        return a.showAndWait().map(buttons::indexOf).orElse(-1);
    }

    private void alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type, message);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().setMinWidth(480);
        a.showAndWait();
    }

    private static FileChooser chooser(String title, List<FileKind> kinds) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileKind k : kinds) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(k.description(), k.patterns()));
        }
        return chooser;
    }
}
