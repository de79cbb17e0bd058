package org.radcurate.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

/** The learning curve on a workspace without splits warns that it would score on its training reports, and splits it. */
class LearningCurveSplitTest {
    @TempDir
    Path dir;

    @Test
    void withoutSplitsItWarnsAndOffersASeededSplitThatThenTrainsOnTrainAndScoresOnTest() throws Exception {
        StringBuilder csv = new StringBuilder("id,text\n");
        for (int i = 1; i <= 50; i++) {
            csv.append("R").append(i).append(",Small left pleural effusion.\n");
        }
        Path reports = Files.writeString(dir.resolve("reports.csv"), csv, StandardCharsets.UTF_8);
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("w.radcurate"))) {
            s.imports().importReports(reports, null, ReportReadOptions.defaults(), ProgressListener.NONE, () -> false);
            LearningCurveViewModel vm = new LearningCurveViewModel(new SimpleObjectProperty<>(s), new ImmediateJobs(),
                    new ScriptedDialogs());

            assertTrue(vm.needsSplitProperty().get());
            assertEquals("This workspace has no train/dev/test split, so every point would be scored on reports it "
                    + "learnt from. Make a seeded split first.", vm.leakageProperty().get());

            vm.makeSeededSplit();

            assertFalse(vm.needsSplitProperty().get());
            assertEquals(Map.of("train", 40L, "dev", 5L, "test", 5L), s.reportsBySplit());
            assertEquals("train", vm.trainingSplitProperty().get());
            assertEquals("test", vm.evaluationSplitProperty().get());
            assertEquals("", vm.leakageProperty().get());
            vm.evaluationSplitProperty().set("train");
            assertTrue(vm.leakageProperty().get().startsWith("The training reports overlap"));
        }
    }
}
