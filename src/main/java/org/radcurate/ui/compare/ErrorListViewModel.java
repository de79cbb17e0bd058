package org.radcurate.ui.compare;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.service.ErrorCases;
import org.radcurate.service.ErrorLog;
import org.radcurate.service.EvaluationView;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports behind the selected cell: its false positives and false negatives, and the one chosen to open
 * in the annotation screen. Listing a stored evaluation's errors reads the workspace, so it runs as a job.
 */
public final class ErrorListViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorListViewModel.class);
    static final String HINT = "Click a cell of the table to list the reports behind its errors.";

    private final Supplier<WorkspaceSession> session;
    private final Jobs jobs;
    private final Dialogs dialogs;
    private final Consumer<String> openReport;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(HINT);
    private final ObservableList<ErrorCases.ErrorCase> falsePositives = FXCollections.observableArrayList();
    private final ObservableList<ErrorCases.ErrorCase> falseNegatives = FXCollections.observableArrayList();
    private final ObservableList<ErrorCases.ErrorCase> fpView = FXCollections.unmodifiableObservableList(falsePositives);
    private final ObservableList<ErrorCases.ErrorCase> fnView = FXCollections.unmodifiableObservableList(falseNegatives);
    private final ReadOnlyBooleanWrapper allFindings = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ErrorCases.ErrorCase> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canOpen = new ReadOnlyBooleanWrapper(false);

    ErrorListViewModel(Supplier<WorkspaceSession> session, Jobs jobs, Dialogs dialogs, Consumer<String> openReport) {
        this.session = session;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.openReport = openReport;
        selected.addListener((obs, old, now) -> canOpen.set(now != null));
    }

    /** Lists the errors of {@code source} in {@code row} (a finding, or micro/macro for every finding). */
    public void show(EvaluationView view, EvaluationView.Row row, String source) {
        WorkspaceSession s = session.get();
        if (view == null || row == null || source == null || s == null) {
            return;
        }
        String finding = row.kind() == EvaluationView.RowKind.FINDING ? row.label() : null;
        title.set("Listing the errors of " + source + "…");
        jobs.submit((p, c) -> ErrorCases.of(s, view, source, finding), p -> { }, this::show, error -> {
            title.set(HINT);
            ErrorLog.caught(LOG, "Listing errors", error);
            dialogs.showError("List errors", error.getMessage());
        });
    }

    private void show(ErrorCases cases) {
        allFindings.set(cases.finding() == null);
        falsePositives.setAll(cases.falsePositives());
        falseNegatives.setAll(cases.falseNegatives());
        selected.set(null);
        title.set(CompareText.errorTitle(cases));
    }

    public void clear() {
        falsePositives.clear();
        falseNegatives.clear();
        selected.set(null);
        title.set(HINT);
    }

    /** The error the user picked in either list (null for none). */
    public void select(ErrorCases.ErrorCase c) {
        selected.set(c);
    }

    /** Opens the selected error's report in the annotation screen. */
    public void openSelected() {
        if (selected.get() != null) {
            open(selected.get().reportId());
        }
    }

    public void open(String reportId) {
        if (reportId != null) {
            openReport.accept(reportId);
        }
    }

    /** How the view words one error: with its finding when the list spans every finding. */
    public String describe(ErrorCases.ErrorCase c) {
        return CompareText.errorCase(c, allFindings.get());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<ErrorCases.ErrorCase> falsePositives() {
        return fpView;
    }

    public ObservableList<ErrorCases.ErrorCase> falseNegatives() {
        return fnView;
    }

    public ReadOnlyObjectProperty<ErrorCases.ErrorCase> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canOpenProperty() {
        return canOpen.getReadOnlyProperty();
    }
}
