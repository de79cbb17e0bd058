package org.radcurate.ui.annotate;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.service.ReportWork;
import org.radcurate.ui.common.ViewModelPart;

/**
 * One finding of the grid: the sources' labels (fixed) and the gold state, which is pending from the
 * moment the user sets it until the workspace has committed it, and a suggestion (only pre-filled) until
 * the annotator sets it or marks the report done.
 */
@ViewModelPart
public final class FindingRow {
    private final ReportWork.Row row;
    private final ObjectProperty<MentionState> gold;
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper suggested = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding goldDiffers;

    FindingRow(ReportWork.Row row) {
        this(row, false);
    }

    FindingRow(ReportWork.Row row, boolean suggested) {
        this.row = row;
        this.suggested.set(suggested);
        this.gold = new SimpleObjectProperty<>(row.gold());
        this.goldDiffers = Bindings.createBooleanBinding(
                () -> !row.teachers().isEmpty() && row.teacherState() != gold.get(), gold);
    }

    public String name() {
        return row.finding().name();
    }

    public String displayName() {
        return row.finding().displayName();
    }

    public Map<String, Label> teachers() {
        return row.teachers();
    }

    public Map<String, Label> students() {
        return row.students();
    }

    public ReportWork.Row row() {
        return row;
    }

    /** Teacher and student disagree (positive or not). */
    public boolean sourcesDisagree() {
        return row.disagreement();
    }

    /** What "next disagreement" stops at: sources disagree, or gold differs from the teacher. */
    public boolean needsLook() {
        return sourcesDisagree() || goldDiffers.get();
    }

    public BooleanBinding goldDiffersProperty() {
        return goldDiffers;
    }

    public MentionState gold() {
        return gold.get();
    }

    public ReadOnlyObjectProperty<MentionState> goldProperty() {
        return gold;
    }

    public boolean pending() {
        return pending.get();
    }

    public ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** True while the gold shown is only pre-filled: this annotator has not set it nor marked the report done. */
    public boolean suggested() {
        return suggested.get();
    }

    public ReadOnlyBooleanProperty suggestedProperty() {
        return suggested.getReadOnlyProperty();
    }

    void show(MentionState state, boolean isPending) {
        gold.set(state);
        pending.set(isPending);
        suggested.set(false); // set by the annotator now
    }
}
