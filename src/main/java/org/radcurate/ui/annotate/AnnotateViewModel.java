package org.radcurate.ui.annotate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.Finding;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.SourceKind;
import org.radcurate.service.AnnotationQueue;
import org.radcurate.service.AnnotationService;
import org.radcurate.service.QueueItem;
import org.radcurate.service.ReportWork;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.Jobs;

/**
 * The annotation workbench: the queue, the report on screen with its finding grid, and the commands
 * the keys and buttons call. Reads and writes go through {@link Jobs} (one thread, in order); the
 * screen shows an edit as saved only after the workspace committed it.
 */
public final class AnnotateViewModel {
    private final Jobs jobs;
    private final Dialogs dialogs;
    private final Preferences prefs;
    private final QueueFilters filters = new QueueFilters();
    private final EditHistory history = new EditHistory();
    private final Writer writer;
    private final Edits edits;
    private final CodesModel codes;
    private final AuditModel audit;

    private final ObservableList<QueueItem> queue = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<ReportWork> work = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FindingRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<List<EvidenceSpans.Span>> spans = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<EvidenceSpans.Span>> selectedSpans =
            new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper evidenceText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AnnotationStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper comment = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper helpVisible = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> teachers = FXCollections.observableArrayList();
    private final ObservableList<String> students = FXCollections.observableArrayList();

    private AnnotationService service;
    private String requested;
    private String pendingOpen;

