package org.radcurate.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.radcurate.domain.EvaluationRecord;
import org.radcurate.domain.Finding;
import org.radcurate.domain.GoldSet;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.ReportIds;
import org.radcurate.domain.Schema;
import org.radcurate.domain.ScoringScope;
import org.radcurate.domain.Source;
import org.radcurate.domain.Split;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.evaluation.Comparison;
import org.radcurate.evaluation.LabelMatrix;
import org.radcurate.evaluation.Resampling;
import org.radcurate.ingest.ImportException;
import org.radcurate.ingest.LabelReaders;
import org.radcurate.ingest.Layouts;
import org.radcurate.persistence.Workspace;
import org.radcurate.service.report.ComparisonCsvWriter;
import org.radcurate.service.report.ComparisonHtmlReport;
import org.radcurate.service.report.ComparisonJsonReader;
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
        return compareFiles(gold, preds, schema, policy, resampling, task, null, null, ScoringScope.ALL);
    }

    /**
     * As {@link #compareFiles(Path, List, Schema, UncertaintyPolicy, Resampling, Task)}, with the paired test's
     * teacher and student named (prediction files by name without extension; both null: first and last), scored
     * under the scope.
     */
    public static Comparison compareFiles(Path gold, List<Path> preds, Schema schema, UncertaintyPolicy policy,
            Resampling resampling, Task task, String teacher, String student, ScoringScope scope) throws IOException {
        LabelMatrix goldMatrix = readMatrix(gold, schema);
        Map<String, LabelMatrix> sources = new LinkedHashMap<>();
        for (Path p : preds) {
            String name = uniqueName(sources, stem(p));
            sources.put(name, readMatrix(p, schema));
        }
        List<String> names = new ArrayList<>(sources.keySet());
        String[] pair = pair(names, teacher, student);
        return SourceScoring.compare(task, stem(gold), goldMatrix, sources, policy, resampling, pair[0], pair[1],
                scope);
    }

    /**
     * Scores workspace sources against a frozen gold set on a split, and stores the evaluation. With two or
     * more sources, the paired test asks whether the last beats the first.
     */
    public static Comparison compareWorkspace(WorkspaceSession session, String goldSetRef, List<String> sourceNames,
            Split split, UncertaintyPolicy policy, Resampling resampling, Task task) {
        return compareWorkspace(session, goldSetRef, sourceNames, split, policy, resampling, task, null, null,
                ScoringScope.ALL);
    }

    /**
     * As the method above, with the paired test's teacher and student named (both null: first and last), scored
     * under the scope.
     */
    public static Comparison compareWorkspace(WorkspaceSession session, String goldSetRef, List<String> sourceNames,
            Split split, UncertaintyPolicy policy, Resampling resampling, Task task, String teacher, String student,
            ScoringScope scope) {
        String[] pair = pair(sourceNames, teacher, student);
        String a = pair[0];
        String b = pair[1];
        CompareRequest r = new CompareRequest(goldSetRef, split, policy, task, sourceNames, a, b,
                resampling.resamples(), resampling.seed(), scope);
        return evaluate(session, r, ProgressListener.NONE, () -> false).comparison();
    }

    /**
     * Scores and stores as {@link #compareWorkspace} does, for a screen: progress step by step, cancel between
     * steps (nothing is stored then), the teacher and student named, and the label matrices kept for
     * {@link ErrorCases}. On a workspace opened read-only it scores the same and stores nothing: the view's
     * {@link EvaluationView#stored()} is false.
     */
    public static EvaluationView evaluate(WorkspaceSession session, CompareRequest r, ProgressListener progress,
            BooleanSupplier cancelled) {
        Workspace ws = session.workspace();
        int steps = r.sources().size() + 3;
        Loaded data = load(ws, r.goldSet(), r.sources(), r.split(), progress, cancelled, steps);
        progress.onProgress(Progress.of(steps - 2, steps, "Scoring " + data.gold().reportCount() + " reports with "
                + r.resamples() + " bootstrap resamples…"));
        Comparison c = SourceScoring.compare(r.task(), data.goldSet().reference(), data.gold(), data.sources(),
                r.policy(), new Resampling(r.resamples(), r.seed()), r.teacher(), r.student(), r.scope());
        checkCancelled(cancelled);
        if (session.readOnly()) {
            // a workspace another window or process writes: the same figures, with nothing written
            progress.onProgress(Progress.of(steps, steps, "Scored; not stored (the workspace is open read-only)"));
            return new EvaluationView(c, EvaluationView.NOT_STORED, java.time.Instant.now(), r.splitKey(), data);
        }
        EvaluationRecord stored = ws.transaction(() -> ws.evaluations().add(data.goldSet().reference(), r.splitKey(),
                r.policy(), r.sources(), ComparisonJsonWriter.write(c)));
        progress.onProgress(Progress.of(steps, steps, "Stored evaluation #" + stored.id()));
        return new EvaluationView(c, stored.id(), stored.createdAt(), r.splitKey(), data);
    }

    /**
     * As {@link #export(EvaluationView, Path)}; an HTML report also gets the workspace's time ledger (what the
     * curation behind the gold cost), with the default idle threshold.
     */
    public static void export(WorkspaceSession session, EvaluationView view, Path out) throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (session == null || !(name.endsWith(".html") || name.endsWith(".htm"))) {
            export(view, out);
            return;
        }
        String text = ComparisonHtmlReport.write(view.comparison(), ledgerSection(session));
        ExportService.writeAtomically(out, w -> {
            try {
                w.write(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String ledgerSection(WorkspaceSession session) {
        return org.radcurate.service.report.LedgerFormats.html(
                LedgerService.ledger(session, org.radcurate.domain.TimeLedger.DEFAULT_IDLE));
    }

    /** A stored evaluation, shown again exactly as it was computed. */
    public static EvaluationView show(EvaluationRecord record) {
        return new EvaluationView(ComparisonJsonReader.read(record.metricsJson()), record.id(), record.createdAt(),
                record.split(), null);
    }

    /** Writes an evaluation as CSV, JSON, HTML or a text table, chosen by the file's extension. */
    public static void export(EvaluationView view, Path out) throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        String format = name.endsWith(".csv") ? "csv" : name.endsWith(".json") ? "json"
                : name.endsWith(".html") || name.endsWith(".htm") ? "html" : "table";
        String text = view.render(format);
        ExportService.writeAtomically(out, w -> {
            try {
                w.write(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every label source of the workspace, in creation order. */
    public static List<Source> sources(WorkspaceSession session) {
        return session.workspace().sources().list();
    }

    /** Gold and source matrices of one comparison, as read from the workspace (sources not yet aligned). */
    record Loaded(GoldSet goldSet, LabelMatrix gold, Map<String, LabelMatrix> sources) {}

    static Loaded load(Workspace ws, String goldSetRef, List<String> sourceNames, Split split,
            ProgressListener progress, BooleanSupplier cancelled, int steps) {
        GoldSet goldSet = findGoldSet(ws, goldSetRef);
        Schema schema = Schemas.require(ws, goldSet.schema());
        progress.onProgress(Progress.of(0, steps, "Reading gold set " + goldSet.reference() + "…"));
        Set<String> inSplit = split == null ? null : new HashSet<>(
                ws.reports().list(split).stream().map(r -> r.id()).toList());
        Map<String, Map<String, MentionState>> goldStates = filter(ws.goldSets().labels(goldSet.id()), inSplit);
        if (goldStates.isEmpty()) {
            throw new IllegalArgumentException("gold set " + goldSet.reference() + " has no reports"
                    + (split == null ? "" : " in split " + split.key()));
        }
        LabelMatrix goldMatrix = LabelMatrix.of(findings(schema), goldStates);
        Map<String, LabelMatrix> sources = new LinkedHashMap<>();
        for (String name : sourceNames) {
            checkCancelled(cancelled);
            progress.onProgress(Progress.of(sources.size() + 1, steps, "Reading " + name + "…"));
            Source s = ws.sources().find(name).orElseThrow(() -> new IllegalArgumentException("no source '" + name
                    + "'; the workspace has " + ws.sources().list().stream().map(Source::name).toList()));
            if (!s.schema().equals(schema.name())) {
                throw new IllegalArgumentException("source '" + name + "' labels " + s.schema() + ", but gold set "
                        + goldSet.reference() + " is " + schema.name());
            }
            sources.put(name, LabelMatrix.of(findings(schema), filter(ws.labels().states(s.id()), inSplit)));
        }
        checkCancelled(cancelled);
        return new Loaded(goldSet, goldMatrix, sources);
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("comparison cancelled; nothing was stored");
        }
    }

    /** A comparison rendered for output, with what a one-line summary needs. */
    public record Rendered(String text, String gold, int sources) {}

    /** {@link #compareFiles}, rendered as json, table, csv or html. */
    public static Rendered renderFiles(Path gold, List<Path> preds, Schema schema, UncertaintyPolicy policy,
            int resamples, long seed, Task task, String format) throws IOException {
        return renderFiles(gold, preds, schema, policy, resamples, seed, task, format, null, null, ScoringScope.ALL);
    }

    /** {@link #renderFiles} with the paired test's teacher and student named, scored under the scope. */
    public static Rendered renderFiles(Path gold, List<Path> preds, Schema schema, UncertaintyPolicy policy,
            int resamples, long seed, Task task, String format, String teacher, String student, ScoringScope scope)
            throws IOException {
        Comparison c = compareFiles(gold, preds, schema, policy, new Resampling(resamples, seed), task, teacher,
                student, scope);
        return new Rendered(render(c, format), c.gold(), c.sources().size());
    }

    /** {@link #compareWorkspace}, rendered as json, table, csv or html. */
    public static Rendered renderWorkspace(WorkspaceSession session, String goldSet, List<String> sources, Split split,
            UncertaintyPolicy policy, int resamples, long seed, Task task, String format) {
        return renderWorkspace(session, goldSet, sources, split, policy, resamples, seed, task, format, null, null,
                ScoringScope.ALL);
    }

    /** {@link #renderWorkspace} with the paired test's teacher and student named, scored under the scope. */
    public static Rendered renderWorkspace(WorkspaceSession session, String goldSet, List<String> sources, Split split,
            UncertaintyPolicy policy, int resamples, long seed, Task task, String format, String teacher,
            String student, ScoringScope scope) {
        Comparison c = compareWorkspace(session, goldSet, sources, split, policy, new Resampling(resamples, seed), task,
                teacher, student, scope);
        String text = "html".equalsIgnoreCase(format == null ? "" : format.strip())
                ? ComparisonHtmlReport.write(c, ledgerSection(session)) : render(c, format);
        return new Rendered(text, c.gold(), c.sources().size());
    }

    /**
     * The paired test's teacher and student: as named (both, or neither), else the first and the last of two or
     * more sources. A name that is not among the sources is an error that lists them.
     */
    static String[] pair(List<String> names, String teacher, String student) {
        if ((teacher == null) != (student == null)) {
            throw new IllegalArgumentException("name both --teacher and --student for the paired test, or neither");
        }
        if (teacher == null) {
            return names.size() >= 2 ? new String[] {names.get(0), names.get(names.size() - 1)} : new String[2];
        }
        for (String n : List.of(teacher, student)) {
            if (!names.contains(n)) {
                throw new IllegalArgumentException("'" + n + "' is not among the compared sources " + names);
            }
        }
        if (teacher.equals(student)) {
            throw new IllegalArgumentException("the teacher and the student must be different sources");
        }
        return new String[] {teacher, student};
    }

    /** The evaluation benchmark (random data; see EvaluationBenchmark). */
    public static String benchmark(int reports, int findings, int resamples, long seed) {
        return org.radcurate.evaluation.EvaluationBenchmark.run(reports, findings, resamples, seed);
    }

    /** The gold-size estimate's benchmark (random data; see GoldSizeBenchmark). */
    public static String goldSizeBenchmark(int reports, int findings, int resamples, long seed) {
        return org.radcurate.evaluation.GoldSizeBenchmark.run(reports, findings, resamples, seed);
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
        List<String> known = ws.goldSets().list().stream().map(GoldSet::reference).toList();
        return ws.goldSets().find(n, v).orElseThrow(() -> new IllegalArgumentException("no gold set '" + ref
                + (known.isEmpty() ? "'; the workspace has none yet: freeze one in Annotate (Ctrl+G)"
                        : "'; the workspace has " + String.join(", ", known))));
    }

    /** Reads a label file (label CSV, NIH gold layout, CheXpert-style CSV with ids, or JSONL) by canonical id. */
    static LabelMatrix readMatrix(Path file, Schema schema) throws IOException {
        return LabelMatrix.of(findings(schema), LabelFiles.readStates(file, schema));
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

    /**
     * {@link #renderWorkspace} without storing the evaluation, so it works on a workspace opened read-only
     * (another window or process writes it): the same figures, with nothing written.
     */
    public static Rendered renderWorkspaceUnstored(WorkspaceSession session, String goldSet, List<String> sources,
            Split split, UncertaintyPolicy policy, int resamples, long seed, Task task, String format, String teacher,
            String student, ScoringScope scope) {
        String[] pair = pair(sources, teacher, student);
        Loaded data = load(session.workspace(), goldSet, sources, split, ProgressListener.NONE, () -> false,
                sources.size() + 3);
        Comparison c = SourceScoring.compare(task, data.goldSet().reference(), data.gold(), data.sources(), policy,
                new Resampling(resamples, seed), pair[0], pair[1], scope);
        return new Rendered(render(c, format), c.gold(), c.sources().size());
    }
}
