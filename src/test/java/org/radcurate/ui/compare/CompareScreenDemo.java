package org.radcurate.ui.compare;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.radcurate.service.CompareFixture;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Css;
import org.radcurate.ui.common.FxDialogs;
import org.radcurate.ui.common.FxJobs;

/**
 * Shows the Compare screen alone on the sample workspace (rule teacher, student-bert, weak-teacher), for
 * looking at it before it is wired into the main window: {@code java -cp ... CompareScreenDemo [workspace]}.
 * With {@code --run}, it compares the rule teacher and the student at once and selects a cell.
 */
public final class CompareScreenDemo {
    private CompareScreenDemo() {}

    /** Selects the student's Pleural Effusion F1 cell, as a click would. */
    @SuppressWarnings("unchecked")
    private static void selectCell(Scene scene) {
        TableView<Object> table = (TableView<Object>) scene.lookup("#compareTable");
        TableColumn<Object, ?> f1 = (TableColumn<Object, ?>) table.getVisibleLeafColumns().stream()
                .filter(c -> "source-1-f1".equals(c.getId())).findFirst().orElseThrow();
        table.scrollTo(8);
        table.getSelectionModel().select(10, f1);
        table.requestFocus();
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 && !args[0].startsWith("--") ? Path.of(args[0])
                : Files.createTempDirectory("compare-demo").resolve("sample.radcurate");
        String teacher = Files.exists(file) ? null : CompareFixture.create(file);
        boolean run = java.util.Arrays.asList(args).contains("--run");
        WorkspaceSession session = WorkspaceSession.open(file);
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Stage stage = new Stage();
            CompareViewModel vm = new CompareViewModel(new SimpleObjectProperty<>(session), new FxJobs(),
                    new FxDialogs(stage), id -> System.out.println("open report " + id));
            Scene scene = new Scene(new CompareView(vm), 1280, 800);
            scene.getStylesheets().add(CompareScreenDemo.class.getResource(Css.STYLESHEET).toExternalForm());
            stage.setTitle("RadCurate — Compare");
            stage.setScene(scene);
            stage.setOnHidden(e -> session.close());
            stage.show();
            if (run) {
                vm.inputs().sources().forEach(c -> c.chosenProperty().set(!c.name().equals(CompareFixture.WEAK)
                        && !c.name().equals("gold")));
                vm.run();
                vm.resultProperty().addListener((obs, old, now) -> Platform.runLater(() -> selectCell(scene)));
            }
            System.out.println("teacher: " + teacher);
        });
    }
}
