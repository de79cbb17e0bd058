package org.radcurate.ui.train;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.radcurate.ui.common.ViewModelPart;

/** One hyperparameter in the editable table: name, what it means, the preset's value and the edited value. */
@ViewModelPart
public final class ParameterRow {
    private final String name;
    private final String meaning;
    private final String presetValue;
    private final StringProperty value;
    private final BooleanBinding modified;

    ParameterRow(String name, String presetValue) {
        this.name = name;
        this.meaning = TrainText.meaning(name);
        this.presetValue = presetValue;
        this.value = new SimpleStringProperty(presetValue);
        this.modified = Bindings.createBooleanBinding(() -> !presetValue.equals(value.get().strip()), value);
    }

    public String name() {
        return name;
    }

    public String meaning() {
        return meaning;
    }

    public String presetValue() {
        return presetValue;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public String value() {
        return value.get();
    }

    /** True when the value differs from the preset's. */
    public BooleanBinding modifiedProperty() {
        return modified;
    }
}
