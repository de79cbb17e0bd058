package org.radcurate.ui.compare;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.radcurate.service.LlmSweep;
import org.radcurate.service.LlmTraining;
import org.radcurate.ui.common.ViewModelPart;

/**
 * The learning curve's student kind and, for LLM (LoRA) points, the base model, the interpreter and
 * the recipe and inference settings ("name=value" separated by commas or semicolons).
 */
@ViewModelPart
final class LlmSweepInputs {
    static final String BUILT_IN = "Built-in student";
    static final String LLM = "LLM (LoRA)";
    static final List<String> KINDS = List.of(BUILT_IN, LLM);

    private final ObjectProperty<String> kind = new SimpleObjectProperty<>(BUILT_IN);
    private final StringProperty baseModel = new SimpleStringProperty("");
    private final StringProperty python = new SimpleStringProperty("");
    private final StringProperty settings = new SimpleStringProperty("");
    private final StringProperty inference = new SimpleStringProperty("max_new_tokens=256; batch_size=8");

    boolean isLlm() {
        return LLM.equals(kind.get());
    }

    /** The LoRA options; a missing base model or a bad setting is an error naming it. */
    LlmSweep.Options options() {
        if (baseModel.get().isBlank()) {
            throw new IllegalArgumentException("choose the base model's folder for the LLM runs");
        }
        String py = python.get().strip();
        return new LlmSweep.Options(Path.of(baseModel.get().strip()), py.isEmpty() ? null : Path.of(py),
                SweepParsing.parameters(settings.get()), SweepParsing.parameters(inference.get()));
    }

    /** Fills the interpreter with the first one detected (venv, conda env, PATH) when none is given. */
    void detectPython() {
        if (python.get().isBlank()) {
            LlmTraining.interpreters().stream().findFirst().ifPresent(p -> python.set(p.toString()));
        }
    }

    ObjectProperty<String> kindProperty() {
        return kind;
    }

    StringProperty baseModelProperty() {
        return baseModel;
    }

    StringProperty pythonProperty() {
        return python;
    }

    StringProperty settingsProperty() {
        return settings;
    }

    StringProperty inferenceProperty() {
        return inference;
    }
}
