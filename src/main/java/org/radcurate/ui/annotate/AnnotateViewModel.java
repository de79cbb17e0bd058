package org.radcurate.ui.annotate;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.Finding;
import org.radcurate.domain.WorkspaceChange;
import org.radcurate.service.AnnotationService;
import org.radcurate.service.ReportWork;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.Job;
import org.radcurate.ui.common.Jobs;
import org.radcurate.ui.common.Preferences;
import org.radcurate.ui.common.WorkspaceChanges;
import org.radcurate.ui.common.Writer;

/**
 * The annotation workbench: the queue, the report on screen with its finding grid (bound through
 * {@link AnnotateState}), and the commands the keys and buttons call. Reads and writes go through
 * {@link Jobs} (one thread, in order); the screen shows an edit as saved only after the workspace
 * committed it.
 */
public final class AnnotateViewModel extends AnnotateState {
    private final Jobs jobs;
    private final Preferences prefs;
    private final QueueNavigator nav;
    private final Writer writer;
    private final Edits edits;
    private final CodesModel codes;
    private final AuditModel audit;

    private AnnotationService service;

    public AnnotateViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Settings settings, Jobs jobs,
            Dialogs dialogs) {
        this(session, new Preferences(settings, dialogs), jobs, dialogs);
    }

    /** With the app's one preferences object, which Adjudicate shares (the annotator name above all). */
    public AnnotateViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Preferences prefs, Jobs jobs,
            Dialogs dialogs) {
        super(dialogs);
        this.jobs = jobs;
        this.prefs = prefs;
        this.nav = new QueueNavigator(this, jobs, shown, filters, prefs);
        this.writer = new Writer(jobs, dialogs);
        this.edits = new Edits(this, writer, history, prefs, dialogs);
        this.codes = new CodesModel(this, jobs);
        this.audit = new AuditModel(this, jobs, dialogs);
        followTeachers();
        session.addListener((o, was, now) -> sessionChanged(now));
        // the workspace's schema chosen from the Label menu: the grid shows that schema's findings
        WorkspaceChanges.follow(session, jobs, changes -> {
            if (changes.contains(WorkspaceChange.SCHEMA)) {
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
        status.forget();
        nav.clear();
        editable.set(false);
        if (s == null) {
            status.say("No workspace open.", null);
            return;
        }
        jobs.submit((p, c) -> s.annotation(), p -> { }, svc -> {
            service = svc;
            editable.set(!s.readOnly());
            filters.findings().setAll(svc.schema().findings().stream().map(Finding::name).toList());
            status.say(s.readOnly() ? "Read-only: opened for reading, so edits are off (File > Open Workspace opens "
                    + "it for writing once no other window or process has it)." : "", null);
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
        status.shown(w == null ? null : w.report().id());
        shown.show(w);
        if (w != null) {
            syncStatus(w.report().id(), w.status());
            syncFlag(w.report().id(), w.flagged());
        }
        nav.updatePosition();
        codes.show(w);
        audit.show(w);
        llmAnswers.set(LlmAnswersText.of(w));
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

    /** A short read on the interactive lane, its result handled on the UI thread. */
    <T> void read(Job<T> work, Consumer<T> then) {
        jobs.submit(work, p -> { }, then, this::failed);
    }

    /** A status line about the report on screen: it goes when another report is shown. */
    void say(String text) {
        say(text, currentId());
    }

    /** A status line about one report (null: about the workspace, kept until the next line). */
    void say(String text, String reportId) {
        status.say(text, reportId);
    }

    void failed(Throwable e) {
        status.failed(e);
    }

    // parts

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

    public Writer writer() {
        return writer;
    }

    @Override
    QueueNavigator nav() {
        return nav;
    }
}
