package org.radcurate.ui.diagnostics;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.TimeLedger;
import org.radcurate.service.ErrorLog;
import org.radcurate.service.FeedbackService;
import org.radcurate.service.JobLane;
import org.radcurate.service.LedgerService;
import org.radcurate.service.OutputFiles;
import org.radcurate.service.UserMessages;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.service.report.LedgerFormats;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.FileKind;
import org.radcurate.ui.common.JobTracker;
import org.radcurate.ui.common.Jobs;
import org.radcurate.ui.common.ViewModelPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The time ledger (with its CSV export) and each annotator's feedback, with reports to open. */
@ViewModelPart
public final class LedgerViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerViewModel.class);

    private final javafx.beans.property.ReadOnlyObjectProperty<WorkspaceSession> session;
    private final Dialogs dialogs;
    private final JobTracker job;
    private final Consumer<String> openReport;
    private final StringProperty idle = new SimpleStringProperty("120");
    private final StringProperty annotator = new SimpleStringProperty("");
    private final ObservableList<TimeLedger.AnnotatorTime> annotators = FXCollections.observableArrayList();
    private final ObservableList<LedgerService.TeacherCorrections> teachers = FXCollections.observableArrayList();
    private final ObservableList<String> annotatorNames = FXCollections.observableArrayList();
    private final ObservableList<FeedbackService.Difference> differences = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper feedbackSummary = new ReadOnlyStringWrapper("");
    private LedgerService.Ledger ledger;

    public LedgerViewModel(javafx.beans.property.ReadOnlyObjectProperty<WorkspaceSession> session, Jobs jobs,
            Dialogs dialogs, Consumer<String> openReport) {
        this.session = session;
        this.dialogs = dialogs;
        this.job = new JobTracker(jobs);
        this.openReport = openReport;
        annotator.addListener((o, was, now) -> feedback());
    }

    private Duration idle() {
        long s = Long.parseLong(idle.get().strip());
        if (s <= 0) {
            throw new NumberFormatException();
        }
        return Duration.ofSeconds(s);
    }

    public void refresh() {
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        Duration gap;
        try {
            gap = idle();
        } catch (NumberFormatException e) {
            dialogs.showError("Ledger", "Idle must be a whole number of seconds above 0, not '" + idle.get() + "'.");
            return;
        }
        job.run(JobLane.EVALUATE, "Reading the ledger…", (p, c) -> {
            WorkspaceSession lane = s.lane(JobLane.EVALUATE);
            return java.util.Map.entry(LedgerService.ledger(lane, gap), FeedbackService.annotators(lane));
        }, done -> {
            ledger = done.getKey();
            annotators.setAll(ledger.annotators());
            teachers.setAll(ledger.teachers());
            annotatorNames.setAll(done.getValue());
            double active = ledger.annotators().stream().mapToDouble(TimeLedger.AnnotatorTime::activeSeconds).sum();
            summary.set(String.format(java.util.Locale.ROOT, "%d annotators, %.0f s active in all; gaps over %d s"
                    + " between recorded events are idle and left out.", ledger.annotators().size(), active,
                    gap.toSeconds()));
            if (!done.getValue().contains(annotator.get()) && !done.getValue().isEmpty()) {
                annotator.set(done.getValue().get(0));
            } else {
                feedback();
            }
        }, this::failed);
    }

    private void feedback() {
        WorkspaceSession s = session.get();
        String who = annotator.get();
        if (s == null || who == null || who.isBlank()) {
            differences.clear();
            return;
        }
        job.run("Comparing " + who + "'s labels with the gold…", (p, c) -> FeedbackService.feedback(s, who), f -> {
            differences.setAll(f.byFinding().values().stream().flatMap(List::stream).toList());
            feedbackSummary.set(f.total() + " of " + who + "'s labels differ from the adjudicated gold, over "
                    + f.reports() + " reports" + (f.byFinding().isEmpty() ? "" : ": " + f.byFinding().entrySet()
                    .stream().map(e -> e.getKey() + " " + e.getValue().size()).reduce((x, y) -> x + ", " + y)
                    .orElse("")));
        }, this::failed);
    }

    public void exportCsv() {
        if (ledger == null) {
            return;
        }
        LedgerService.Ledger l = ledger;
        dialogs.chooseFileToSave("Export the time ledger", "ledger.csv",
                List.of(new FileKind("CSV", List.of("*.csv")))).ifPresent(out -> job.run(JobLane.EXPORT,
                        "Writing " + out.getFileName() + "…", (p, c) -> {
                            OutputFiles.writeString(out, LedgerFormats.write(l, "csv"));
                            return out;
                        }, (Path done) -> job.setStatus("Exported the ledger to " + done), this::failed));
    }

    private void failed(Throwable error) {
        ErrorLog.caught(LOG, "Reading the ledger", error);
        dialogs.showError("Ledger", UserMessages.describe(error));
    }

    public void open(String reportId) {
        if (reportId != null) {
            openReport.accept(reportId);
        }
    }

    public StringProperty idleProperty() {
        return idle;
    }

    public StringProperty annotatorProperty() {
        return annotator;
    }

    public ObservableList<TimeLedger.AnnotatorTime> annotators() {
        return annotators;
    }

    public ObservableList<LedgerService.TeacherCorrections> teachers() {
        return teachers;
    }

    public ObservableList<String> annotatorNames() {
        return annotatorNames;
    }

    public ObservableList<FeedbackService.Difference> differences() {
        return differences;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedbackSummaryProperty() {
        return feedbackSummary.getReadOnlyProperty();
    }

    public JobTracker job() {
        return job;
    }
}
