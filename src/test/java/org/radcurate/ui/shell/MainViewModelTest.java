package org.radcurate.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ReportSummary;
import org.radcurate.service.Settings;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

class MainViewModelTest {
    @TempDir
    Path dir;

    private final ImmediateJobs jobs = new ImmediateJobs();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Settings settings;
    private MainViewModel vm;

    @BeforeEach
    void setUp() {
        settings = new Settings(dir.resolve("settings.properties"));
        vm = new MainViewModel(settings, jobs, dialogs, dir.resolve("sample.radcurate"));
    }

    @AfterEach
    void tearDown() {
        vm.close();
    }

    @Test
    void firstStartCreatesTheSampleWorkspaceAndShowsItsReports() {
        vm.start();

        assertEquals(300, vm.visibleReports().size());
        assertEquals("S0001", vm.visibleReports().get(0).id());
        assertEquals("S0001", vm.selectedProperty().get().id());
        assertEquals("300 reports", vm.countsProperty().get());
        assertEquals(dir.resolve("sample.radcurate").toAbsolutePath().toString(),
                settings.get(Settings.LAST_WORKSPACE).orElseThrow());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void theLastWorkspaceReopensOnTheNextStart() throws IOException {
        Path other = dir.resolve("other.radcurate");
        vm.open(other);
        vm.close();

        MainViewModel next = new MainViewModel(new Settings(dir.resolve("settings.properties")), jobs, dialogs,
                dir.resolve("sample.radcurate"));
        next.start();

        assertEquals(other.toAbsolutePath().toString(), next.workspaceNameProperty().get());
        assertEquals(0, next.visibleReports().size());
        assertTrue(Files.notExists(dir.resolve("sample.radcurate")));
        next.close();
    }

    @Test
    void aWorkspaceGivenAtStartOpensInsteadOfTheLastOne() throws IOException {
        Path last = dir.resolve("last.radcurate");
        vm.open(last);
        vm.close();
        Path requested = dir.resolve("double-clicked.radcurate");
        MainViewModel first = new MainViewModel(new Settings(dir.resolve("settings.properties")), jobs, dialogs,
                dir.resolve("sample.radcurate"));
        first.open(requested);
        first.close();
        settings.put(Settings.LAST_WORKSPACE, last.toAbsolutePath().toString());

        MainViewModel next = new MainViewModel(new Settings(dir.resolve("settings.properties")), jobs, dialogs,
                dir.resolve("sample.radcurate"));
        next.start(requested);

        assertEquals(requested.toAbsolutePath().toString(), next.workspaceNameProperty().get());
        assertEquals("RadCurate — double-clicked.radcurate", next.titleProperty().get());
        assertTrue(Files.notExists(dir.resolve("sample.radcurate")));
        assertTrue(dialogs.errors.isEmpty());
        next.close();
    }

    @Test
    void aWorkspaceTheSystemSendsSwitchesToItWhenNoLongJobRuns() {
        vm.open(dir.resolve("current.radcurate"));
        vm.openRequested(dir.resolve("finder.radcurate"));

        assertEquals(dir.resolve("finder.radcurate").toAbsolutePath().toString(), vm.workspaceNameProperty().get());
        assertEquals("RadCurate — finder.radcurate", vm.titleProperty().get());
        assertTrue(dialogs.confirmations.isEmpty());
    }

    @Test
    void whileALongJobRunsItAsksFirstAndKeepsTheCurrentWorkspaceWhenTheUserSaysNo() {
        vm.open(dir.resolve("current.radcurate"));
        jobs.longJobs = true;
        dialogs.answers.add(false);

        vm.openRequested(dir.resolve("finder.radcurate"));

        assertEquals(1, dialogs.confirmations.size());
        assertTrue(dialogs.confirmations.get(0).contains("Opening finder.radcurate cancels it"));
        assertEquals(dir.resolve("current.radcurate").toAbsolutePath().toString(), vm.workspaceNameProperty().get());
        assertEquals("finder.radcurate was not opened; the job goes on.", vm.statusProperty().get());
        assertTrue(Files.notExists(dir.resolve("finder.radcurate")));
    }

    @Test
    void whileALongJobRunsItSwitchesWhenTheUserAgrees() {
        vm.open(dir.resolve("current.radcurate"));
        jobs.longJobs = true;
        dialogs.answers.add(true);

        vm.openRequested(dir.resolve("finder.radcurate"));

        assertEquals(1, dialogs.confirmations.size());
        assertEquals(dir.resolve("finder.radcurate").toAbsolutePath().toString(), vm.workspaceNameProperty().get());
    }

    @Test
    void fileOpenAndOpenReadOnlyAskFirstWhileALongJobRuns() {
        vm.open(dir.resolve("current.radcurate"));
        jobs.longJobs = true;
        dialogs.answers.add(false);
        dialogs.answers.add(false);

        vm.open(dir.resolve("other.radcurate"));
        vm.openReadOnly(dir.resolve("current.radcurate"));

        assertEquals(2, dialogs.confirmations.size());
        assertTrue(dialogs.confirmations.get(0).contains("Opening other.radcurate cancels it"));
        assertEquals(dir.resolve("current.radcurate").toAbsolutePath().toString(), vm.workspaceNameProperty().get());
        assertEquals("current.radcurate was not opened; the job goes on.", vm.statusProperty().get());
        assertTrue(Files.notExists(dir.resolve("other.radcurate")));
    }

    @Test
    void theWorkspaceAlreadyOpenIsNotAskedAboutEvenWhileAJobRuns() {
        vm.open(dir.resolve("current.radcurate"));
        jobs.longJobs = true;

        vm.openRequested(dir.resolve("current.radcurate"));

        assertTrue(dialogs.confirmations.isEmpty());
        assertEquals("current.radcurate is open in this window.", vm.statusProperty().get());
    }

    @Test
    void filterNarrowsTheListByIdSplitOrText() {
        vm.start();

        vm.filterProperty().set("S00");
        assertEquals(99, vm.visibleReports().size());

        vm.filterProperty().set("test");
        long tests = vm.visibleReports().stream().filter(r -> r.split().key().equals("test")).count();
        assertEquals(vm.visibleReports().size(), tests);
        assertEquals(vm.visibleReports().size() + " of 300 reports", vm.countsProperty().get());

        vm.filterProperty().set("");
        assertEquals(300, vm.visibleReports().size());
    }

    @Test
    void importAddsReportsAndSaysHowMany() throws IOException {
        vm.open(dir.resolve("w.radcurate"));
        Path csv = Files.writeString(dir.resolve("new.csv"), "id,text\nA1,No effusion.\nA2,Small effusion.\n");

        vm.importReports(csv);

        assertEquals(List.of("A1", "A2"), vm.visibleReports().stream().map(ReportSummary::id).toList());
        assertEquals("new.csv: 2 reports added, 0 already present", vm.statusProperty().get());
        assertEquals(false, vm.busyProperty().get());
    }

    @Test
    void aFileWhoseLayoutCannotBeToldGetsAdviceForTheWindowNotACommandLineFlag() throws IOException {
        vm.open(dir.resolve("w.radcurate"));

        vm.importReports(Files.writeString(dir.resolve("reports.dat"), "id,text\nA1,No effusion.\n"));

        assertEquals(List.of("reports.dat: cannot tell the layout from the file name; give the file a .csv or .jsonl "
                + "name, or import a folder of .txt reports with File > Import Report Folder…"), dialogs.errors);
    }

    @Test
    void labelsImportedFromTheFormAreGoldInTheSchemaFoundAndFrozenAsAGoldSet() throws IOException {
        vm.open(dir.resolve("w.radcurate"));
        vm.importReports(Path.of("sample-reports/reports.csv"));
        dialogs.files.add(Files.copy(Path.of("sample-reports/gold-nih14.csv"), dir.resolve("nih14-gold.csv")));

        vm.importLabels();

        // 300 reports x 14 findings: a blank cell is stored too, as not mentioned
        assertEquals("nih14-gold.csv: 4200 labels written; frozen as gold set nih14-gold@1: choose it in Compare.",
                vm.statusProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void badImportShowsTheErrorAndLeavesTheListAsItWas() throws IOException {
        vm.open(dir.resolve("w.radcurate"));
        vm.importReports(Files.writeString(dir.resolve("ok.csv"), "id,text\nA1,No effusion.\n"));
        Path bad = Files.writeString(dir.resolve("bad.csv"), "id,text\nA2,Fine.\n,Missing id.\n");

        vm.importReports(bad);

        assertEquals(List.of("bad.csv, line 3, field 'id': empty report id"), dialogs.errors);
        assertEquals(List.of("A1"), vm.visibleReports().stream().map(ReportSummary::id).toList());
    }

    @Test
    void cancelledImportLeavesTheWorkspaceUnchanged() throws IOException {
        vm.open(dir.resolve("w.radcurate"));
        jobs.cancelNext = true;

        vm.importReports(Files.writeString(dir.resolve("ok.csv"), "id,text\nA1,No effusion.\n"));

        assertEquals("Cancelled; the workspace is unchanged.", vm.statusProperty().get());
        assertEquals(0, vm.visibleReports().size());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void aWorkspaceThatCannotOpenKeepsTheCurrentOne() throws IOException {
        vm.start();
        Path notAWorkspace = Files.writeString(dir.resolve("notes.radcurate"), "just some text, not SQLite");

        vm.open(notAWorkspace);

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("not a RadCurate workspace"), dialogs.errors.get(0));
        assertEquals(300, vm.visibleReports().size());
    }

    @Test
    void theRuleTeacherLabelsTheWholeWorkspace() {
        vm.start();

        vm.labelWithRuleTeacher();

        assertEquals("radcurate-rules 1.0 chexpert14: 300 reports labelled by radcurate-rules 1.0",
                vm.statusProperty().get());
        assertTrue(dialogs.errors.isEmpty());
        assertTrue(vm.sessionProperty().get().summary().sources().stream()
                .anyMatch(s -> s.name().equals("radcurate-rules 1.0 chexpert14")));
    }

    @Test
    void selectingAnUnknownIdClearsTheReport() {
        vm.start();
        vm.select("nope");
        assertNull(vm.selectedProperty().get());
    }
}
