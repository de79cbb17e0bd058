package org.radcurate.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.radcurate.domain.EvaluationRecord;
import org.radcurate.domain.Finding;
import org.radcurate.domain.GoldSet;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.ReportIds;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;
import org.radcurate.domain.Split;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.evaluation.Comparison;
import org.radcurate.evaluation.Evaluator;
import org.radcurate.evaluation.LabelMatrix;
import org.radcurate.evaluation.MultipleChoiceTask;
import org.radcurate.evaluation.Resampling;
import org.radcurate.ingest.ImportException;
import org.radcurate.ingest.LabelReaders;
import org.radcurate.ingest.Layouts;
import org.radcurate.persistence.Workspace;
import org.radcurate.service.report.ComparisonCsvWriter;
import org.radcurate.service.report.ComparisonHtmlReport;
import org.radcurate.service.report.ComparisonJsonWriter;
import org.radcurate.service.report.ComparisonTextTable;

/**
 * Compares sources against gold: file to file, or within a workspace against a frozen gold set
 * (stored, so every figure can be traced to the snapshot, split and policy that produced it).
 */
public final class EvaluationService {
    /** What is scored. */
    public enum Task {
        /** Every schema finding, positive vs not under the policy. */
        LABELS,
        /** The study's 13 findings plus Normal (chexpert14 only). */
        MULTIPLE_CHOICE;

        public static Task parse(String value) {
            String v = value == null ? "labels" : value.strip().toLowerCase(Locale.ROOT);
            return switch (v) {
                case "labels", "findings", "binary" -> LABELS;
                case "mc", "multiple-choice" -> MULTIPLE_CHOICE;
                default -> throw new IllegalArgumentException("unknown task '" + value + "'; use labels or mc");
            };
        }
    }

    private EvaluationService() {}

    /**
     * Scores each prediction file against the gold file. Ids match across files (CXR12 = 12). With
     * two or more predictions, the paired test asks whether the last beats the first.
     */
    public static Comparison compareFiles(Path gold, List<Path> preds, Schema schema, UncertaintyPolicy policy,
            Resampling resampling, Task task) throws IOException {
        LabelMatrix goldMatrix = readMatrix(gold, schema);
        Map<String, LabelMatrix> sources = new LinkedHashMap<>();
        for (Path p : preds) {
            String name = uniqueName(sources, stem(p));
            sources.put(name, readMatrix(p, schema));
        }
        List<String> names = new ArrayList<>(sources.keySet());
        String a = names.size() >= 2 ? names.get(0) : null;
        String b = names.size() >= 2 ? names.get(names.size() - 1) : null;
        return compare(task, stem(gold), goldMatrix, sources, policy, resampling, a, b);
    }

    /** Scores workspace sources against a frozen gold set on a split, and stores the evaluation. */
    public static Comparison compareWorkspace(WorkspaceSession session, String goldSetRef, List<String> sourceNames,
            Split split, UncertaintyPolicy policy, Resampling resampling, Task task) {
        Workspace ws = session.workspace();
        GoldSet goldSet = findGoldSet(ws, goldSetRef);
        Schema schema = Schemas.require(ws, goldSet.schema());
        Set<String> inSplit = split == null ? null : new java.util.HashSet<>(
                ws.reports().list(split).stream().map(r -> r.id()).toList());
        Map<String, Map<String, MentionState>> goldStates = filter(ws.goldSets().labels(goldSet.id()), inSplit);
        if (goldStates.isEmpty()) {
            throw new IllegalArgumentException("gold set " + goldSet.reference() + " has no reports"
                    + (split == null ? "" : " in split " + split.key()));
        }
        LabelMatrix goldMatrix = LabelMatrix.of(findings(schema), goldStates);
        Map<String, LabelMatrix> sources = new LinkedHashMap<>();
        for (String name : sourceNames) {
            Source s = ws.sources().find(name).orElseThrow(() -> new IllegalArgumentException("no source '" + name
                    + "'; the workspace has " + ws.sources().list().stream().map(Source::name).toList()));
            if (!s.schema().equals(schema.name())) {
                throw new IllegalArgumentException("source '" + name + "' labels " + s.schema() + ", but gold set "
                        + goldSet.reference() + " is " + schema.name());
            }
            sources.put(name, LabelMatrix.of(findings(schema), filter(ws.labels().states(s.id()), inSplit)));
        }
        String a = sourceNames.size() >= 2 ? sourceNames.get(0) : null;
        String b = sourceNames.size() >= 2 ? sourceNames.get(sourceNames.size() - 1) : null;
        Comparison c = compare(task, goldSet.reference(), goldMatrix, sources, policy, resampling, a, b);
        ws.transaction(() -> ws.evaluations().add(goldSet.reference(), split == null ? "all" : split.key(), policy,
                sourceNames, ComparisonJsonWriter.write(c)));
        return c;
    }

