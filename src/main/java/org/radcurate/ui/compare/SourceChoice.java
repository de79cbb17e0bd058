package org.radcurate.ui.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.radcurate.domain.SourceKind;
import org.radcurate.ui.common.ViewModelPart;

/** A label source offered for comparison; the chosen ones become the table's columns, in list order. */
@ViewModelPart
public final class SourceChoice {
    private final String name;
    private final SourceKind kind;
    private final BooleanProperty chosen = new SimpleBooleanProperty();

    SourceChoice(String name, SourceKind kind, boolean chosen) {
        this.name = name;
        this.kind = kind;
        this.chosen.set(chosen);
    }

    public String name() {
        return name;
    }

    public SourceKind kind() {
        return kind;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public boolean isChosen() {
        return chosen.get();
    }

    @Override
    public String toString() {
        return name + "  (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
