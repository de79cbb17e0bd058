package org.radcurate.ingest;

import org.radcurate.domain.LabelLayout;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Concept;
import org.radcurate.domain.Finding;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Schema;

/** Streams label rows out of CheXpert labeler CSV, the generic label CSV and label JSONL. */
public final class LabelReaders {
    /**
     * Columns a label CSV may carry besides the id and the findings: the NIH gold's "normal", the
     * report text and sections, split and dataset. Any other column is refused, so that a
     * misspelt finding never drops its labels silently.
     */
    static final Set<String> OTHER_COLUMNS = Set.of("normal", "no finding", "text", "report", "reports", "split",
            "dataset", "indication", "comparison", "findings", "impression", "id", "filename", "uid");

    private LabelReaders() {}

    /** The finding whose name or column is nearest in spelling (case, spaces and underscores ignored). */
    public static Finding closest(String column, Schema schema) {
        Finding best = schema.findings().get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (Finding f : schema.findings()) {
            int d = spelling(column, f);
            if (d < bestDistance) {
                best = f;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * "'Efusion' is not a finding of schema nih14; the closest is 'Effusion'. Rename or remove the
     * column", naming the built-in schema the column does belong to when there is one.
     */
    public static String notAFinding(String column, Schema schema, String closest) {
        String other = otherSchema(column, schema);
        return "'" + column + "' is not a finding of schema " + schema.name()
                + (other == null ? "" : " (it is one of " + other + ": is the file labelled for " + other + "?)")
                + "; the closest is '" + closest + "'. Rename or remove the column";
    }

    static String otherSchema(String column, Schema schema) {
        return BuiltInSchemas.ALL.stream().filter(s -> !s.name().equals(schema.name()))
                .filter(s -> s.finding(column).isPresent()).map(Schema::name).findFirst().orElse(null);
    }

    /** Close enough to be a misspelt finding: a few letters off, or one name inside the other. */
    static boolean isClose(String column, Finding finding) {
        return spelling(column, finding) <= Math.max(2, squash(column).length() / 4);
    }

    private static int spelling(String column, Finding f) {
        String wanted = squash(column);
        int best = Integer.MAX_VALUE;
        for (String name : List.of(squash(f.name()), squash(f.csvColumn()))) {
            int d = distance(wanted, name);
            if (wanted.length() >= 4 && (name.contains(wanted) || wanted.contains(name))) {
                d = Math.min(d, 1);
            }
            best = Math.min(best, d);
        }
        return best;
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Reads labels; {@code idColumn} overrides the id column of a label CSV (default id or filename). */
    public static void read(Path path, LabelLayout layout, Schema schema, String idColumn, LabelSink sink)
            throws IOException {
        read(path, layout, schema, idColumn, sink, column -> { });
    }

    /**
     * Reads labels; columns of a label CSV that are neither the id nor a finding go to {@code ignored}
     * (a column spelt close to a finding is refused instead: a typo must not drop its labels).
     */
    public static void read(Path path, LabelLayout layout, Schema schema, String idColumn, LabelSink sink,
            Consumer<String> ignored) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new ImportException(path.toString(), 0, "", "no such file");
        }
        if (layout == LabelLayout.LABEL_JSONL) {
            readJsonl(path, schema, idColumn, sink);
        } else {
            readCsv(path, layout, schema, idColumn, sink, ignored);
        }
    }

    private static void readCsv(Path path, LabelLayout layout, Schema schema, String idColumn, LabelSink sink,
            Consumer<String> ignored) throws IOException {
        String file = path.getFileName().toString();
        long size = Files.size(path);
        String[] keyCol = new String[1];
        boolean[] nihGold = new boolean[1];
        Map<String, Finding> columns = new LinkedHashMap<>();
        CsvTable.read(path, row -> {
            String key = row.get(keyCol[0]);
            if (!layout.equals(LabelLayout.CHEXPERT)) {
                key = key.strip();
            }
            if (key.isBlank()) {
                throw new ImportException(file, row.line(), keyCol[0], "empty report id");
            }
            Map<String, MentionState> states = new HashMap<>();
            for (Map.Entry<String, Finding> c : columns.entrySet()) {
                String raw = row.get(c.getKey());
                MentionState state = MentionState.fromCsv(raw).orElseThrow(() -> new ImportException(file,
                        row.line(), c.getKey(), "invalid value '" + raw + "'; use 1, 0, -1 or blank"));
                // The NIH gold codes positives only: its 0 means "not coded", not "negated".
                if (nihGold[0] && state == MentionState.NEGATIVE) {
                    state = MentionState.ABSENT;
                }
                states.put(c.getValue().name(), state);
            }
            sink.accept(new LabelRecord(key, layout == LabelLayout.CHEXPERT, states, Map.of(), null, keyCol[0]),
                    new ReadPosition(file, row.line(), row.bytesDone(), size));
        }, (f, header) -> {
            if (layout == LabelLayout.CHEXPERT) {
                keyCol[0] = CsvTable.require(f, header, "Reports");
            } else if (idColumn != null && !idColumn.isBlank()) {
                keyCol[0] = CsvTable.require(f, header, idColumn);
            } else {
                keyCol[0] = CsvTable.column(header, "id");
                if (keyCol[0] == null) {
                    keyCol[0] = CsvTable.column(header, "filename");
                    nihGold[0] = keyCol[0] != null;
                }
                if (keyCol[0] == null) {
                    throw new ImportException(f, 1, "id", "missing column (id or filename); the header has " + header);
                }
            }
            for (String h : header) {
                Optional<Finding> finding = schema.finding(h.strip());
                if (finding.isPresent()) {
                    columns.put(h, finding.get());
                } else if (!h.equals(keyCol[0]) && !OTHER_COLUMNS.contains(h.strip().toLowerCase(Locale.ROOT))) {
                    Finding near = closest(h.strip(), schema);
                    if (isClose(h.strip(), near) || otherSchema(h.strip(), schema) != null) {
                        throw new ImportException(f, 1, h, notAFinding(h.strip(), schema, near.csvColumn()));
                    }
                    ignored.accept(h.strip());
                }
            }
            if (columns.isEmpty()) {
                throw new ImportException(f, 1, schema.csvColumns().get(0), "missing column: no column of schema "
                        + schema.name() + " " + schema.csvColumns() + " is in the header " + header);
            }
        });
    }

    private static void readJsonl(Path path, Schema schema, String idColumn, LabelSink sink) throws IOException {
        String idField = idColumn == null || idColumn.isBlank() ? "id" : idColumn;
        JsonLines.read(path, (node, pos) -> {
            String id = JsonFields.id(pos.file(), pos.line(), node, idField).strip();
            if (id.isEmpty()) {
                throw new ImportException(pos.file(), pos.line(), idField, "missing or empty report id");
            }
            sink.accept(jsonRecord(pos.file(), pos.line(), id, idField, node, schema), pos);
        });
    }

    private static LabelRecord jsonRecord(String file, long line, String id, String idField, JsonNode node,
            Schema schema) {
        Map<String, MentionState> states = new HashMap<>();
        Map<String, Double> probabilities = new HashMap<>();
        JsonNode probs = node.get("probabilities");
        if (probs != null && probs.isObject()) {
            probs.fields().forEachRemaining(e -> {
                Finding f = finding(file, line, "probabilities." + e.getKey(), e.getKey(), schema);
                probabilities.put(f.name(), probability(file, line, "probabilities." + e.getKey(), e.getValue()));
            });
        }
        JsonNode labels = node.get("labels");
        if (labels != null && labels.isObject()) {
            labels.fields().forEachRemaining(e -> {
                String field = "labels." + e.getKey();
                Finding f = finding(file, line, field, e.getKey(), schema);
                JsonNode v = e.getValue();
                JsonNode stateNode = v.isObject() ? v.get("state") : v;
                if (v.isObject() && v.hasNonNull("probability")) {
                    probabilities.put(f.name(), probability(file, line, field + ".probability", v.get("probability")));
                }
                String raw = stateNode == null || stateNode.isNull() ? "" : stateNode.asText();
                MentionState s = MentionState.parse(raw).orElseThrow(() -> new ImportException(file, line, field,
                        "invalid state '" + raw + "'; use POSITIVE, NEGATIVE, UNCERTAIN, ABSENT or 1, 0, -1, blank"));
                states.put(f.name(), s);
            });
        }
        // A probability alone still says something: positive from 0.5 on.
        probabilities.forEach((f, p) -> states.putIfAbsent(f, p >= 0.5 ? MentionState.POSITIVE : MentionState.NEGATIVE));
        List<Concept> concepts = null;
        JsonNode codes = node.has("icd10") ? node.get("icd10") : node.get("concepts");
        if (codes != null && codes.isArray()) {
            concepts = new ArrayList<>();
            for (JsonNode c : codes) {
                String code = c.isObject() ? JsonFields.text(c, "code") : c.asText();
                String phrase = c.isObject() ? JsonFields.text(c, "phrase") : "";
                try {
                    concepts.add(new Concept(code, phrase, null));
                } catch (IllegalArgumentException e) {
                    throw new ImportException(file, line, "icd10", e.getMessage());
                }
            }
        }
        if (states.isEmpty() && concepts == null) {
            throw new ImportException(file, line, "labels", "no labels, probabilities or icd10 codes in this line");
        }
        return new LabelRecord(id, false, states, probabilities, concepts, idField);
    }

    private static Finding finding(String file, long line, String field, String name, Schema schema) {
        return schema.finding(name).orElseThrow(() -> new ImportException(file, line, field,
                "'" + name + "' is not a finding of schema " + schema.name() + "; the closest is '"
                        + closest(name, schema).name() + "'"));
    }

    private static double probability(String file, long line, String field, JsonNode v) {
        if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 1) {
            throw new ImportException(file, line, field, "probability must be a number from 0 to 1, not " + v);
        }
        return v.asDouble();
    }
}
