package org.radcurate.ui.adjudicate;

import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.SourceKind;
import org.radcurate.service.AnnotationAgreement;
import org.radcurate.service.AnnotationService;
import org.radcurate.service.ErrorLog;
import org.radcurate.service.ReportWork;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.EditHistory;
import org.radcurate.ui.common.EvidenceSpans;
import org.radcurate.ui.common.Preferences;
import org.radcurate.ui.common.Writer;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adjudication: the reports several annotators labelled, their labels side by side, gold set by the
 * adjudicator (undoable), and Cohen's (two) or Fleiss' (more) kappa per finding and overall.
 */
public final class AdjudicateViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AdjudicateViewModel.class);
    private final Jobs jobs;
    private final Dialogs dialogs;
    private final GoldEdits gold;
    private final Preferences prefs;
    private final ObservableList<String> annotators = FXCollections.observableArrayList();
    private final ObservableList<String> included = FXCollections.observableArrayList();
    private final ObservableList<AnnotationAgreement.Item> items = FXCollections.observableArrayList();
    private final ObservableList<AnnotationAgreement.Row> kappas = FXCollections.observableArrayList();
    private final ObservableList<AnnotationAgreement.TeacherRow> teacherKappas = FXCollections.observableArrayList();
    private final ShownAdjudication shown = new ShownAdjudication();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overall = new ReadOnlyStringWrapper("");
    private final BooleanProperty disagreementsOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty helpVisible = new SimpleBooleanProperty(false);
    private List<AnnotationAgreement.Item> allItems = List.of();
    private AnnotationService service;

    public AdjudicateViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Settings settings, Jobs jobs,
            Dialogs dialogs) {
        this(session, new Preferences(settings, dialogs), jobs, dialogs);
    }

    /** With the app's one preferences object: gold is written as the annotator chosen in Annotate. */
    public AdjudicateViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Preferences prefs, Jobs jobs,
            Dialogs dialogs) {
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.gold = new GoldEdits(this, prefs, new Writer(jobs, dialogs));
        session.addListener((o, was, now) -> sessionChanged(now));
        disagreementsOnly.addListener(o -> applyItemFilter(currentId()));
        sessionChanged(session.get());
    }

    private void sessionChanged(WorkspaceSession s) {
        service = null;
        message.set("");
        gold.writer().reset();
        gold.history().clear();
        annotators.clear();
        included.clear();
        items.clear();
        kappas.clear();
        show(null, Map.of());
        gold.opened(s);
        if (s != null) {
            jobs.submit((p, c) -> s.annotation(), p -> { }, svc -> {
                service = svc;
                gold.loaded(s);
                refresh();
            }, this::failed);
        }
    }

    /** Re-reads the annotators, the reports they share and the agreement. */
    public void refresh() {
        AnnotationService svc = service;
        if (svc == null) {
            return;
        }
        jobs.submit((p, c) -> svc.sourceNames(SourceKind.ANNOTATOR), p -> { }, names -> {
            List<String> keep = included.isEmpty() ? names : included.stream().filter(names::contains).toList();
            annotators.setAll(names);
            included.setAll(keep.size() < 2 ? names : keep);
            recompute();
        }, this::failed);
    }

    /** Includes or leaves out one annotator, then recomputes. */
    public void include(String annotator, boolean on) {
        if (on && !included.contains(annotator)) {
            included.add(annotator);
        } else if (!on) {
            included.remove(annotator);
        }
        recompute();
    }

    private void recompute() {
        AnnotationService svc = service;
        List<String> chosen = List.copyOf(included);
        String keep = currentId();
        jobs.submit((p, c) -> svc.agreement(chosen), p -> { }, a -> {
            kappas.setAll(a.findings());
            overall.set(a.overall().measure() + " overall: " + format(a.overall().kappa()) + " over "
                    + a.overall().items() + " report × finding items, " + a.reports().size() + " reports");
            allItems = a.reports();
            applyItemFilter(keep);
            // said only while it is true: a stale line beside kappa on screen contradicts it
            message.set(chosen.size() < 2 ? "Adjudication needs at least two annotators' labels."
                    : a.reports().isEmpty() ? "No report has labels from two of the chosen annotators yet." : "");
        }, this::failed);
        jobs.submit((p, c) -> svc.teacherAgreement(chosen), p -> { }, teacherKappas::setAll, this::failed);
    }

    private void applyItemFilter(String keep) {
        items.setAll(disagreementsOnly.get() ? allItems.stream().filter(i -> i.disagreements() > 0).toList()
                : allItems);
        int i = indexOf(keep);
        go(i >= 0 ? i : 0);
    }

    public static String format(double kappa) {
        return Double.isNaN(kappa) ? "—" : String.format(java.util.Locale.ROOT, "%.3f", kappa);
    }

    public void go(int index) {
        if (index < 0 || index >= items.size()) {
            if (items.isEmpty()) {
                position.set(-1);
                show(null, Map.of());
            }
            return;
        }
        position.set(index);
        AnnotationService svc = service;
        String id = items.get(index).reportId();
        jobs.submit((p, c) -> new Object[] {svc.load(id, ""), svc.annotatorStates(id)}, p -> { }, r -> {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, MentionState>> states = (Map<String, Map<String, MentionState>>) r[1];
            show((ReportWork) r[0], states);
        }, this::failed);
    }

    public void next() {
        message.set(""); // a line about the last report does not belong to the next
        go(position.get() + 1);
    }

    public void previous() {
        message.set("");
        go(position.get() - 1);
    }

    private void show(ReportWork w, Map<String, Map<String, MentionState>> states) {
        shown.show(w, states, included);
    }

    public void select(int index) {
        shown.select(index);
    }

    public void moveFinding(int delta) {
        shown.moveFinding(delta);
    }

    /** The next finding where annotators disagree, in this report and then the following ones. */
    public void nextDisagreement() {
        if (shown.selectNextDisagreement()) {
            return;
        }
        for (int i = position.get() + 1; i < items.size(); i++) {
            if (items.get(i).disagreements() > 0) {
                shown.select(-1);
                go(i);
                return;
            }
        }
        message.set("No further disagreement.");
    }

    public void setGold(MentionState state) {
        gold.setGold(state);
    }

    /** Takes the k-th included annotator's state (0-based) as gold for the selected finding. */
    public void take(int annotator) {
        gold.take(annotator);
    }

    public void setGold(AdjudicationRow row, MentionState state) {
        gold.setGold(row, state);
    }

    public void undo() {
        gold.undo();
    }

    public void redo() {
        gold.redo();
    }

    /** Who adjudicates: the app's annotator (shared with Annotate), shown on the toolbar. */
    public ReadOnlyStringProperty adjudicatorProperty() {
        return prefs.annotatorProperty();
    }

    /** Asks who adjudicates, saying that Annotate then works as that name too. */
    public void switchAdjudicator() {
        prefs.askAnnotator();
    }

    void say(String text) {
        message.set(text);
    }

    AnnotationService service() {
        return service;
    }

    void open(String reportId) {
        int i = indexOf(reportId);
        if (i >= 0) {
            go(i);
        }
    }

    void reload() {
        go(position.get());
    }

    private int indexOf(String reportId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).reportId().equals(reportId)) {
                return i;
            }
        }
        return -1;
    }

    String currentId() {
        return shown.currentId();
    }

    private void failed(Throwable e) {
        message.set("Failed: " + org.radcurate.service.UserMessages.describe(e));
        ErrorLog.caught(LOG, "Adjudicate", e);
        dialogs.showError("Adjudicate", org.radcurate.service.UserMessages.describe(e));
    }

    public List<EvidenceSpans.Span> spans() {
        return EvidenceSpans.of(shown.workProperty().get());
    }

    public ObservableList<String> annotators() {
        return annotators;
    }

    public ObservableList<String> included() {
        return included;
    }

    public ObservableList<AnnotationAgreement.Item> items() {
        return items;
    }

    /** Cohen's kappa per finding between each included annotator and each teacher. */
    public ObservableList<AnnotationAgreement.TeacherRow> teacherKappas() {
        return teacherKappas;
    }

    public ObservableList<AnnotationAgreement.Row> kappas() {
        return kappas;
    }

    public ObservableList<AdjudicationRow> rows() {
        return shown.rows();
    }

    public ReadOnlyObjectProperty<ReportWork> workProperty() {
        return shown.workProperty();
    }

    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return shown.selectedProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overallProperty() {
        return overall.getReadOnlyProperty();
    }

    public BooleanProperty disagreementsOnlyProperty() {
        return disagreementsOnly;
    }

    public EditHistory history() {
        return gold.history();
    }

    public Writer writer() {
        return gold.writer();
    }

    /** Whether gold can be decided: a workspace is open, for writing (off on one opened read-only). */
    public ReadOnlyBooleanProperty editableProperty() {
        return gold.editableProperty();
    }

    /** What the screen says up front on a workspace opened read-only; else empty. */
    public ReadOnlyStringProperty readOnlyNoticeProperty() {
        return gold.readOnlyNoticeProperty();
    }

    /** Whether the key reference (F1 or ?) is shown. */
    public ReadOnlyBooleanProperty helpVisibleProperty() {
        return helpVisible;
    }

    public void toggleHelp() {
        helpVisible.set(!helpVisible.get());
    }

    public void hideHelp() {
        helpVisible.set(false);
    }
}
