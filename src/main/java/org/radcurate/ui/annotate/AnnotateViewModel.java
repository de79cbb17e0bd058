package org.radcurate.ui.annotate;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.Finding;
import org.radcurate.domain.MentionState;
import org.radcurate.service.AnnotationService;
import org.radcurate.service.ErrorLog;
import org.radcurate.service.QueueItem;
import org.radcurate.service.ReportWork;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.EditHistory;
import org.radcurate.ui.common.Jobs;
import org.radcurate.ui.common.Preferences;
import org.radcurate.ui.common.Writer;
import org.radcurate.ui.common.EvidenceSpans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The annotation workbench: the queue, the report on screen with its finding grid, and the commands the
 * keys and buttons call. Reads and writes go through {@link Jobs} (one thread, in order); the screen
 * shows an edit as saved only after the workspace committed it.
 */
public final class AnnotateViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotateViewModel.class);
    private final javafx.beans.property.ReadOnlyStringWrapper llmAnswers = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final Jobs jobs;
    private final Dialogs dialogs;
    private final Preferences prefs;
    private final QueueFilters filters = new QueueFilters();
    private final EditHistory history = new EditHistory();
    private final ShownReport shown = new ShownReport();
    private final QueueNavigator nav;
    private final Writer writer;
    private final Edits edits;
    private final CodesModel codes;
    private final AuditModel audit;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper helpVisible = new ReadOnlyBooleanWrapper(false);
    // which teacher T accepts, when the workspace has several (a rule teacher and an LLM, say)
    private final javafx.beans.property.StringProperty acceptedTeacher =
            new javafx.beans.property.SimpleStringProperty();

    private AnnotationService service;
    /** The report the status line speaks of (null: the workspace); another report on screen clears it. */
    private String messageReport;

    public AnnotateViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Settings settings, Jobs jobs,
            Dialogs dialogs) {
        this(session, new Preferences(settings, dialogs), jobs, dialogs);
    }

    /** With the app's one preferences object, which Adjudicate shares (the annotator name above all). */
    public AnnotateViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Preferences prefs, Jobs jobs,
            Dialogs dialogs) {
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.nav = new QueueNavigator(this, jobs, shown, filters, prefs);
        this.writer = new Writer(jobs, dialogs);
        this.edits = new Edits(this, writer, history, prefs, dialogs);
        this.codes = new CodesModel(this, jobs);
        this.audit = new AuditModel(this, jobs, dialogs);
        teachers().addListener((javafx.beans.InvalidationListener) o -> {
            if (!teachers().contains(acceptedTeacher.get())) {
                acceptedTeacher.set(teachers().isEmpty() ? null : teachers().get(0));
            }
        });
        session.addListener((o, was, now) -> sessionChanged(now));
        // the workspace's schema chosen from the Label menu: the grid shows that schema's findings
        org.radcurate.ui.common.WorkspaceChanges.follow(session, jobs, changes -> {
            if (changes.contains(org.radcurate.domain.WorkspaceChange.SCHEMA)) {
                sessionChanged(session.get());
            }
        });
        writer.stateProperty().addListener((o, was, now) -> {
            if (now == Writer.SaveState.SAVED) {
                audit.refresh();
            }
        });
        sessionChanged(session.get());
    }

    private void sessionChanged(WorkspaceSession s) {
        service = null; // before anything below reacts: nothing may read through the old session
        history.clear();
        writer.reset();
        messageReport = null;
        nav.clear();
        editable.set(false);
        if (s == null) {
            message.set("No workspace open.");
            return;
        }
        jobs.submit((p, c) -> s.annotation(), p -> { }, svc -> {
            service = svc;
            editable.set(!s.readOnly());
            filters.findings().setAll(svc.schema().findings().stream().map(Finding::name).toList());
            message.set(s.readOnly() ? "Read-only: opened for reading, so edits are off (File > Open Workspace opens "
                    + "it for writing once no other window or process has it)." : "");
            nav.reloadQueue(null);
            codes.preload();
        }, this::failed);
    }

    /** Re-reads the queue, the sources and the shown report (another screen may have added a source). */
    public void refresh() {
        nav.reloadQueue(currentId());
    }

    /** Shows that report (from another screen); it need not be in the current queue. */
    public void open(String reportId) {
        nav.open(reportId);
    }

    /** Re-reads the report on screen (after undo, redo or a failed write). */
    void reload() {
        if (currentId() != null) {
            nav.load(currentId());
        }
    }

    void show(ReportWork w) {
        String id = w == null ? null : w.report().id();
        if (messageReport != null && !messageReport.equals(id)) {
            message.set("");
            messageReport = null;
        }
        shown.show(w);
        if (w != null) {
            syncStatus(w.report().id(), w.status());
            syncFlag(w.report().id(), w.flagged());
        }
        nav.updatePosition();
        codes.show(w);
        audit.show(w);
        llmAnswers.set(llmAnswersText(w));
    }

    /** Each LLM teacher's raw answer for the report, with why it could not be read and its flags. */
    static String llmAnswersText(ReportWork w) {
        if (w == null || w.llmAnswers().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        w.llmAnswers().forEach((source, a) -> {
            b.append(b.length() > 0 ? "\n\n" : "").append(source).append(":\n").append(a.answer());
            if (a.failed()) {
                b.append("\n[could not be read: ").append(a.failure()).append(']');
            }
            if (!a.flags().isEmpty()) {
                b.append("\n[").append(a.flags().replace("\n", "; ")).append(']');
            }
        });
        return b.toString();
    }

    /** The LLM teachers' raw answers for the report on screen (empty when there are none). */
    public javafx.beans.property.ReadOnlyStringProperty llmAnswersProperty() {
        return llmAnswers.getReadOnlyProperty();
    }

    /** Keeps the queue's status column, the done count and the status shown in step with a stored status. */
    void syncStatus(String reportId, AnnotationStatus now) {
        nav.syncStatus(reportId, now);
    }

    void syncFlag(String reportId, boolean now) {
        nav.syncFlag(reportId, now);
    }

    void setComment(String text) {
        shown.setComment(text);
    }

    // navigation

    public void next() {
        nav.next();
    }

    public void previous() {
        nav.previous();
    }

    public void go(int index) {
        nav.go(index);
    }

    public void moveFinding(int delta) {
        shown.moveFinding(delta);
    }

    public void select(int index) {
        shown.select(index);
    }

    /** The next finding needing a look in this report, else the next such report in the queue. */
    public void nextDisagreement() {
        nav.nextDisagreement();
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

    // helpers shared with Edits, CodesModel, AuditModel and QueueNavigator

    AnnotationService service() {
        return service;
    }

    String currentId() {
        return shown.currentId();
    }

    String selectedFinding() {
        return shown.selectedFinding();
    }

    FindingRow row(String finding) {
        return shown.row(finding);
    }

    /** A short read on the interactive lane, its result handled on the UI thread. */
    <T> void read(org.radcurate.ui.common.Job<T> work, java.util.function.Consumer<T> then) {
        jobs.submit(work, p -> { }, then, this::failed);
    }

    /** A status line about the report on screen: it goes when another report is shown. */
    void say(String text) {
        say(text, currentId());
    }

    /** A status line about one report (null: about the workspace, kept until the next line). */
    void say(String text, String reportId) {
        message.set(text);
        messageReport = reportId;
    }

    void failed(Throwable e) {
        message.set("Failed: " + org.radcurate.service.UserMessages.describe(e));
        ErrorLog.caught(LOG, "Annotate", e);
        dialogs.showError("Annotate", org.radcurate.service.UserMessages.describe(e));
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
        return nav.queue();
    }

    public ReadOnlyIntegerProperty positionProperty() {
        return nav.positionProperty();
    }

    public ReadOnlyObjectProperty<ReportWork> workProperty() {
        return shown.workProperty();
    }

    public ObservableList<FindingRow> rows() {
        return shown.rows();
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return shown.selectedProperty();
    }

    public ReadOnlyObjectProperty<List<EvidenceSpans.Span>> spansProperty() {
        return shown.spansProperty();
    }

    public ReadOnlyObjectProperty<List<EvidenceSpans.Span>> selectedSpansProperty() {
        return shown.selectedSpansProperty();
    }

    public ReadOnlyStringProperty evidenceTextProperty() {
        return shown.evidenceTextProperty();
    }

    public ReadOnlyObjectProperty<AnnotationStatus> statusProperty() {
        return shown.statusProperty();
    }

    /** Whether the report on screen is flagged (apart from its status). */
    public ReadOnlyBooleanProperty flaggedProperty() {
        return shown.flaggedProperty();
    }

    public ReadOnlyStringProperty commentProperty() {
        return shown.commentProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty doneProperty() {
        return nav.doneProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return nav.totalProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return nav.progressTextProperty();
    }

    public ReadOnlyStringProperty positionTextProperty() {
        return nav.positionTextProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty helpVisibleProperty() {
        return helpVisible.getReadOnlyProperty();
    }

    public ObservableList<String> teachers() {
        return nav.teachers();
    }

    /** The teacher whose labels T (Accept teacher) copies into gold; the first teacher unless the user chose another. */
    public javafx.beans.property.StringProperty acceptedTeacherProperty() {
        return acceptedTeacher;
    }

    public ObservableList<String> students() {
        return nav.students();
    }

    /** Map of finding to gold state as shown (for tests and the status line). */
    public Map<String, MentionState> shownGold() {
        return shown.gold();
    }
}
