package org.radcurate.ui.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.GoldSet;
import org.radcurate.domain.Split;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.service.DiagnosticsRows;
import org.radcurate.service.DiagnosticsRows.Cell;
import org.radcurate.service.DiagnosticsRows.Row;
import org.radcurate.service.DiagnosticsService;
import org.radcurate.service.ErrorLog;
import org.radcurate.service.EvaluationService;
import org.radcurate.service.JobLane;
import org.radcurate.service.UserMessages;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.JobTracker;
import org.radcurate.ui.common.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teacher diagnostics: one row per source and finding (coverage, positive rate, overlap and conflict with the
 * source chosen to compare with, accuracy against the working gold and a frozen gold set), re-read each time the
 * screen is shown so it follows the gold as it grows; a clicked cell lists its reports, one opens in Annotate.
 */
public final class DiagnosticsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DiagnosticsViewModel.class);
    static final String HINT = "Click a cell to list the reports behind it.";

    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final Dialogs dialogs;
    private final JobTracker job;
    private final Consumer<String> openReport;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObservableList<String> goldSets = FXCollections.observableArrayList();
    private final ObservableList<String> cellReports = FXCollections.observableArrayList();
    // one read-only view each, kept: a view made per call is weakly listened to and may be collected
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ObservableList<String> goldSetsView = FXCollections.unmodifiableObservableList(goldSets);
    private final ObservableList<String> cellReportsView = FXCollections.unmodifiableObservableList(cellReports);
    private final ObjectProperty<Split> split = new SimpleObjectProperty<>();
    private final ObjectProperty<UncertaintyPolicy> policy = new SimpleObjectProperty<>(UncertaintyPolicy.U_ZEROS);
    private final StringProperty goldSet = new SimpleStringProperty("");
    private final StringProperty other = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper cellTitle = new ReadOnlyStringWrapper(HINT);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private DiagnosticsService.Result result;

    public DiagnosticsViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Jobs jobs, Dialogs dialogs,
            Consumer<String> openReport) {
        this.session = session;
        this.dialogs = dialogs;
        this.job = new JobTracker(jobs);
        this.openReport = openReport;
        session.addListener((o, was, now) -> clear());
        other.addListener((o, was, now) -> fill());
        goldSet.addListener((o, was, now) -> refresh());
        split.addListener((o, was, now) -> refresh());
        policy.addListener((o, was, now) -> refresh());
    }

    private void clear() {
        result = null;
        rows.clear();
        sources.clear();
        cellReports.clear();
        cellTitle.set(HINT);
        summary.set("");
    }

    /** Re-reads the workspace and recomputes (called when the screen is shown and by Refresh). */
    public void refresh() {
        WorkspaceSession s = session.get();
        if (s == null || job.busyProperty().get()) {
            return;
        }
        String frozen = goldSet.get() == null || goldSet.get().isBlank() ? null : goldSet.get();
        var request = new DiagnosticsService.Request(split.get(), policy.get(),
                frozen == null ? List.of() : List.of(frozen), 1000, 42);
        job.run(JobLane.EVALUATE, "Diagnosing the sources…", (p, c) -> {
            WorkspaceSession lane = s.lane(JobLane.EVALUATE);
            List<String> sets = EvaluationService.goldSets(lane).stream().map(GoldSet::reference).toList();
            try {
                return java.util.Map.entry(DiagnosticsService.diagnose(lane, request), sets);
            } catch (IllegalArgumentException e) {
                return java.util.Map.entry(e.getMessage(), sets);
            }
        }, done -> {
            goldSets.setAll(done.getValue());
            if (done.getKey() instanceof String message) {
                clear();
                summary.set(message);
                return;
            }
            result = (DiagnosticsService.Result) done.getKey();
            List<String> names = new ArrayList<>(result.sourceNames());
            sources.setAll(names);
            if (!names.contains(other.get())) {
                other.set(names.size() > 1 ? names.get(1) : names.isEmpty() ? "" : names.get(0));
            }
            fill();
            summary.set(result.summary());
            job.setStatus("Diagnosed at " + java.time.LocalTime.now().withNano(0) + "; shown again on every visit");
        }, error -> {
            ErrorLog.caught(LOG, "Diagnosing sources", error);
            dialogs.showError("Diagnostics", UserMessages.describe(error));
        });
    }

    private void fill() {
        if (result == null) {
            return;
        }
        String frozen = goldSet.get() == null || goldSet.get().isBlank() ? null : goldSet.get();
        rows.setAll(DiagnosticsRows.rows(result, other.get(), frozen));
    }

    /** Lists the reports behind a cell of {@code row}; {@code frozen} picks the frozen gold's accuracy cells. */
    public void showCell(Row row, Cell cell, boolean frozen) {
        if (result == null || row == null) {
            return;
        }
        String src = row.source();
        String finding = row.finding();
        String against = switch (cell) {
            case COVERED, POSITIVE -> null;
            case OVERLAP, CONFLICT -> other.get();
            default -> frozen ? goldSet.get() : DiagnosticsService.WORKING;
        };
        if (against != null && (against.isBlank() || (cell.needsGold() && !result.hasGold(against)))) {
            cellReports.clear();
            cellTitle.set("No " + (cell == Cell.OVERLAP || cell == Cell.CONFLICT ? "source" : "gold") + " to compare with.");
            return;
        }
        List<String> ids = result.reports(src, against, finding, cell);
        cellReports.setAll(ids);
        cellTitle.set(DiagnosticsText.cellTitle(src, finding, cell, against, ids.size()));
    }

    public void open(String reportId) {
        if (reportId != null) {
            openReport.accept(reportId);
        }
    }

    public ObservableList<Row> rows() {
        return rowsView;
    }

    public ObservableList<String> sources() {
        return sourcesView;
    }

    public ObservableList<String> goldSetChoices() {
        return goldSetsView;
    }

    public ObservableList<String> cellReports() {
        return cellReportsView;
    }

    public ObjectProperty<Split> splitProperty() {
        return split;
    }

    public ObjectProperty<UncertaintyPolicy> policyProperty() {
        return policy;
    }

    public StringProperty goldSetProperty() {
        return goldSet;
    }

    public StringProperty otherProperty() {
        return other;
    }

    public ReadOnlyStringProperty cellTitleProperty() {
        return cellTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public JobTracker job() {
        return job;
    }
}
