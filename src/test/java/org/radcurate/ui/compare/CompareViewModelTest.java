package org.radcurate.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.radcurate.domain.EvaluationRecord;
import org.radcurate.service.CompareFixture;
import org.radcurate.service.ErrorCases.ErrorCase;
import org.radcurate.service.EvaluationService.Task;
import org.radcurate.service.EvaluationView.Row;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.compare.CompareViewModel.VerdictKind;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

/** The Compare screen without a toolkit: choices, run, rows and marks, verdict, errors, history, export. */
class CompareViewModelTest {
    private static final String STUDENT = CompareFixture.STUDENT;
    private static final String WEAK = CompareFixture.WEAK;

    @TempDir
    static Path dir;
    static String teacher;
    static WorkspaceSession workspace;

    private final SimpleObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>();
    private final ImmediateJobs jobs = new ImmediateJobs();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> opened = new ArrayList<>();
    private CompareViewModel vm;

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
        vm = new CompareViewModel(session, jobs, dialogs, opened::add);
        session.set(workspace);
    }

    private CompareInputs in() {
        return vm.inputs();
    }

    /** Chooses exactly these sources, in the list's order. */
    private void choose(String... names) {
        List<String> wanted = List.of(names);
        in().sources().forEach(c -> c.chosenProperty().set(wanted.contains(c.name())));
    }

    private Row row(String label) {
        return vm.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<String> ids(List<ErrorCase> cases) {
        return cases.stream().map(ErrorCase::reportId).toList();
    }

    @Test
    void offersTheGoldSetsSourcesAndDefaults() {
        assertEquals(List.of(CompareFixture.GOLD_SET), in().goldSets().stream().map(g -> g.reference()).toList());
        assertEquals(List.of("gold", teacher, STUDENT, WEAK), in().sources().stream().map(SourceChoice::name).toList(),
                "sources of the gold set's schema only (no gold-nih14)");
        assertEquals(List.of(teacher, STUDENT, WEAK), in().chosen(), "gold is offered but not chosen");
        assertEquals(teacher, in().teacherProperty().get());
        assertEquals(STUDENT, in().studentProperty().get());
        assertEquals(1000, in().resamplesProperty().get());
        assertEquals("42", in().seedProperty().get());
        assertEquals("all", in().splitProperty().get());
        assertEquals(Task.LABELS, in().taskProperty().get());
        assertEquals("", in().validationProperty().get());
        assertTrue(vm.canRunProperty().get());
        assertFalse(vm.canExportProperty().get());
    }

    @Test
    void runsAsAJobAndMarksTheBestOfEachRow() {
        choose(STUDENT, "gold");
        in().resamplesProperty().set(200);

        vm.run();

        assertEquals(5, jobs.progress.size(), "gold, two sources, scoring, stored");
        assertEquals(16, vm.rows().size());
        assertEquals(List.of("gold", STUDENT), vm.resultProperty().get().sources(), "columns in the list's order");
        assertEquals(List.of(0), row(CompareFixture.FINDING).best(), "gold beats the student on Pleural Effusion");
        assertEquals(List.of(0, 1), row("Cardiomegaly").best(), "a tie marks both");
        assertEquals(List.of(0), row("micro").best());
        assertEquals(106.0 / 111, row(CompareFixture.FINDING).cells().get(1).f1(), 1e-12);
        assertEquals("0.955", CompareText.num(row(CompareFixture.FINDING).cells().get(1).f1()));
        assertEquals("coverage of gold: gold 300 reports, predicted 300, in common 300, scored 300 · "
                + "coverage of student-bert: gold 300 reports, predicted 300, in common 300, scored 300",
                vm.coverageProperty().get());
        assertEquals("Stored as evaluation #" + vm.resultProperty().get().evaluationId() + ".",
                vm.statusProperty().get());
        assertFalse(vm.busyProperty().get());
        assertTrue(vm.canExportProperty().get());
    }

    @Test
    void verdictSaysTheStudentBeatsTheTeacher() {
        choose(STUDENT, WEAK);
        in().teacherProperty().set(WEAK);
        in().studentProperty().set(STUDENT);

        vm.run();

        assertEquals("student-bert beats weak-teacher by +0.069 micro-F1 (95% CI +0.052 to +0.086, p = 0.001, "
                + "on the 300 gold reports both labelled)", vm.verdictProperty().get());
        assertEquals(VerdictKind.BEATS, vm.verdictKindProperty().get());
    }

    @Test
    void verdictSaysWhenThereIsNoEvidence() {
        choose("gold", STUDENT);
        in().teacherProperty().set("gold");
        in().studentProperty().set(STUDENT);

        vm.run();

        assertEquals("no evidence that student-bert beats gold: difference -0.006 micro-F1 "
                + "(95% CI -0.011 to -0.001, p = 1.00, on the 300 gold reports both labelled)",
                vm.verdictProperty().get());
        assertEquals(VerdictKind.NO_EVIDENCE, vm.verdictKindProperty().get());
    }

    @Test
    void oneSourceHasNoVerdict() {
        choose(STUDENT);
        assertNull(in().teacherProperty().get());

        vm.run();

        assertEquals("Compare two or more sources to test whether a student beats its teacher.",
                vm.verdictProperty().get());
        assertEquals(VerdictKind.NONE, vm.verdictKindProperty().get());
    }

    @Test
    void aCellListsTheReportsBehindItsErrorsAndOpensOne() {
        vm.run();
        ErrorListViewModel errors = vm.errors();

        vm.selectCell(row(CompareFixture.FINDING), STUDENT);

        assertEquals(CompareFixture.FALSE_POSITIVES, ids(errors.falsePositives()));
        assertEquals(CompareFixture.FALSE_NEGATIVES, ids(errors.falseNegatives()));
        assertEquals("student-bert · Pleural Effusion: 2 false positives, 3 false negatives",
                errors.titleProperty().get());
        assertEquals("S0005 · gold absent → positive", errors.describe(errors.falsePositives().get(0)));
        assertFalse(errors.canOpenProperty().get());

        errors.select(errors.falseNegatives().get(1));
        errors.openSelected();

        assertEquals(List.of("S0016"), opened);
    }

    @Test
    void theMicroRowListsErrorsOfEveryFinding() {
        vm.run();

        vm.selectCell(row("micro"), STUDENT);

        assertEquals(CompareFixture.FALSE_NEGATIVES, ids(vm.errors().falseNegatives()));
        assertEquals("S0003 · Pleural Effusion: gold positive → negative",
                vm.errors().describe(vm.errors().falseNegatives().get(0)));
        assertEquals("student-bert · all findings: 2 false positives, 3 false negatives",
                vm.errors().titleProperty().get());
    }

    @Test
    void multipleChoiceScoresNormal() {
        in().taskProperty().set(Task.MULTIPLE_CHOICE);
        in().resamplesProperty().set(0);
        vm.run();

        assertEquals(16, vm.rows().size());
        assertEquals("Normal", vm.rows().get(13).label());
        vm.selectCell(vm.rows().get(13), STUDENT);
        assertEquals(List.of("S0005"), ids(vm.errors().falseNegatives()));
        assertEquals("No paired test: it needs bootstrap resamples.", vm.verdictProperty().get());
    }

    @Test
    void storedEvaluationsAreListedAndShownAgainWithTheirChoices() {
        in().splitProperty().set("dev");
        in().resamplesProperty().set(50);
        in().seedProperty().set("7");
        vm.run();
        long devId = vm.resultProperty().get().evaluationId();
        List<Row> devRows = List.copyOf(vm.rows());
        in().splitProperty().set("all");
        in().seedProperty().set("42");
        choose(STUDENT);
        vm.run();
        int stored = vm.history().size();
        assertEquals(vm.resultProperty().get().evaluationId(), vm.history().get(stored - 1).id());

        EvaluationRecord dev = vm.history().stream().filter(r -> r.id() == devId).findFirst().orElseThrow();
        vm.showStored(dev);

        assertEquals(devRows, vm.rows());
        assertEquals(stored, vm.history().size(), "showing stores nothing");
        assertEquals("dev", in().splitProperty().get());
        assertEquals("7", in().seedProperty().get());
        assertEquals(50, in().resamplesProperty().get());
        assertEquals(List.of(teacher, STUDENT, WEAK), in().chosen());
        assertTrue(vm.summaryProperty().get().startsWith("#" + devId + " · sample-gold@1 · dev · u-zeros · "
                + "All findings · 60 reports · 50 resamples, seed 7"), vm.summaryProperty().get());
        vm.selectCell(row(CompareFixture.FINDING), STUDENT);
        assertEquals(List.of("S0003", "S0016"), ids(vm.errors().falseNegatives()));
    }

    @Test
    void validatesTheChoices() {
        choose();
        assertEquals("Choose at least one source to compare.", in().validationProperty().get());
        assertFalse(vm.canRunProperty().get());
        choose(teacher, STUDENT);
        in().seedProperty().set("forty-two");
        assertEquals("The seed must be a whole number.", in().validationProperty().get());
        in().seedProperty().set("42");
        in().studentProperty().set(teacher);
        assertEquals("Choose different sources as teacher and student.", in().validationProperty().get());
        in().studentProperty().set(STUDENT);
        assertTrue(vm.canRunProperty().get());
    }

    @Test
    void cancelStoresNothing() {
        int before = vm.history().size();
        jobs.cancelNext = true;

        vm.run();

        assertEquals("Cancelled; nothing was stored.", vm.statusProperty().get());
        assertEquals(before, vm.history().size());
        assertNull(vm.resultProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void exportsCsvJsonAndHtml() throws Exception {
        choose(STUDENT, WEAK);
        in().resamplesProperty().set(20);
        vm.run();
        long id = vm.resultProperty().get().evaluationId();
        dialogs.files.add(dir.resolve("export/e.csv"));
        dialogs.files.add(dir.resolve("export/e.json"));
        dialogs.files.add(dir.resolve("export/report"));

        vm.exportCsv();
        vm.exportJson();
        vm.exportHtml();

        String csv = Files.readString(dir.resolve("export/e.csv"));
        assertTrue(csv.startsWith("source,kind,finding,precision,recall,f1,f1_ci95_lo,f1_ci95_hi,support,tp,fp,fn,tn"
                + "\r\nstudent-bert,finding,No Finding,1.0,1.0,1.0,"), csv.substring(0, 200));
        assertTrue(csv.contains("\r\nstudent-bert,finding,Pleural Effusion," + 53.0 / 55 + "," + 53.0 / 56 + ","
                + 106.0 / 111 + ","));
        assertTrue(csv.contains("\r\nweak-teacher,micro,,1.0," + 380.0 / 441 + "," + 760.0 / 821 + ","));
        String json = Files.readString(dir.resolve("export/e.json"));
        assertTrue(json.startsWith("{\n  \"task\" : \"labels\",\n  \"gold\" : \"sample-gold@1\",\n  \"policy\" : \"u-zeros\""));
        assertTrue(json.contains("\"paired\" : {\n    \"a\" : \"weak-teacher\",\n    \"b\" : \"student-bert\""));
        String html = Files.readString(dir.resolve("export/report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(html.contains("student-bert vs weak-teacher"));
        assertTrue(html.contains("<h2>Time ledger</h2>"), "the HTML report carries the time ledger");
        assertEquals("Exported evaluation #" + id + " to " + dir.resolve("export/report.html"), vm.statusProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void closingTheWorkspaceClearsTheScreen() {
        vm.run();

        session.set(null);

        assertEquals(List.of(), vm.rows());
        assertEquals(List.of(), vm.history());
        assertEquals(List.of(), in().sources());
        assertEquals("Open a workspace to compare sources.", in().validationProperty().get());
        assertFalse(vm.canRunProperty().get());
        assertFalse(vm.canExportProperty().get());
    }
}