    /** A comparison rendered for output, with what a one-line summary needs. */
    public record Rendered(String text, String gold, int sources) {}

    /** {@link #compareFiles}, rendered as json, table, csv or html. */
    public static Rendered renderFiles(Path gold, List<Path> preds, Schema schema, UncertaintyPolicy policy,
            int resamples, long seed, Task task, String format) throws IOException {
        Comparison c = compareFiles(gold, preds, schema, policy, new Resampling(resamples, seed), task);
        return new Rendered(render(c, format), c.gold(), c.sources().size());
    }

    /** {@link #compareWorkspace}, rendered as json, table, csv or html. */
    public static Rendered renderWorkspace(WorkspaceSession session, String goldSet, List<String> sources, Split split,
            UncertaintyPolicy policy, int resamples, long seed, Task task, String format) {
        Comparison c = compareWorkspace(session, goldSet, sources, split, policy, new Resampling(resamples, seed), task);
        return new Rendered(render(c, format), c.gold(), c.sources().size());
    }

    /** The evaluation benchmark (random data; see EvaluationBenchmark). */
    public static String benchmark(int reports, int findings, int resamples, long seed) {
        return org.radcurate.evaluation.EvaluationBenchmark.run(reports, findings, resamples, seed);
    }

    public static List<EvaluationRecord> history(WorkspaceSession session) {
        return session.workspace().evaluations().list();
    }

    public static List<GoldSet> goldSets(WorkspaceSession session) {
        return session.workspace().goldSets().list();
    }

    /** Renders a comparison as json, table, csv or html. */
    public static String render(Comparison c, String format) {
        String f = format == null ? "table" : format.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "json" -> ComparisonJsonWriter.write(c);
            case "csv" -> ComparisonCsvWriter.write(c);
            case "html" -> ComparisonHtmlReport.write(c);
            case "table", "text" -> ComparisonTextTable.write(c);
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; use json, table, csv or html");
        };
    }

    private static Comparison compare(Task task, String goldName, LabelMatrix gold, Map<String, LabelMatrix> sources,
            UncertaintyPolicy policy, Resampling resampling, String a, String b) {
        if (task == Task.MULTIPLE_CHOICE) {
            if (!gold.findings().containsAll(MultipleChoiceTask.FINDINGS)) {
                throw new IllegalArgumentException("the multiple-choice task needs chexpert14 labels");
            }
            return MultipleChoiceTask.compare(goldName, gold, sources, policy, resampling, a, b);
        }
        return Evaluator.compare("labels", goldName, gold, sources, policy, resampling, a, b);
    }

    static GoldSet findGoldSet(Workspace ws, String ref) {
        String name = ref;
        int version = 0;
        int at = ref.lastIndexOf('@');
        if (at > 0) {
            name = ref.substring(0, at);
            try {
                version = Integer.parseInt(ref.substring(at + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad gold set reference '" + ref + "'; use NAME or NAME@VERSION");
            }
        }
        String n = name;
        int v = version;
        return ws.goldSets().find(n, v).orElseThrow(() -> new IllegalArgumentException("no gold set '" + ref
                + "'; the workspace has " + ws.goldSets().list().stream().map(GoldSet::reference).toList()));
    }

    /** Reads a label file (label CSV, NIH gold layout, CheXpert-style CSV with ids, or JSONL) by canonical id. */
    static LabelMatrix readMatrix(Path file, Schema schema) throws IOException {
        LabelLayout layout = Layouts.detectLabels(file);
        if (layout == LabelLayout.CHEXPERT) {
            throw new ImportException(file.getFileName().toString(), 1, "id",
                    "CheXpert labeler output has no report ids; add an id column or import it into a workspace");
        }
        Map<String, Map<String, MentionState>> states = new LinkedHashMap<>();
        LabelReaders.read(file, layout, schema, null, (record, pos) -> {
            Map<String, MentionState> row = new HashMap<>(record.states());
            if (states.put(ReportIds.canonical(record.key()), row) != null) {
                throw new ImportException(pos.file(), pos.line(), "id", "report " + record.key() + " appears twice");
            }
        });
        return LabelMatrix.of(findings(schema), states);
    }

    private static Map<String, Map<String, MentionState>> filter(Map<String, Map<String, MentionState>> states,
            Set<String> keep) {
        if (keep == null) {
            return states;
        }
        Map<String, Map<String, MentionState>> out = new LinkedHashMap<>();
        states.forEach((id, m) -> {
            if (keep.contains(id)) {
                out.put(id, m);
            }
        });
        return out;
    }

    private static List<String> findings(Schema schema) {
        return schema.findings().stream().map(Finding::name).toList();
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static String uniqueName(Map<String, ?> taken, String base) {
        String name = base;
        for (int i = 2; taken.containsKey(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }
}
