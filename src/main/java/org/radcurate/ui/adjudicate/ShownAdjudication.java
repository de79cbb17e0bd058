package org.radcurate.ui.adjudicate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.MentionState;
import org.radcurate.service.ReportWork;
import org.radcurate.ui.common.ViewModelPart;

/**
 * The report on screen for adjudication: one row per finding with each included annotator's state beside
 * the gold, and the selected finding. Part of {@link AdjudicateViewModel}, which exposes these properties.
 */
@ViewModelPart
final class ShownAdjudication {
    private final ObservableList<AdjudicationRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ReportWork> work = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);

    /**
     * Shows a report (or nothing) with the states of the included annotators, keeping the selected row's
     * place so stepping through reports stays on the same finding.
     */
    void show(ReportWork w, Map<String, Map<String, MentionState>> states, List<String> included) {
        List<AdjudicationRow> out = new ArrayList<>();
        if (w != null) {
            for (ReportWork.Row r : w.rows()) {
                Map<String, MentionState> byAnnotator = new LinkedHashMap<>();
                for (String a : included) {
                    Map<String, MentionState> m = states.get(a);
                    if (m != null) {
                        byAnnotator.put(a, m.getOrDefault(r.finding().name(), MentionState.ABSENT));
                    }
                }
                out.add(new AdjudicationRow(r.finding(), byAnnotator, r.gold()));
            }
        }
        int keep = selected.get();
        rows.setAll(out);
        work.set(w);
        select(out.isEmpty() ? -1 : Math.max(0, Math.min(keep, out.size() - 1)));
    }

    void select(int index) {
        selected.set(index);
    }

    void moveFinding(int delta) {
        if (!rows.isEmpty()) {
            select(Math.floorMod(Math.max(0, selected.get()) + delta, rows.size()));
        }
    }

    /** Selects the first finding after the selected one where annotators disagree; false when none does. */
    boolean selectNextDisagreement() {
        for (int i = selected.get() + 1; i < rows.size(); i++) {
            if (rows.get(i).disagreement()) {
                select(i);
                return true;
            }
        }
        return false;
    }

    String currentId() {
        return work.get() == null ? null : work.get().report().id();
    }

    ObservableList<AdjudicationRow> rows() {
        return rows;
    }

    ReadOnlyObjectProperty<ReportWork> workProperty() {
        return work.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }
}
