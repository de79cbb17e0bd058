package org.radcurate.ui.compare;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.ProgressListener;
import org.radcurate.service.LabelService;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Css;
import org.radcurate.ui.common.FxDialogs;
import org.radcurate.ui.common.FxJobs;

/**
 * Shows the Compare screen's learning curve on the sample workspace with the rule teacher:
 * {@code java -cp ... LearningCurveDemo [workspace] [--run]}. With {@code --run} it sweeps small students
 * (sample counts 30 to 180 of the train split, two learning rates) and scores them on the test split.
 */
public final class LearningCurveDemo {
    private LearningCurveDemo() {}

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 && !args[0].startsWith("--") ? Path.of(args[0])
                : Files.createTempDirectory("curve-demo").resolve("sample.radcurate");
        if (!Files.exists(file)) {
            SampleWorkspace.createIfMissing(file, ProgressListener.NONE);
            try (WorkspaceSession s = WorkspaceSession.open(file)) {
                LabelService.labelWorkspace(s, LabelService.labeler(BuiltInSchemas.CHEXPERT14, false, false,
                        List.of()), 1, ProgressListener.NONE, () -> false);
            }
        }
        boolean run = java.util.Arrays.asList(args).contains("--run");
        WorkspaceSession session = WorkspaceSession.open(file);
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Stage stage = new Stage();
            CompareViewModel vm = new CompareViewModel(new SimpleObjectProperty<>(session), new FxJobs(),
                    new FxDialogs(stage), id -> System.out.println("open report " + id));
            Scene scene = new Scene(new CompareView(vm), 1280, 800);
            scene.getStylesheets().add(LearningCurveDemo.class.getResource(Css.STYLESHEET).toExternalForm());
            stage.setTitle("RadCurate — Compare · Learning curve");
            stage.setScene(scene);
            stage.setOnHidden(e -> session.close());
            stage.show();
            ((ToggleButton) scene.lookup("#showLearningCurve")).fire();
            if (run) {
                LearningCurveViewModel curve = vm.learningCurve();
                curve.sampleCountsProperty().set("30,60,120,180");
                curve.learningRatesProperty().set("3e-3,1e-3");
                curve.parametersProperty().set("epochs=8, layers=1, width=64, heads=4, ffn=128, maxTokens=96, "
                        + "vocabSize=800, mlmEpochs=0, batchSize=16, patience=0");
                curve.run();
            }
        });
    }
}
