package org.radcurate.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Report;
import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.ingest.LabelWriters;
import org.radcurate.ingest.Layouts;
import org.radcurate.ingest.ReportReaders;
import org.radcurate.labeling.LabeledReport;
import org.radcurate.labeling.LabelerOptions;
import org.radcurate.labeling.RuleLabeler;
import org.radcurate.persistence.Workspace;

/** Runs the rule teacher over a workspace or file to file. */
public final class LabelService {
    static final int BATCH = 2000;

    /** What a labeling run did: the source it wrote (or file), reports labelled, the labeler's version. */
    public record Result(String target, long reports, String version) {
        public String describe() {
            return target + ": " + reports + " reports labelled by " + version;
        }
    }

    private LabelService() {}

    /** The user's own rule file for a workspace, applied when present: {@code <workspace>.rules.json}. */
    public static Path workspaceRules(Path workspaceFile) {
        return workspaceFile.resolveSibling(workspaceFile.getFileName() + ".rules.json");
    }

    public static RuleLabeler labeler(Schema schema, boolean impressionOnly, boolean hierarchy, List<Path> rules)
            throws IOException {
        return RuleLabeler.create(schema, new LabelerOptions(impressionOnly, hierarchy), rules);
    }

    /**
     * Labels the workspace with the rule teacher for its active schema, applying the workspace's own
     * rule file when there is one ({@link #workspaceRules}).
     */
    public static Result labelWorkspace(WorkspaceSession session, boolean impressionOnly, boolean hierarchy,
            int threads, ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        return labelWorkspace(session, session.activeSchema(), impressionOnly, hierarchy, List.of(), threads, progress,
                cancelled);
    }

    /** Labels the workspace for a schema with extra rule files after the workspace's own one. */
    public static Result labelWorkspace(WorkspaceSession session, Schema schema, boolean impressionOnly,
            boolean hierarchy, List<Path> extraRules, int threads, ProgressListener progress, BooleanSupplier cancelled)
            throws IOException {
        Path own = workspaceRules(session.file());
        List<Path> rules = new ArrayList<>();
        if (java.nio.file.Files.isRegularFile(own)) {
            rules.add(own);
        }
        rules.addAll(extraRules);
        return labelWorkspace(session, labeler(schema, impressionOnly, hierarchy, rules), threads, progress,
                cancelled);
    }

    /**
     * Labels every report of the workspace and stores the result, with evidence and ICD-10-CM codes,
     * as a teacher source named after the labeler's version. Committed a batch at a time into a
     * hidden source that replaces the old one only at the end: cancel leaves the workspace as it was.
     */
    public static Result labelWorkspace(WorkspaceSession session, RuleLabeler labeler, int threads,
            ProgressListener progress, BooleanSupplier cancelled) {
        return labelWorkspace(session.workspace(), labeler, threads, progress, cancelled);
    }

    static Result labelWorkspace(Workspace ws, RuleLabeler labeler, int threads, ProgressListener progress,
            BooleanSupplier cancelled) {
        long total = ws.reports().count();
        long[] done = new long[1];
        String name = labeler.version() + " " + labeler.schema().name();
        String detail = labeler.version() + (labeler.options().impressionOnly() ? ", impression only" : "");
        StagedSource.write(ws, name, SourceKind.TEACHER, labeler.schema().name(), detail, source -> {
            List<Report> batch = new ArrayList<>(BATCH);
            // read the whole id order first: a chunk's commit must not run inside an open cursor
            for (List<Report> chunk : ws.reports().chunks(BATCH)) {
                batch.addAll(chunk);
                done[0] += ws.transaction(() -> store(ws, source, labeler, batch, threads, cancelled));
                progress.onProgress(Progress.of(done[0], total, done[0] + " of " + total + " reports labelled"));
            }
        });
        return new Result(name, done[0], labeler.version());
    }

    private static int store(Workspace ws, Source source, RuleLabeler labeler, List<Report> batch, int threads,
            BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("labeling cancelled; the workspace is unchanged");
        }
        for (LabeledReport lr : labeler.labelAll(batch, threads)) {
            ws.labels().putAll(source.id(), lr.labels());
            ws.labels().putConcepts(source.id(), lr.concepts());
        }
        int n = batch.size();
        batch.clear();
        return n;
    }

    /** {@link #labelFile} with a labeler built from its options (the CLI's entry point). */
    public static Result labelFile(Path in, ReportLayout layout, Schema schema, boolean impressionOnly,
            boolean hierarchy, List<Path> rules, Path out, ExportService.Format format, int threads,
            ProgressListener progress) throws IOException {
        return labelFile(in, layout, ReportReadOptions.defaults(), labeler(schema, impressionOnly, hierarchy, rules),
                out, format, threads, progress);
    }

    /** Labels a report file into a label file (CSV: id plus 1/0/-1/blank; JSONL: with evidence and codes). */
    public static Result labelFile(Path in, ReportLayout layout, ReportReadOptions options, RuleLabeler labeler,
            Path out, ExportService.Format format, int threads, ProgressListener progress) throws IOException {
        ReportLayout chosen = layout != null ? layout : Layouts.detectReports(in);
        long[] done = new long[1];
        ExportService.writeAtomically(out, w -> {
            try (LabelWriters.Sink sink = format == ExportService.Format.CSV
                    ? LabelWriters.csv(w, labeler.schema()) : LabelWriters.jsonl(w)) {
                List<Report> batch = new ArrayList<>(BATCH);
                ReportReaders.read(in, chosen, options, (r, pos) -> {
                    batch.add(r);
                    if (batch.size() == BATCH) {
                        done[0] += write(sink, labeler, batch, threads);
                        progress.onProgress(Progress.of(pos.done(), pos.total(), done[0] + " reports labelled"));
                    }
                });
                done[0] += write(sink, labeler, batch, threads);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, in);
        return new Result(out.toString(), done[0], labeler.version());
    }

    private static int write(LabelWriters.Sink sink, RuleLabeler labeler, List<Report> batch, int threads) {
        for (LabeledReport lr : labeler.labelAll(batch, threads)) {
            sink.write(lr.reportId(), lr.labels(), lr.concepts());
        }
        int n = batch.size();
        batch.clear();
        return n;
    }

    /** Reads every report of a file into memory (for benchmarks and small files). */
    public static List<Report> readAll(Path in, ReportLayout layout) throws IOException {
        List<Report> out = new ArrayList<>();
        ReportReaders.read(in, layout != null ? layout : Layouts.detectReports(in), ReportReadOptions.defaults(),
                (r, pos) -> out.add(r));
        return out;
    }

}
