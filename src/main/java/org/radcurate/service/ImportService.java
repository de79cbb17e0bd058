package org.radcurate.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Finding;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Report;
import org.radcurate.domain.ReportIds;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.ingest.ImportException;
import org.radcurate.domain.LabelLayout;
import org.radcurate.ingest.LabelReaders;
import org.radcurate.ingest.Layouts;
import org.radcurate.ingest.LabelRecord;
import org.radcurate.ingest.ReadPosition;
import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.ingest.ReportReaders;
import org.radcurate.persistence.ReportRepository.Outcome;
import org.radcurate.persistence.Workspace;

/**
 * Imports reports and label files into a workspace, each file in one transaction: a bad row,
 * a clash or a cancel leaves the workspace exactly as it was.
 */
public final class ImportService {
    private static final int BATCH = 1000;

    private final Workspace ws;

    public ImportService(Workspace ws) {
        this.ws = ws;
    }

    public ImportResult importReports(Path path, ReportLayout layout, ReportReadOptions options,
            ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        ReportLayout chosen = layout != null ? layout : Layouts.detectReports(path);
        // the field a clash names: Open-i's id column is uid; a text file's id is its name, not a field
        String idField = switch (chosen) {
            case OPENI -> "uid";
            case TEXT_FOLDER, MIMIC -> "";
            default -> options.idColumn();
        };
        long[] counts = new long[2];
        List<Report> batch = new ArrayList<>(BATCH);
        List<ReadPosition> positions = new ArrayList<>(BATCH);
        List<String> notes = new ArrayList<>();
        try {
            ws.transaction(() -> {
                try {
                    ReportReaders.read(path, chosen, options, (report, pos) -> {
                        batch.add(report);
                        positions.add(pos);
                        if (batch.size() == BATCH) {
                            flush(batch, positions, counts, idField, progress, cancelled);
                        }
                    }, notes::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                flush(batch, positions, counts, idField, progress, cancelled);
                if (counts[0] + counts[1] == 0) {
                    throw new ImportException(path.getFileName().toString(), 1, "",
                            "the file has a header but no reports; nothing was imported");
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new ImportResult(path.getFileName().toString(), counts[0], counts[1], 0, notes);
    }

    private void flush(List<Report> batch, List<ReadPosition> positions, long[] counts, String idField,
            ProgressListener progress, BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("import cancelled; the workspace is unchanged");
        }
        if (batch.isEmpty()) {
            return;
        }
        List<Outcome> outcomes = ws.reports().addAll(batch);
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == Outcome.CLASH) {
                ReadPosition p = positions.get(i);
                throw new ImportException(p.file(), p.line(), idField, "report id " + batch.get(i).id()
                        + " is already in the workspace with different text; nothing was imported");
            }
            counts[outcomes.get(i) == Outcome.ADDED ? 0 : 1]++;
        }
        ReadPosition last = positions.get(positions.size() - 1);
        progress.onProgress(new Progress(last.done(), last.total(),
                counts[0] + " reports added, " + counts[1] + " already present", null));
        batch.clear();
        positions.clear();
    }

    /**
     * How a label file's columns would be read, in {@code schemaName}, or (null) in the workspace's schema that
     * reads the most of them; reads only the header (the first lines of JSONL).
     */
    public LabelPreview previewLabels(Path path, String schemaName) throws IOException {
        LabelLayout layout = Layouts.detectLabels(path);
        List<String> header = org.radcurate.ingest.LabelColumns.read(path, layout);
        Schema schema;
        boolean detected = schemaName == null;
        if (detected) {
            List<Schema> known = Schemas.names(ws).stream().map(n -> Schemas.require(ws, n)).toList();
            Schema best = org.radcurate.ingest.LabelColumns.detect(header, layout, known);
            schema = best != null ? best : Schemas.active(ws);
        } else {
            schema = Schemas.require(ws, schemaName);
        }
        List<org.radcurate.domain.LabelColumn> columns = org.radcurate.ingest.LabelColumns.map(header, layout, schema);
        java.util.Set<String> read = new java.util.HashSet<>();
        columns.forEach(c -> read.add(c.finding()));
        List<String> missing = layout == LabelLayout.LABEL_JSONL ? List.of() : schema.findings().stream()
                .map(Finding::name).filter(n -> !read.contains(n)).toList();
        return new LabelPreview(layout, schema.name(), detected, columns, missing);
    }

    /**
     * Freezes an imported gold source into the next version of a gold set, so that Compare can score against it
     * (it scores against frozen snapshots only); audited under {@code who}.
     */
    public org.radcurate.domain.GoldSet freezeImportedGold(String sourceName, String goldSetName, String who) {
        Source gold = ws.sources().find(sourceName).filter(s -> s.kind() == SourceKind.GOLD).orElseThrow(() ->
                new IllegalArgumentException("no gold source '" + sourceName + "' to freeze"));
        if (goldSetName == null || goldSetName.isBlank()) {
            throw new IllegalArgumentException("a gold set needs a name");
        }
        return ws.transaction(() -> {
            org.radcurate.domain.GoldSet g = ws.goldSets().freeze(goldSetName.strip(), "imported from source "
                    + sourceName, gold.id(), gold.schema());
            ws.audit().append(who, "freeze gold set", "", g.reference(), "", g.reportCount() + " reports");
            return g;
        });
    }

    /** Imports a label file as the named source (created when missing); never over existing gold. */
    public ImportResult importLabels(Path path, LabelLayout layout, String sourceName, SourceKind kind, Schema schema,
            String idColumn, ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        return importLabels(path, layout, sourceName, kind, schema, idColumn, false, progress, cancelled);
    }

    /**
     * Imports a label file as the named source (created when missing). Over a gold source that
     * already holds labels only with {@code replaceGold}, and then every changed gold label is
     * written to the audit log.
     */
    public ImportResult importLabels(Path path, LabelLayout layout, String sourceName, SourceKind kind, Schema schema,
            String idColumn, boolean replaceGold, ProgressListener progress, BooleanSupplier cancelled)
            throws IOException {
        if (sourceName == null || sourceName.isBlank()) {
            throw new IllegalArgumentException("the source name is empty; name the label source "
                    + "(for example --source rules)");
        }
        LabelLayout chosen = layout != null ? layout : Layouts.detectLabels(path);
        GoldGuard gold = GoldGuard.of(ws, sourceName, kind, replaceGold);
        ReportIndex index = new ReportIndex(ws);
        long[] rows = new long[1];
        List<String> ignoredColumns = new ArrayList<>();
        // per report: what the file said and where, so a second, different answer is refused
        Map<String, String> answers = new HashMap<>();
        Map<String, Long> firstLines = new HashMap<>();
        long[] written = new long[1];
        List<Label> batch = new ArrayList<>();
        try {
            ws.transaction(() -> {
                Source source = ws.sources().findOrCreate(sourceName, kind, schema.name(),
                        "imported from " + path.getFileName());
                try {
                    LabelReaders.read(path, chosen, schema, idColumn, (record, pos) -> {
                        rows[0]++;
                        for (String id : index.resolve(record, pos)) {
                            String answer = answer(record, schema);
                            String earlier = answers.putIfAbsent(id, answer);
                            if (earlier == null) {
                                firstLines.put(id, pos.line());
                            } else if (!earlier.equals(answer)) {
                                throw new ImportException(pos.file(), pos.line(), record.keyField(), "report " + id
                                        + " is labelled again with other values (first on line " + firstLines.get(id)
                                        + "); nothing was imported");
                            }
                            for (Finding f : schema.findings()) {
                                MentionState s = record.states().get(f.name());
                                if (s != null) {
                                    batch.add(new Label(id, f.name(), s, record.probabilities().get(f.name()), null));
                                }
                            }
                            if (record.concepts() != null) {
                                ws.labels().putConcepts(source.id(), new ConceptSet(id, record.concepts()));
                            }
                        }
                        if (batch.size() >= BATCH) {
                            written[0] += write(source, batch, pos, progress, cancelled, gold);
                        }
                    }, ignoredColumns::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (rows[0] == 0) {
                    throw new ImportException(path.getFileName().toString(), 1, "",
                            "the file has a header but no label rows; nothing was imported");
                }
                written[0] += write(source, batch, null, progress, cancelled, gold);
                gold.auditSummary(path, written[0]);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<String> notes = ignoredColumns.isEmpty() ? List.of() : List.of((ignoredColumns.size() == 1 ? "column "
                : "columns ") + String.join(", ", ignoredColumns) + " not read (not findings of " + schema.name() + ")");
        return new ImportResult(path.getFileName().toString(), 0, 0, written[0], notes);
    }

    /** A compact, exact rendering of a row's states, probabilities and codes, for comparing repeats. */
    private static String answer(LabelRecord record, Schema schema) {
        StringBuilder b = new StringBuilder();
        for (Finding f : schema.findings()) {
            MentionState s = record.states().get(f.name());
            Double p = record.probabilities().get(f.name());
            b.append(s == null ? '-' : (char) ('0' + s.ordinal())).append(p == null ? "" : p).append(',');
        }
        if (record.concepts() != null) {
            record.concepts().forEach(c -> b.append(c.code()).append('=').append(c.phrase()).append(';'));
        }
        return b.toString();
    }

    private long write(Source source, List<Label> batch, ReadPosition pos, ProgressListener progress,
            BooleanSupplier cancelled) {
        return write(source, batch, pos, progress, cancelled, GoldGuard.NONE);
    }

    private long write(Source source, List<Label> batch, ReadPosition pos, ProgressListener progress,
            BooleanSupplier cancelled, GoldGuard gold) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("import cancelled; the workspace is unchanged");
        }
        gold.audit(batch);
        ws.labels().putAll(source.id(), batch);
        long n = batch.size();
        batch.clear();
        if (pos != null) {
            progress.onProgress(Progress.of(pos.done(), pos.total(), "labels for " + source.name()));
        }
        return n;
    }

    /** Finds the workspace report a label row speaks of: by id (CXR12 = 12), or by text for CheXpert output. */
    private static final class ReportIndex {
        private final Workspace ws;
        private Map<String, List<String>> byCanonicalId;
        private List<Map<String, List<String>>> byText;

        ReportIndex(Workspace ws) {
            this.ws = ws;
        }

        /** The report ids a row speaks of: one by id; by text, every report with that text. */
        List<String> resolve(LabelRecord record, ReadPosition pos) {
            if (byCanonicalId == null) {
                byCanonicalId = new HashMap<>();
                ws.reports().rowIds().keySet().forEach(id ->
                        byCanonicalId.computeIfAbsent(ReportIds.canonical(id), k -> new ArrayList<>()).add(id));
            }
            List<String> ids = record.keyIsText() ? null : byCanonicalId.get(ReportIds.canonical(record.key()));
            if (ids != null && ids.size() > 1) {
                List<String> sorted = ids.stream().sorted().toList();
                throw new ImportException(pos.file(), pos.line(), record.keyField(), "report id " + record.key()
                        + " is ambiguous: the workspace has reports " + String.join(" and ", sorted)
                        + ", and both match it (CXR12 and 12 name one report); nothing was imported");
            }
            if (ids != null) {
                return List.of(ids.get(0));
            }
            if (record.keyIsText()) {
                // whole text first, then findings and impression, then impression alone
                for (Map<String, List<String>> level : textIndex()) {
                    List<String> matching = level.get(normalize(record.key()));
                    if (matching != null) {
                        return matching;
                    }
                }
            }
            String what = record.keyIsText() ? "no report in the workspace has this text" : "no report with id "
                    + record.key() + " in the workspace";
            throw new ImportException(pos.file(), pos.line(), record.keyField(), what + "; import the reports first");
        }

        private List<Map<String, List<String>>> textIndex() {
            if (byText == null) {
                Map<String, List<String>> whole = new HashMap<>();
                Map<String, List<String>> findingsAndImpression = new HashMap<>();
                Map<String, List<String>> impression = new HashMap<>();
                ws.reports().forEach(r -> {
                    whole.computeIfAbsent(normalize(r.text()), k -> new ArrayList<>()).add(r.id());
                    findingsAndImpression.computeIfAbsent(normalize(r.findingsAndImpression()), k -> new ArrayList<>())
                            .add(r.id());
                    r.section("IMPRESSION").ifPresent(t ->
                            impression.computeIfAbsent(normalize(t), k -> new ArrayList<>()).add(r.id()));
                });
                byText = List.of(whole, findingsAndImpression, impression);
            }
            return byText;
        }

        private static String normalize(String text) {
            return text.strip().replaceAll("\\s+", " ");
        }
    }
}
