package org.radcurate.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.radcurate.domain.Finding;
import org.radcurate.domain.LabelColumn;
import org.radcurate.domain.LabelColumn.Use;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.Schema;

/**
 * What a label import will make of a file's columns, before it runs: for the import dialog's preview and its
 * schema detection. The mapping is the importer's own ({@link LabelReaders}), so the preview never promises
 * what the import then refuses.
 */
public final class LabelColumns {
    /** JSON lines read for their label keys; the keys of a label file repeat from the first lines on. */
    private static final int JSON_LINES = 500;

    private LabelColumns() {}

    /** The header of a CSV, or the label and probability keys of the first lines of a JSONL file, in order. */
    public static List<String> read(Path path, LabelLayout layout) throws IOException {
        if (layout == LabelLayout.LABEL_JSONL) {
            Set<String> keys = new LinkedHashSet<>();
            int[] seen = new int[1];
            try {
                JsonLines.read(path, (node, pos) -> {
                    for (String field : List.of("labels", "probabilities")) {
                        JsonNode n = node.get(field);
                        if (n != null && n.isObject()) {
                            n.fieldNames().forEachRemaining(keys::add);
                        }
                    }
                    if (++seen[0] >= JSON_LINES) {
                        throw new Enough();
                    }
                });
            } catch (Enough e) {
                // the first lines are enough for a preview; the import reads them all
            }
            return List.copyOf(keys);
        }
        List<String> header = new ArrayList<>();
        try {
            CsvTable.read(path, row -> { }, (file, h) -> {
                header.addAll(h);
                throw new Enough();
            });
        } catch (Enough e) {
            // only the header row was wanted
        }
        return List.copyOf(header);
    }

    /** How the import reads each column for the schema, in the file's order. */
    public static List<LabelColumn> map(List<String> columns, LabelLayout layout, Schema schema) {
        List<LabelColumn> out = new ArrayList<>();
        boolean keyFound = false;
        for (String raw : columns) {
            String c = raw.strip();
            String lower = c.toLowerCase(Locale.ROOT);
            Finding f = schema.finding(c).orElse(null);
            if (f != null) {
                out.add(new LabelColumn(c, Use.FINDING, f.name(), ""));
            } else if (!keyFound && layout != LabelLayout.LABEL_JSONL && (layout == LabelLayout.CHEXPERT
                    ? lower.equals("reports") : lower.equals("id") || lower.equals("filename"))) {
                keyFound = true;
                out.add(new LabelColumn(c, Use.KEY, null, layout == LabelLayout.CHEXPERT
                        ? "report text, matched to the workspace's reports" : "report id"));
            } else if (LabelReaders.OTHER_COLUMNS.contains(lower)) {
                out.add(new LabelColumn(c, Use.NOT_READ, null, "not a label of " + schema.name() + "; not read"));
            } else {
                Finding near = LabelReaders.closest(c, schema);
                if (LabelReaders.isClose(c, near) || LabelReaders.otherSchema(c, schema) != null) {
                    out.add(new LabelColumn(c, Use.STOPS, null, LabelReaders.notAFinding(c, schema, near.csvColumn())));
                } else if (layout == LabelLayout.LABEL_JSONL) {
                    out.add(new LabelColumn(c, Use.STOPS, null, "'" + c + "' is not a finding of schema "
                            + schema.name()));
                } else {
                    out.add(new LabelColumn(c, Use.NOT_READ, null, "not a finding of " + schema.name() + "; not read"));
                }
            }
        }
        return out;
    }

    /** The schema that reads the most columns as findings (the first such on a tie); null when none reads any. */
    public static Schema detect(List<String> columns, LabelLayout layout, List<Schema> schemas) {
        Schema best = null;
        long bestCount = 0;
        for (Schema s : schemas) {
            long n = map(columns, layout, s).stream().filter(c -> c.use() == Use.FINDING).count();
            if (n > bestCount) {
                best = s;
                bestCount = n;
            }
        }
        return best;
    }

    /** Stops reading once the preview has what it needs. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }
}