    public AnnotateViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Settings settings, Jobs jobs,
            Dialogs dialogs) {
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.prefs = new Preferences(settings, dialogs);
        this.writer = new Writer(jobs, dialogs);
        this.edits = new Edits(this, writer, history, prefs, dialogs);
        this.codes = new CodesModel(this, jobs);
        this.audit = new AuditModel(this, jobs, dialogs);
        session.addListener((o, was, now) -> sessionChanged(now));
        InvalidationListener refilter = o -> reloadQueue(currentId());
        for (var d : filters.dependencies()) {
            d.addListener(refilter);
        }
        prefs.annotatorProperty().addListener(o -> reloadQueue(currentId()));
        writer.stateProperty().addListener((o, was, now) -> {
            if (now == Writer.SaveState.SAVED) {
                audit.refresh();
            }
        });
        done.addListener(o -> updateProgress());
        total.addListener(o -> updateProgress());
        sessionChanged(session.get());
    }

    private void sessionChanged(WorkspaceSession s) {
        history.clear();
        queue.clear();
        show(null);
        position.set(-1);
        service = null;
        editable.set(false);
        if (s == null) {
            message.set("No workspace open.");
            return;
        }
        jobs.submit((p, c) -> new AnnotationService(s), p -> { }, svc -> {
            service = svc;
            editable.set(!s.readOnly());
            filters.findings().setAll(svc.schema().findings().stream().map(Finding::name).toList());
            message.set(s.readOnly() ? "Read-only: this workspace is open for writing elsewhere." : "");
            reloadQueue(null);
            codes.preload();
        }, this::failed);
    }

    /** Re-reads the queue, the sources and the shown report (another screen may have added a source). */
    public void refresh() {
        ReportWork w = workProperty().get();
        reloadQueue(w == null ? null : w.report().id());
    }

    /** Shows that report (from another screen); it need not be in the current queue. */
    public void open(String reportId) {
        if (service == null || reportId == null) {
            pendingOpen = reportId;
            return;
        }
        int i = indexOf(reportId);
        position.set(i);
        load(reportId);
    }

    void reloadQueue(String keep) {
        AnnotationService svc = service;
        if (svc == null) {
            return;
        }
        String annotator = annotatorOrEmpty();
        var filter = filters.filter();
        jobs.submit((p, c) -> new Object[] {svc.queue(filter, annotator), svc.sourceNames(SourceKind.TEACHER),
                svc.sourceNames(SourceKind.STUDENT)}, p -> { }, r -> {
                    AnnotationQueue q = (AnnotationQueue) r[0];
                    queue.setAll(q.items());
                    done.set(q.done());
                    total.set(q.total());
                    teachers.setAll(cast(r[1]));
                    students.setAll(cast(r[2]));
                    String target = keep != null && indexOf(keep) >= 0 ? keep : pendingOpen != null ? pendingOpen
                            : queue.isEmpty() ? null : queue.get(0).reportId();
                    pendingOpen = null;
                    position.set(target == null ? -1 : indexOf(target));
                    if (target == null) {
                        show(null);
                        message.set("No reports match the queue filter.");
                    } else {
                        load(target);
                    }
                }, this::failed);
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object o) {
        return (List<String>) o;
    }

    void load(String reportId) {
        AnnotationService svc = service;
        if (svc == null) {
            return;
        }
        requested = reportId;
        String annotator = annotatorOrEmpty();
        jobs.submit((p, c) -> svc.load(reportId, annotator), p -> { }, w -> {
            if (reportId.equals(requested)) {
                show(w);
            }
        }, this::failed);
    }

    /** Re-reads the report on screen (after undo, redo or a failed write). */
    void reload() {
        if (currentId() != null) {
            load(currentId());
        }
    }

    private void show(ReportWork w) {
        String keepFinding = selectedFinding();
        spans.set(EvidenceSpans.of(w));
        rows.setAll(w == null ? List.of() : w.rows().stream().map(FindingRow::new).toList());
        work.set(w);
        status.set(w == null ? null : w.status());
        comment.set(w == null ? "" : w.comment());
        int keep = keepFinding == null ? -1 : indexOfFinding(keepFinding);
        select(rows.isEmpty() ? -1 : Math.max(0, keep));
        if (w != null) {
            syncStatus(w.report().id(), w.status());
        }
        updatePosition();
        codes.show(w);
        audit.show(w);
    }

    /** Keeps the queue's status column and the done count in step with a report's stored status. */
    void syncStatus(String reportId, AnnotationStatus now) {
        int i = indexOf(reportId);
        if (i >= 0 && queue.get(i).status() != now) {
            AnnotationStatus was = queue.get(i).status();
            queue.set(i, queue.get(i).withStatus(now));
            done.set(done.get() + (now == AnnotationStatus.DONE ? 1 : 0) - (was == AnnotationStatus.DONE ? 1 : 0));
        }
        if (reportId.equals(currentId())) {
            status.set(now);
        }
    }

    void setComment(String text) {
        comment.set(text);
    }

    // navigation

    public void next() {
        go(position.get() + 1);
    }

    public void previous() {
        go(position.get() - 1);
    }

    public void go(int index) {
        if (index >= 0 && index < queue.size()) {
            position.set(index);
            load(queue.get(index).reportId());
        } else if (!queue.isEmpty()) {
            message.set(index < 0 ? "This is the first report of the queue." : "End of the queue.");
        }
    }

    public void moveFinding(int delta) {
        if (!rows.isEmpty()) {
            select(Math.floorMod(Math.max(selected.get(), 0) + delta, rows.size()));
        }
    }

    public void select(int index) {
        selected.set(index);
        String f = selectedFinding();
        selectedSpans.set(EvidenceSpans.selected(work.get(), f));
        evidenceText.set(EvidenceSpans.describe(work.get(), f));
    }

    /** The next finding needing a look in this report, else the next such report in the queue. */
    public void nextDisagreement() {
        for (int i = selected.get() + 1; i < rows.size(); i++) {
            if (rows.get(i).needsLook()) {
                select(i);
                return;
            }
        }
        AnnotationService svc = service;
        if (svc == null) {
            return;
        }
        int from = position.get() + 1;
        List<String> ahead = queue.subList(Math.min(from, queue.size()), Math.min(queue.size(), from + 500))
                .stream().map(QueueItem::reportId).toList();
        String annotator = annotatorOrEmpty();
        jobs.submit((p, c) -> {
            for (String id : ahead) {
                ReportWork w = svc.load(id, annotator);
                if (w.rows().stream().anyMatch(ReportWork.Row::needsLook)) {
                    return Optional.of(w);
                }
            }
            return Optional.<ReportWork>empty();
        }, p -> { }, found -> {
            if (found.isEmpty()) {
                message.set("No disagreement in the next " + ahead.size() + " reports of the queue.");
                return;
            }
            ReportWork w = found.get();
            position.set(indexOf(w.report().id()));
            requested = w.report().id();
            show(w);
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).needsLook()) {
                    select(i);
                    break;
                }
            }
        }, this::failed);
    }

    public void toggleHelp() {
        helpVisible.set(!helpVisible.get());
    }

    public void hideHelp() {
        helpVisible.set(false);
    }

    public void switchAnnotator() {
        prefs.askAnnotator();
    }

    // helpers shared with Edits, CodesModel and AuditModel

    AnnotationService service() {
        return service;
    }

    String currentId() {
        return work.get() == null ? null : work.get().report().id();
    }

    String selectedFinding() {
        int i = selected.get();
        return i >= 0 && i < rows.size() ? rows.get(i).name() : null;
    }

    FindingRow row(String finding) {
        int i = indexOfFinding(finding);
        return i < 0 ? null : rows.get(i);
    }

    void say(String text) {
        message.set(text);
    }

    void failed(Throwable e) {
        message.set("Failed: " + e.getMessage());
        dialogs.showError("Annotate", String.valueOf(e.getMessage()));
    }

    int indexOf(String reportId) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).reportId().equals(reportId)) {
                return i;
            }
        }
        return -1;
    }

    private int indexOfFinding(String finding) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(finding)) {
                return i;
            }
        }
        return -1;
    }

    private String annotatorOrEmpty() {
        return prefs.annotatorProperty().get();
    }

    private void updatePosition() {
        int p = position.get();
        positionText.set(work.get() == null ? "" : p < 0 ? work.get().report().id() + " (not in this queue)"
                : (p + 1) + " of " + queue.size() + " in queue");
    }

    private void updateProgress() {
        progressText.set(done.get() + " of " + total.get() + " done");
    }

    // properties

    public Edits edits() {
        return edits;
    }

    public CodesModel codes() {
        return codes;
    }

    public AuditModel audit() {
        return audit;
    }

    public Preferences preferences() {
        return prefs;
    }

    public QueueFilters filters() {
        return filters;
    }

    public EditHistory history() {
        return history;
    }

    public Writer writer() {
        return writer;
    }

    public ObservableList<QueueItem> queue() {
        return queue;
    }

    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReportWork> workProperty() {
        return work.getReadOnlyProperty();
    }

    public ObservableList<FindingRow> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<EvidenceSpans.Span>> spansProperty() {
        return spans.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<EvidenceSpans.Span>> selectedSpansProperty() {
        return selectedSpans.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty evidenceTextProperty() {
        return evidenceText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AnnotationStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty commentProperty() {
        return comment.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty positionTextProperty() {
        return positionText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty helpVisibleProperty() {
        return helpVisible.getReadOnlyProperty();
    }

    public ObservableList<String> teachers() {
        return teachers;
    }

    public ObservableList<String> students() {
        return students;
    }

    /** Map of finding to gold state as shown (for tests and the status line). */
    public Map<String, MentionState> shownGold() {
        Map<String, MentionState> out = new java.util.LinkedHashMap<>();
        rows.forEach(r -> out.put(r.name(), r.gold()));
        return out;
    }
}
