package org.radcurate.ui.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.service.CompareFixture;
import org.radcurate.service.DiagnosticsRows;
import org.radcurate.service.DiagnosticsService;
import org.radcurate.service.DiagnosticsRows.Cell;
import org.radcurate.service.DiagnosticsRows.Row;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

/** The Diagnostics screen without a toolkit: rows, the reports behind a cell, opening one, estimate, ledger. */
class DiagnosticsViewModelTest {
    @TempDir
    static Path dir;
    static String teacher;
    static WorkspaceSession workspace;

    private final SimpleObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>();
    private final ImmediateJobs jobs = new ImmediateJobs();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> opened = new ArrayList<>();
    private DiagnosticsViewModel vm;

    @BeforeAll
    static void createWorkspace() throws Exception {
        teacher = CompareFixture.create(dir.resolve("w.radcurate"));
        workspace = WorkspaceSession.open(dir.resolve("w.radcurate"));
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @BeforeEach
    void open() {
        vm = new DiagnosticsViewModel(session, jobs, dialogs, opened::add);
        session.set(workspace);
        vm.refresh();
    }

    private Row row(String source, String finding) {
        return vm.rows().stream().filter(r -> r.source().equals(source) && r.finding().equals(finding)).findFirst()
                .orElseThrow();
    }

    @Test
    void rowsPerSourceAndFindingWithAccuracyAgainstTheWorkingGold() {
        assertEquals(List.of(teacher, CompareFixture.WEAK, CompareFixture.STUDENT), vm.sources());
        // 14 findings and a micro row per source
        assertEquals(3 * 15, vm.rows().size());
        Row pe = row(CompareFixture.STUDENT, CompareFixture.FINDING);
        assertEquals(300, pe.working().goldReports());
        assertEquals(56, pe.working().support());
        assertTrue(pe.working().precision().startsWith(String.format(java.util.Locale.ROOT, "%.3f [", 53.0 / 55)),
                pe.working().precision());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aCellListsItsReportsAndOneOpensInAnnotate() {
        vm.showCell(row(CompareFixture.STUDENT, CompareFixture.FINDING), Cell.FALSE_POSITIVE, false);
        assertEquals(CompareFixture.FALSE_POSITIVES, vm.cellReports());
        assertEquals("2 false positives of student-bert against working on Pleural Effusion",
                vm.cellTitleProperty().get());
        vm.otherProperty().set(CompareFixture.WEAK);
        vm.showCell(row(CompareFixture.STUDENT, "Lung Opacity"), Cell.CONFLICT, false);
        assertEquals(61, vm.cellReports().size());
        vm.open(vm.cellReports().get(0));
        assertEquals(List.of(vm.cellReports().get(0)), opened);
        // no frozen gold chosen: the gold-set cells list nothing and say why
        vm.showCell(row(CompareFixture.STUDENT, CompareFixture.FINDING), Cell.FALSE_NEGATIVE, true);
        assertEquals(List.of(), vm.cellReports());
        assertEquals("No gold to compare with.", vm.cellTitleProperty().get());
    }

    @Test
    void aFrozenGoldSetAddsItsAccuracy() {
        vm.goldSetProperty().set(CompareFixture.GOLD_SET);
        assertEquals(List.of(CompareFixture.GOLD_SET), vm.goldSetChoices());
        Row pe = row(CompareFixture.STUDENT, CompareFixture.FINDING);
        assertEquals(pe.working(), pe.frozen());
        vm.showCell(pe, Cell.FALSE_NEGATIVE, true);
        assertEquals(CompareFixture.FALSE_NEGATIVES, vm.cellReports());
    }

    @Test
    void estimateAndLedgerFromTheWindow() throws Exception {
        GoldSizeViewModel size = new GoldSizeViewModel(session, jobs, dialogs);
        size.offer(vm.sources());
        size.aProperty().set(CompareFixture.WEAK);
        size.bProperty().set(CompareFixture.STUDENT);
        size.run();
        assertEquals(15, size.lines().size());
        assertEquals(441, size.lines().get(0).positives());
        assertTrue(size.summaryProperty().get().startsWith("weak-teacher vs student-bert on 300 gold reports"),
                size.summaryProperty().get());
        size.targetProperty().set("wide");
        size.run();
        assertEquals(List.of("The target half width must be a number such as 0.02, not 'wide'."), dialogs.errors);

        LedgerViewModel ledger = new LedgerViewModel(session, jobs, dialogs, opened::add);
        ledger.refresh();
        dialogs.files.add(dir.resolve("ledger.csv"));
        ledger.exportCsv();
        assertTrue(Files.readString(dir.resolve("ledger.csv")).startsWith("kind,annotator,item,events,seconds,"));
    }

    @Test
    void thePolicyChangesTheEstimateAsGoldSizePolicyDoes() {
        GoldSizeViewModel size = new GoldSizeViewModel(session, jobs, dialogs);
        size.offer(vm.sources());
        size.aProperty().set(CompareFixture.WEAK);
        size.bProperty().set(CompareFixture.STUDENT);
        // the CLI's default, `gold-size --policy u-zeros`
        assertEquals(UncertaintyPolicy.parse("u-zeros").orElseThrow(), size.policyProperty().get());
        java.util.Map<UncertaintyPolicy, DiagnosticsRows.Estimate> shown = new java.util.EnumMap<>(UncertaintyPolicy.class);
        for (UncertaintyPolicy p : UncertaintyPolicy.values()) {
            size.policyProperty().set(p);
            size.run();
            DiagnosticsRows.Estimate cli = DiagnosticsService.estimateRows(workspace, new DiagnosticsService.EstimateRequest(
                    DiagnosticsService.WORKING, null, CompareFixture.WEAK, CompareFixture.STUDENT, p, 1000, 42, 0.02));
            assertEquals(cli, size.estimateProperty().get(), p.key());
            assertEquals(cli.lines(), size.lines(), p.key());
            assertEquals(cli.summary(), size.summaryProperty().get(), p.key());
            shown.put(p, size.estimateProperty().get());
        }
        // uncertain gold and predictions count as positive under u-ones: more gold positives, a smaller difference
        DiagnosticsRows.Line zeros = shown.get(UncertaintyPolicy.U_ZEROS).lines().get(0);
        DiagnosticsRows.Line ones = shown.get(UncertaintyPolicy.U_ONES).lines().get(0);
        assertEquals(List.of("micro", 441L, "+0.069 [0.052, 0.086]"), List.of(zeros.name(), zeros.positives(),
                String.format(java.util.Locale.ROOT, "%+.3f %s", zeros.difference(), zeros.differenceCi())));
        assertEquals(List.of("micro", 533L, "+0.056 [0.043, 0.070]"), List.of(ones.name(), ones.positives(),
                String.format(java.util.Locale.ROOT, "%+.3f %s", ones.difference(), ones.differenceCi())));
        assertEquals(List.of(), dialogs.errors);
    }
}
