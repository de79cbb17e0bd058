package org.radcurate.ui.train;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Css;
import org.radcurate.ui.common.FxDialogs;
import org.radcurate.ui.common.FxJobs;

/**
 * Shows the Train screen alone on the sample workspace with the rule teacher, for looking at it before it is
 * wired into the main window: {@code java -cp ... TrainScreenDemo [workspace] [--run]}. With {@code --run} it
 * starts a small run (under a second an epoch on two cores; -Ddemo.epochs=N, default 15) so the chart fills,
 * then stores its predictions; -Ddemo.cancelAt=N cancels it after epoch N instead.
 */
public final class TrainScreenDemo {
    private TrainScreenDemo() {}

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 && !args[0].startsWith("--") ? Path.of(args[0])
                : Files.createTempDirectory("train-demo").resolve("sample.radcurate");
        if (!Files.exists(file)) {
            TrainFixture.create(file);
        }
        boolean run = java.util.Arrays.asList(args).contains("--run");
        WorkspaceSession session = WorkspaceSession.open(file);
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Stage stage = new Stage();
            TrainViewModel vm = new TrainViewModel(new SimpleObjectProperty<>(session), new FxJobs(),
                    new FxDialogs(stage));
            Scene scene = new Scene(new TrainView(vm), 1280, 800);
            scene.getStylesheets().add(TrainScreenDemo.class.getResource(Css.STYLESHEET).toExternalForm());
            stage.setTitle("RadCurate — Train");
            stage.setScene(scene);
            stage.setOnHidden(e -> session.close());
            stage.show();
            if (run) {
                vm.inputs().runNameProperty().set("student-rules-demo");
                Map.of("layers", "1", "width", "64", "heads", "4", "ffn", "128", "maxTokens", "96",
                        "vocabSize", "800", "mlmEpochs", "0", "batchSize", "16", "epochs", System.getProperty("demo.epochs", "15"), "patience", "0")
                        .forEach((k, v) -> vm.inputs().parameter(k).orElseThrow().valueProperty().set(v));
                vm.inputs().parameter("learningRate").orElseThrow().valueProperty().set("0.002");
                boolean[] predicted = {false};
                vm.busyProperty().addListener((obs, old, now) -> {
                    Platform.runLater(() -> {
                        if (!now && !predicted[0] && vm.canPredictProperty().get()) {
                            predicted[0] = true;
                            vm.predict();
                        }
                    });
                });
                int cancelAt = Integer.getInteger("demo.cancelAt", 0);
                boolean[] cancelled = {false};
                if (cancelAt > 0) {
                    predicted[0] = true;
                    vm.epochs().addListener((javafx.collections.ListChangeListener<EpochPoint>) c -> {
                        if (vm.busyProperty().get() && vm.epochs().size() == cancelAt && !cancelled[0]) {
                            cancelled[0] = true;
                            Platform.runLater(vm::cancel); // as a click would: not inside the list's change
                        }
                    });
                }
                vm.start();
            }
        });
    }
}
