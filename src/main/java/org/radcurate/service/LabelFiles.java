package org.radcurate.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.ReportIds;
import org.radcurate.domain.Schema;
import org.radcurate.ingest.ImportException;
import org.radcurate.ingest.LabelReaders;
import org.radcurate.ingest.Layouts;

/** Label files read outside a workspace (evaluation and training file to file). */
final class LabelFiles {
    private LabelFiles() {}

    /**
     * States by canonical report id (CXR12 and 12 are one key), then finding. Label CSV, the NIH
     * gold layout and JSONL; CheXpert labeler output has no ids and is refused.
     */
    static Map<String, Map<String, MentionState>> readStates(Path file, Schema schema) throws IOException {
        LabelLayout layout = Layouts.detectLabels(file);
        if (layout == LabelLayout.CHEXPERT) {
            throw new ImportException(file.getFileName().toString(), 1, "id",
                    "CheXpert labeler output has no report ids; add an id column or import it into a workspace");
        }
        Map<String, Map<String, MentionState>> states = new LinkedHashMap<>();
        LabelReaders.read(file, layout, schema, null, (record, pos) -> {
            if (states.put(ReportIds.canonical(record.key()), new HashMap<>(record.states())) != null) {
                throw new ImportException(pos.file(), pos.line(), record.keyField(),
                        "report " + record.key() + " appears twice");
            }
        });
        String name = file.getFileName().toString();
        if (states.isEmpty()) {
            throw new ImportException(name, 1, "", "the file has a header but no label rows; nothing to score");
        }
        return states;
    }
}
