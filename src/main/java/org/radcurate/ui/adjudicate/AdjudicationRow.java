package org.radcurate.ui.adjudicate;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.radcurate.domain.Finding;
import org.radcurate.domain.MentionState;
import org.radcurate.ui.common.ViewModelPart;

/** One finding in adjudication: each annotator's state (missing: not labelled) and the gold state. */
@ViewModelPart
public final class AdjudicationRow {
    private final Finding finding;
    private final Map<String, MentionState> annotators;
    private final ObjectProperty<MentionState> gold;

    AdjudicationRow(Finding finding, Map<String, MentionState> annotators, MentionState gold) {
        this.finding = finding;
        this.annotators = Map.copyOf(annotators);
        this.gold = new SimpleObjectProperty<>(gold);
    }

    public String name() {
        return finding.name();
    }

    public String displayName() {
        return finding.displayName();
    }

    public Map<String, MentionState> annotators() {
        return annotators;
    }

    /** True when the annotators who labelled the finding gave different states. */
    public boolean disagreement() {
        return annotators.values().stream().distinct().count() > 1;
    }

    public MentionState gold() {
        return gold.get();
    }

    public ReadOnlyObjectProperty<MentionState> goldProperty() {
        return gold;
    }

    void setGold(MentionState state) {
        gold.set(state);
    }
}
