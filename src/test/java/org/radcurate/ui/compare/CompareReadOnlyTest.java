package org.radcurate.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.service.CompareFixture;
import org.radcurate.service.EvaluationService;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

/**
 * Compare on a workspace another window writes (opened read-only): it says so before anything is run, scores
 * the same figures, stores nothing, and says that in its status, with no error dialog.
 */
class CompareReadOnlyTest {
    @TempDir
    static Path dir;
    static Path file;
    static WorkspaceSession writer;

    @BeforeAll
    static void create() throws Exception {
        file = dir.resolve("w.radcurate");
        CompareFixture.create(file);
        // another window holds it for writing all along
        writer = WorkspaceSession.open(file);
    }

    @AfterAll
    static void close() {
        writer.close();
    }

    @Test
    void scoresWithoutStoringAndSaysSoUpFrontAndAfter() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ImmediateJobs jobs = new ImmediateJobs();
        try (WorkspaceSession ro = WorkspaceSession.openReadOnly(file)) {
            CompareViewModel vm = new CompareViewModel(new SimpleObjectProperty<>(ro), jobs, dialogs, id -> { });
            assertEquals("Read-only: this workspace is open for reading, so Compare scores without storing the "
                    + "evaluation (File > Open Workspace opens it for writing once no other window or process has "
                    + "it).", vm.readOnlyNoticeProperty().get());
            assertTrue(vm.canRunProperty().get());
            vm.inputs().sources().forEach(c -> c.chosenProperty().set(c.name().equals(CompareFixture.STUDENT)));
            vm.inputs().resamplesProperty().set(0);

            vm.run();

            assertEquals(List.of(), dialogs.errors);
            assertEquals("Scored, not stored: the workspace is open read-only.", vm.statusProperty().get());
            assertFalse(vm.resultProperty().get().stored());
            assertEquals("Not stored · sample-gold@1 · All reports · u-zeros · All findings · 300 reports · "
                    + "no resampling", vm.summaryProperty().get());
            assertEquals(16, vm.rows().size());
            {
                var pe = vm.rows().stream().filter(r -> r.label().equals(CompareFixture.FINDING)).findFirst()
                        .orElseThrow();
                assertEquals(106.0 / 111, pe.cells().get(0).f1(), 1e-12);
            }
            assertEquals(List.of(), List.copyOf(vm.history()));
            assertEquals(List.of(), EvaluationService.history(ro));
            assertEquals(List.of(), EvaluationService.history(writer));

            // the shown result still exports, named as not stored
            Path out = dir.resolve("not-stored.csv");
            dialogs.files.add(out);
            vm.exportCsv();
            assertEquals("Exported the evaluation (not stored) to " + out, vm.statusProperty().get());
            assertTrue(Files.readString(out).contains(CompareFixture.FINDING));
            assertEquals(List.of(), dialogs.errors);
        }
    }

    @Test
    void aWorkspaceOpenForWritingHasNoNotice() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        CompareViewModel vm = new CompareViewModel(new SimpleObjectProperty<>(writer), new ImmediateJobs(), dialogs,
                id -> { });
        assertEquals("", vm.readOnlyNoticeProperty().get());
    }
}
