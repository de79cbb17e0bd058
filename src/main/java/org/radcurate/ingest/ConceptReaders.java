package org.radcurate.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.Concept;

/** Reads open-ended answers from a CSV of id, code, phrase (one row per code). */
public final class ConceptReaders {
    private ConceptReaders() {}

    /** Concepts grouped by report id, in file order. */
    public static Map<String, List<Concept>> readCsv(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new ImportException(path.toString(), 0, "", "no such file");
        }
        String file = path.getFileName().toString();
        Map<String, List<Concept>> out = new LinkedHashMap<>();
        String[] cols = new String[3];
        CsvTable.read(path, row -> {
            String id = row.get(cols[0]).strip();
            if (id.isEmpty()) {
                throw new ImportException(file, row.line(), cols[0], "empty report id");
            }
            try {
                out.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new Concept(row.get(cols[1]), row.get(cols[2]).strip(), null));
            } catch (IllegalArgumentException e) {
                throw new ImportException(file, row.line(), cols[1], e.getMessage());
            }
        }, (f, header) -> {
            cols[0] = CsvTable.require(f, header, "id");
            cols[1] = CsvTable.require(f, header, "code");
            cols[2] = CsvTable.require(f, header, "phrase");
        });
        return out;
    }
}
