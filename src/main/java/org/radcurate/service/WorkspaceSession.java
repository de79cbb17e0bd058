package org.radcurate.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.radcurate.domain.Report;
import org.radcurate.domain.ReportSummary;
import org.radcurate.domain.Schema;
import org.radcurate.persistence.Workspace;

/**
 * An open workspace as the CLI and the UI see it: the use cases over one workspace file. The
 * persistence layer stays behind this class.
 */
public final class WorkspaceSession implements AutoCloseable {
    private final Workspace ws;
    private final java.util.Map<JobLane, WorkspaceSession> lanes = new java.util.EnumMap<>(JobLane.class);
    private boolean closed;

    private WorkspaceSession(Workspace ws) {
        this.ws = ws;
    }

    /**
     * The same workspace seen through the connection of one job lane (opened on first use, closed
     * with this session). The interactive lane is this session itself; a read-only session has no
     * other lanes either, since it writes nothing.
     */
    public synchronized WorkspaceSession lane(JobLane lane) {
        if (lane == JobLane.INTERACTIVE || ws.readOnly() || ws.isLane()) {
            return this;
        }
        if (closed) {
            throw new org.radcurate.persistence.WorkspaceException("Workspace " + ws.file() + " is closed.");
        }
        return lanes.computeIfAbsent(lane, l -> new WorkspaceSession(ws.openLane()));
    }

    /** Opens for writing (creating and migrating as needed); refused while another process writes. */
    public static WorkspaceSession open(Path file) {
        Workspace ws = Workspace.open(file);
        try {
            // one writer per workspace: a run still RUNNING now was stopped by a crash
            if (ws.runs().list().stream().anyMatch(r -> r.status() == org.radcurate.domain.RunStatus.RUNNING
                    || r.status() == org.radcurate.domain.RunStatus.QUEUED)) {
                ws.transaction(() -> ws.runs().markInterrupted());
            }
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
        return new WorkspaceSession(ws);
    }

    /** True when opening failed because another window or process writes the workspace (read-only still works). */
    public static boolean inUse(Throwable error) {
        return error instanceof org.radcurate.persistence.WorkspaceInUseException;
    }

    /**
     * The workspace whose opening {@code error} (or one of its causes) refused because another window or
     * process writes it, as it was named; empty for any other error.
     */
    public static Optional<Path> inUseFile(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.radcurate.persistence.WorkspaceInUseException e && e.file() != null) {
                return Optional.of(e.file());
            }
        }
        return Optional.empty();
    }

    /** Opens for reading; works while another process has the workspace open for writing. */
    public static WorkspaceSession openReadOnly(Path file) {
        return new WorkspaceSession(Workspace.openReadOnly(file));
    }

    public Path file() {
        return ws.file();
    }

    /** SQLite's integrity check of the workspace file: "ok" when sound. */
    public String integrityCheck() {
        return ws.integrityCheck();
    }

    public boolean readOnly() {
        return ws.readOnly();
    }

    public ImportService imports() {
        return new ImportService(ws);
    }

    public ExportService exports() {
        return new ExportService(ws);
    }

    /** Sources of one kind for one schema, in creation order: the one query every screen and command uses. */
    public List<org.radcurate.domain.Source> sources(org.radcurate.domain.SourceKind kind, String schema) {
        return ws.sources().list(kind, schema);
    }

    /** The annotation use cases (load, edit, queue, audit, agreement, freeze) over this session. */
    public AnnotationService annotation() {
        return new AnnotationService(this);
    }

    /**
     * Calls {@code listener} after each committed change that screens list (a new source, gold set,
     * run, evaluation, report or schema), made through this session or any of its lanes. It is called on
     * the committing thread and must hand the news on rather than work there.
     */
    public void onChange(java.util.function.Consumer<java.util.Set<org.radcurate.domain.WorkspaceChange>> listener) {
        ws.addChangeListener(listener);
    }

    public WorkspaceSummary summary() {
        return WorkspaceSummary.of(ws);
    }

    public Schema schema(String name) {
        return Schemas.require(ws, name);
    }

    public Schema activeSchema() {
        return Schemas.active(ws);
    }

    /** Makes a known schema the workspace's schema for annotation, training and the screens. */
    public Schema useSchema(String name) {
        Schema schema = Schemas.require(ws, name);
        ws.transaction(() -> ws.info().put(Schemas.ACTIVE_KEY, schema.name()));
        return schema;
    }

    public java.util.List<String> schemaNames() {
        return Schemas.names(ws);
    }

    public void addSchema(Schema schema) {
        Schemas.add(ws, schema);
    }

    /** Reads a custom schema from JSON and stores it in the workspace. */
    public Schema addSchemaFile(Path json) throws java.io.IOException {
        Schema schema = org.radcurate.ingest.SchemaFiles.read(json);
        Schemas.add(ws, schema);
        return schema;
    }

    /** Reports per split key (train, dev, test, none); a split with no reports is missing. */
    public java.util.Map<String, Long> reportsBySplit() {
        return ws.info().reportsBySplit();
    }

    /**
     * Gives every report without a split a seeded one, 80% train, 10% dev, 10% test (in report order, shuffled
     * by {@code seed}, so the same workspace and seed give the same split); one transaction. Returns how many.
     */
    public int makeSeededSplit(long seed) {
        List<String> ids = new java.util.ArrayList<>(ws.reports().list(org.radcurate.domain.Split.NONE).stream()
                .map(Report::id).toList());
        java.util.Collections.shuffle(ids, new java.util.Random(seed));
        int train = (int) Math.round(ids.size() * 0.8);
        int dev = (int) Math.round(ids.size() * 0.1);
        ws.transaction(() -> {
            for (int i = 0; i < ids.size(); i++) {
                ws.reports().setSplit(ids.get(i), i < train ? org.radcurate.domain.Split.TRAIN
                        : i < train + dev ? org.radcurate.domain.Split.DEV : org.radcurate.domain.Split.TEST);
            }
        });
        return ids.size();
    }

    public List<ReportSummary> reportSummaries(String annotator) {
        return ws.reports().summaries(annotator);
    }

    public Optional<Report> report(String id) {
        return ws.reports().find(id);
    }

    Workspace workspace() {
        return ws;
    }

    /** Closes every lane's connection, then this one (which releases the writer lock). */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            lanes.values().forEach(WorkspaceSession::close);
            lanes.clear();
        }
        ws.close();
    }

    /**
     * Closes; removes the workspace and its sidecars when this session created it and nothing was
     * stored (a command that failed on a new path leaves no empty workspace or lock file behind).
     */
    public void closeDiscardingIfUnused() {
        ws.closeDiscardingIfUnused();
    }
}
