package org.radcurate.ui.diagnostics;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.Split;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.service.DiagnosticsRows;
import org.radcurate.service.DiagnosticsService;
import org.radcurate.service.ErrorLog;
import org.radcurate.service.JobLane;
import org.radcurate.service.UserMessages;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.JobTracker;
import org.radcurate.ui.common.Jobs;
import org.radcurate.ui.common.ViewModelPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "How many more gold reports?" for two sources chosen on a gold and split, with a target half width. */
@ViewModelPart
public final class GoldSizeViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(GoldSizeViewModel.class);

    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final Dialogs dialogs;
    private final JobTracker job;
    private final StringProperty a = new SimpleStringProperty("");
    private final StringProperty b = new SimpleStringProperty("");
    private final StringProperty gold = new SimpleStringProperty(DiagnosticsService.WORKING);
    private final StringProperty target = new SimpleStringProperty("0.02");
    private final ObjectProperty<Split> split = new SimpleObjectProperty<>();
    // how UNCERTAIN counts, as `gold-size --policy` (default u-zeros)
    private final ObjectProperty<UncertaintyPolicy> policy = new SimpleObjectProperty<>(UncertaintyPolicy.U_ZEROS);
    private final ReadOnlyObjectWrapper<DiagnosticsRows.Estimate> estimate = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DiagnosticsRows.Line> lines = FXCollections.observableArrayList();
    private final ObservableList<DiagnosticsRows.Line> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(
            "Choose two sources and Estimate: how many more gold reports separate them, or narrow the interval.");

    public GoldSizeViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Jobs jobs, Dialogs dialogs) {
        this.session = session;
        this.dialogs = dialogs;
        this.job = new JobTracker(jobs);
        session.addListener((o, was, now) -> {
            estimate.set(null);
            lines.clear();
        });
    }

    private final ReadOnlyObjectWrapper<ObservableList<String>> sources =
            new ReadOnlyObjectWrapper<>(FXCollections.observableArrayList());

    /** Offers sources when the diagnostics have listed them: the first as a, the second as b. */
    public void offer(List<String> sources) {
        this.sources.set(FXCollections.observableArrayList(sources));
        if (!sources.contains(a.get()) && !sources.isEmpty()) {
            a.set(sources.get(0));
        }
        if (!sources.contains(b.get()) && sources.size() > 1) {
            b.set(sources.get(sources.size() > 1 ? 1 : 0));
        }
    }

    public void run() {
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        double t;
        try {
            t = Double.parseDouble(target.get().strip().replace("±", ""));
        } catch (NumberFormatException e) {
            dialogs.showError("Estimate", "The target half width must be a number such as 0.02, not '" + target.get() + "'.");
            return;
        }
        DiagnosticsService.EstimateRequest request;
        try {
            request = new DiagnosticsService.EstimateRequest(gold.get(), split.get(), a.get(), b.get(),
                    policy.get() == null ? UncertaintyPolicy.U_ZEROS : policy.get(), 1000, 42, t);
        } catch (IllegalArgumentException e) {
            dialogs.showError("Estimate", e.getMessage());
            return;
        }
        job.run(JobLane.EVALUATE, "Estimating from the bootstrap on the gold so far…",
                (p, c) -> DiagnosticsService.estimateRows(s.lane(JobLane.EVALUATE), request), e -> {
                    estimate.set(e);
                    lines.setAll(e.lines());
                    summary.set(e.summary());
                    job.setStatus("Estimated from " + e.goldReports() + " gold reports");
                }, error -> {
                    ErrorLog.caught(LOG, "Estimating gold size", error);
                    dialogs.showError("Estimate", UserMessages.describe(error));
                });
    }

    public ReadOnlyObjectProperty<ObservableList<String>> sourcesProperty() {
        return sources.getReadOnlyProperty();
    }

    public StringProperty aProperty() {
        return a;
    }

    public StringProperty bProperty() {
        return b;
    }

    public StringProperty goldProperty() {
        return gold;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public ObjectProperty<Split> splitProperty() {
        return split;
    }

    /** How UNCERTAIN counts in the F1s: u-zeros (the default, as the CLI's), u-ones or u-ignore. */
    public ObjectProperty<UncertaintyPolicy> policyProperty() {
        return policy;
    }

    public ReadOnlyObjectProperty<DiagnosticsRows.Estimate> estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    public ObservableList<DiagnosticsRows.Line> lines() {
        return linesView;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public JobTracker job() {
        return job;
    }
}
