package org.radcurate.ui.annotate;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.MentionState;
import org.radcurate.service.QueueItem;
import org.radcurate.service.ReportWork;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.EditHistory;
import org.radcurate.ui.common.EvidenceSpans;
import org.radcurate.ui.common.ViewModelPart;

/**
 * What Annotate's screen binds to: the queue and its progress, the report on screen with its grid and
 * evidence, the status line and the toolbar's state. {@link AnnotateViewModel} adds the workspace's
 * lifecycle and the commands; the state is kept here so each reads on its own.
 */
@ViewModelPart
abstract class AnnotateState {
    final QueueFilters filters = new QueueFilters();
    final EditHistory history = new EditHistory();
    final ShownReport shown = new ShownReport();
    final StatusLine status;
    final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyBooleanWrapper helpVisible = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyStringWrapper llmAnswers = new ReadOnlyStringWrapper("");
    // which teacher T accepts, when the workspace has several (a rule teacher and an LLM, say)
    final StringProperty acceptedTeacher = new SimpleStringProperty();

    AnnotateState(Dialogs dialogs) {
        this.status = new StatusLine(dialogs);
    }

    /** The queue's part, made by the ViewModel (it needs the ViewModel itself). */
    abstract QueueNavigator nav();

    /** Keeps the accepted teacher one of the workspace's teachers: the first unless the user chose another. */
    final void followTeachers() {
        teachers().addListener((javafx.beans.InvalidationListener) o -> {
            if (!teachers().contains(acceptedTeacher.get())) {
                acceptedTeacher.set(teachers().isEmpty() ? null : teachers().get(0));
            }
        });
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

    public QueueFilters filters() {
        return filters;
    }

    public EditHistory history() {
        return history;
    }

    public ObservableList<QueueItem> queue() {
        return nav().queue();
    }

    public ReadOnlyIntegerProperty positionProperty() {
        return nav().positionProperty();
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

    /** The LLM teachers' raw answers for the report on screen (empty when there are none). */
    public ReadOnlyStringProperty llmAnswersProperty() {
        return llmAnswers.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return status.messageProperty();
    }

    public ReadOnlyIntegerProperty doneProperty() {
        return nav().doneProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return nav().totalProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return nav().progressTextProperty();
    }

    public ReadOnlyStringProperty positionTextProperty() {
        return nav().positionTextProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty helpVisibleProperty() {
        return helpVisible.getReadOnlyProperty();
    }

    public ObservableList<String> teachers() {
        return nav().teachers();
    }

    /** The teacher whose labels T (Accept teacher) copies into gold; the first teacher unless the user chose another. */
    public StringProperty acceptedTeacherProperty() {
        return acceptedTeacher;
    }

    public ObservableList<String> students() {
        return nav().students();
    }

    /** Map of finding to gold state as shown (for tests and the status line). */
    public Map<String, MentionState> shownGold() {
        return shown.gold();
    }
}
