package org.radcurate.ui.annotate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.MentionState;
import org.radcurate.service.ReportWork;
import org.radcurate.ui.common.EvidenceSpans;
import org.radcurate.ui.common.ViewModelPart;

/**
 * The report on screen and the finding selected in it, with the evidence that selection highlights.
 * Part of {@link AnnotateViewModel}, which exposes these properties; kept apart so the workbench's
 * loading and navigation read separately from what one report shows.
 */
@ViewModelPart
final class ShownReport {
    private final ReadOnlyObjectWrapper<ReportWork> work = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FindingRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<List<EvidenceSpans.Span>> spans = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<EvidenceSpans.Span>> selectedSpans =
            new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper evidenceText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AnnotationStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper comment = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper flagged = new javafx.beans.property.ReadOnlyBooleanWrapper();

    /** Shows a report (or nothing), keeping the selected finding when the new report has it. */
    void show(ReportWork w) {
        String keepFinding = selectedFinding();
        spans.set(EvidenceSpans.of(w));
        rows.setAll(w == null ? List.of() : w.rows().stream()
                .map(r -> new FindingRow(r, w.suggested(r.finding().name()))).toList());
        work.set(w);
        status.set(w == null ? null : w.status());
        comment.set(w == null ? "" : w.comment());
        flagged.set(w != null && w.flagged());
        int keep = keepFinding == null ? -1 : indexOfFinding(keepFinding);
        select(rows.isEmpty() ? -1 : Math.max(0, keep));
    }

    void select(int index) {
        selected.set(index);
        String f = selectedFinding();
        selectedSpans.set(EvidenceSpans.selected(work.get(), f));
        evidenceText.set(EvidenceSpans.describe(work.get(), f));
    }

    void moveFinding(int delta) {
        if (!rows.isEmpty()) {
            select(Math.floorMod(Math.max(selected.get(), 0) + delta, rows.size()));
        }
    }

    /** Selects the first finding from {@code from} on that needs a look; false when none does. */
    boolean selectNeedingLook(int from) {
        for (int i = from; i < rows.size(); i++) {
            if (rows.get(i).needsLook()) {
                select(i);
                return true;
            }
        }
        return false;
    }

    int selectedIndex() {
        return selected.get();
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

    private int indexOfFinding(String finding) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(finding)) {
                return i;
            }
        }
        return -1;
    }

    void setStatus(AnnotationStatus now) {
        status.set(now);
    }

    void setFlagged(boolean now) {
        flagged.set(now);
    }

    javafx.beans.property.ReadOnlyBooleanProperty flaggedProperty() {
        return flagged.getReadOnlyProperty();
    }

    void setComment(String text) {
        comment.set(text);
    }

    Map<String, MentionState> gold() {
        Map<String, MentionState> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.name(), r.gold()));
        return out;
    }

    ReadOnlyObjectProperty<ReportWork> workProperty() {
        return work.getReadOnlyProperty();
    }

    ObservableList<FindingRow> rows() {
        return rows;
    }

    ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<EvidenceSpans.Span>> spansProperty() {
        return spans.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<EvidenceSpans.Span>> selectedSpansProperty() {
        return selectedSpans.getReadOnlyProperty();
    }

    ReadOnlyStringProperty evidenceTextProperty() {
        return evidenceText.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<AnnotationStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyStringProperty commentProperty() {
        return comment.getReadOnlyProperty();
    }
}
