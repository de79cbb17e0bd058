package org.radcurate.ui.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.radcurate.domain.ProgressListener;
import org.radcurate.service.LabelService;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.WorkspaceSession;

/** The sample workspace (300 reports, gold, frozen sample-gold) with the rule teacher, and a tiny student config. */
final class TrainFixture {
    /** One layer of width 16 on 48 pieces: an epoch over 300 reports takes a fraction of a second. */
    static final Map<String, String> TINY = Map.ofEntries(Map.entry("layers", "1"), Map.entry("width", "16"),
            Map.entry("heads", "2"), Map.entry("ffn", "32"), Map.entry("maxTokens", "48"),
            Map.entry("vocabSize", "200"), Map.entry("mlmEpochs", "0"), Map.entry("batchSize", "8"),
            Map.entry("patience", "0"), Map.entry("learningRate", "0.003"));

    private TrainFixture() {}

    /** Creates the workspace and labels it with the rule teacher; returns the teacher source's name. */
    static String create(Path file) throws IOException {
        SampleWorkspace.createIfMissing(file, ProgressListener.NONE);
        try (WorkspaceSession session = WorkspaceSession.open(file)) {
            return LabelService.labelWorkspace(session, false, false, 1, ProgressListener.NONE, () -> false).target();
        }
    }

    /** Fills the form's table with the tiny config and the given epochs. */
    static void tiny(TrainInputs inputs, int epochs) {
        TINY.forEach((k, v) -> inputs.parameter(k).orElseThrow().valueProperty().set(v));
        inputs.parameter("epochs").orElseThrow().valueProperty().set(Integer.toString(epochs));
    }
}
