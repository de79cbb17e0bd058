package org.radcurate.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.radcurate.domain.Finding;
import org.radcurate.domain.GoldSet;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.Split;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.evaluation.GoldSizeEstimator;
import org.radcurate.evaluation.LabelMatrix;
import org.radcurate.evaluation.Resampling;
import org.radcurate.evaluation.SourceDiagnostics;
import org.radcurate.evaluation.SourceDiagnostics.Cell;
import org.radcurate.evaluation.SourceDiagnostics.Diagnosis;
import org.radcurate.persistence.Workspace;

/**
 * Teacher diagnostics over a workspace: every teacher, student and annotator source of the active schema, against
 * the working gold (read now, so figures follow the gold as it grows) and any frozen gold sets named; and the
 * "how many more gold reports?" estimate for one comparison.
 */
public final class DiagnosticsService {
    /** The gold that is being annotated now: the schema's GOLD source, named by it. */
    public static final String WORKING = "working";

    private DiagnosticsService() {}

    /**
     * What to diagnose: reports of a split (null: all), under a policy, against the working gold plus the frozen gold
     * sets named (NAME or NAME@VERSION), with bootstrap resamples and seed.
     */
    public record Request(Split split, UncertaintyPolicy policy, List<String> goldSets, int resamples, long seed) {
        public Request {
            goldSets = goldSets == null ? List.of() : List.copyOf(goldSets);
            policy = policy == null ? UncertaintyPolicy.U_ZEROS : policy;
            if (resamples < 0) {
                throw new IllegalArgumentException("resamples must be 0 or more, not " + resamples);
            }
        }

        public static Request defaults() {
            return new Request(null, UncertaintyPolicy.U_ZEROS, List.of(), 1000, 42);
        }
    }

    /** The diagnosis with the matrices it came from, so a cell's reports are listed without reading again. */
    public record Result(Diagnosis diagnosis, Map<String, LabelMatrix> sources, Map<String, LabelMatrix> golds,
            String split) {

        /**
         * The reports behind a cell: COVERED and POSITIVE of {@code source}; OVERLAP and CONFLICT with the source
         * {@code other}; the accuracy cells against the gold {@code other}.
         */
        public List<String> reports(String source, String other, String finding, Cell cell) {
            LabelMatrix m = require(sources, source, "source");
            LabelMatrix o = switch (cell) {
                case COVERED, POSITIVE -> null;
                case OVERLAP, CONFLICT -> require(sources, other, "source");
                default -> require(golds, other, "gold");
            };
            if (SourceDiagnostics.MICRO.equals(finding)) {
                List<String> all = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (String f : m.findings()) {
                    for (String id : SourceDiagnostics.reports(m, o, f, cell, diagnosis.policy())) {
                        if (seen.add(id)) {
                            all.add(id);
                        }
                    }
                }
                return all;
            }
            return SourceDiagnostics.reports(m, o, finding, cell, diagnosis.policy());
        }

        /** The reports behind a cell, as {@link #reports(String, String, String, Cell)}. */
        public List<String> reports(String source, String other, String finding, DiagnosticsRows.Cell cell) {
            return reports(source, other, finding, cell.toEvaluation());
        }

        public List<String> sourceNames() {
            return List.copyOf(sources.keySet());
        }

        public boolean hasGold(String name) {
            return golds.containsKey(name);
        }

        /** "3 sources on all reports; gold: working 300 reports". */
        public String summary() {
            StringBuilder b = new StringBuilder(sources.size() + " sources on " + split + " reports; gold: ");
            if (golds.isEmpty()) {
                b.append("none yet (correct reports in Annotate, or choose a frozen gold set)");
            }
            golds.forEach((name, m) -> b.append(name).append(' ').append(m.reportCount()).append(" reports  "));
            return b.toString().strip();
        }

        /** As table, csv or json. */
        public String render(String format) {
            return org.radcurate.service.report.DiagnosticsFormats.write(diagnosis, format);
        }

        private static LabelMatrix require(Map<String, LabelMatrix> m, String name, String what) {
            LabelMatrix x = m.get(name);
            if (x == null) {
                throw new IllegalArgumentException("no " + what + " '" + name + "'; there are " + m.keySet());
            }
            return x;
        }
    }

    /** Diagnoses the workspace's sources of the active schema. */
    public static Result diagnose(WorkspaceSession session, Request r) {
        Workspace ws = session.workspace();
        Schema schema = Schemas.active(ws);
        Set<String> inSplit = split(ws, r.split());
        Map<String, LabelMatrix> sources = new LinkedHashMap<>();
        for (SourceKind kind : List.of(SourceKind.TEACHER, SourceKind.STUDENT, SourceKind.ANNOTATOR)) {
            for (Source s : ws.sources().list(kind, schema.name())) {
                sources.put(s.name(), matrix(schema, ws.labels().states(s.id()), inSplit));
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("the workspace has no " + schema.name()
                    + " sources to diagnose; run a teacher first (Label > Run Rule Teacher, or label -w)");
        }
        Map<String, LabelMatrix> golds = new LinkedHashMap<>();
        workingGold(ws, schema).ifPresent(g -> {
            LabelMatrix m = matrix(schema, ws.labels().states(g.id()), inSplit);
            if (m.reportCount() > 0) {
                golds.put(WORKING, m);
            }
        });
        for (String ref : r.goldSets()) {
            GoldSet g = EvaluationService.findGoldSet(ws, ref);
            if (!g.schema().equals(schema.name())) {
                throw new IllegalArgumentException("gold set " + g.reference() + " is " + g.schema()
                        + ", but the workspace's schema is " + schema.name());
            }
            golds.put(g.reference(), matrix(schema, ws.goldSets().labels(g.id()), inSplit));
        }
        Diagnosis d = SourceDiagnostics.diagnose(sources, golds, r.policy(), new Resampling(r.resamples(), r.seed()));
        return new Result(d, sources, golds, r.split() == null ? "all" : r.split().key());
    }

    /** A comparison to estimate for: sources a (e.g. the teacher) and b (the student) on a gold and split. */
    public record EstimateRequest(String gold, Split split, String a, String b, UncertaintyPolicy policy,
            int resamples, long seed, double target) {
        public EstimateRequest {
            gold = gold == null || gold.isBlank() ? WORKING : gold;
            policy = policy == null ? UncertaintyPolicy.U_ZEROS : policy;
            if (a == null || b == null || a.equals(b)) {
                throw new IllegalArgumentException("name two different sources to compare (--a and --b)");
            }
        }
    }

    /** The estimate for one comparison; the gold is {@link #WORKING} or a frozen gold set's reference. */
    public static GoldSizeEstimator.Estimate estimate(WorkspaceSession session, EstimateRequest r) {
        Workspace ws = session.workspace();
        Schema schema = Schemas.active(ws);
        Set<String> inSplit = split(ws, r.split());
        LabelMatrix gold;
        if (WORKING.equals(r.gold())) {
            Source g = workingGold(ws, schema).orElseThrow(() -> new IllegalArgumentException(
                    "the workspace has no working gold yet; correct some reports in Annotate first"));
            gold = matrix(schema, ws.labels().states(g.id()), inSplit);
        } else {
            gold = matrix(schema, ws.goldSets().labels(EvaluationService.findGoldSet(ws, r.gold()).id()), inSplit);
        }
        if (gold.reportCount() == 0) {
            throw new IllegalArgumentException("gold " + r.gold() + " has no reports"
                    + (r.split() == null ? "" : " in split " + r.split().key()));
        }
        return GoldSizeEstimator.estimate(r.a(), r.b(), gold, source(ws, schema, r.a(), inSplit),
                source(ws, schema, r.b(), inSplit), r.policy(), new Resampling(r.resamples(), r.seed()), r.target());
    }

    /** {@link #estimate} as the screen shows it. */
    public static DiagnosticsRows.Estimate estimateRows(WorkspaceSession session, EstimateRequest r) {
        return DiagnosticsRows.of(estimate(session, r));
    }

    /** {@link #estimate} as table, csv or json. */
    public static String renderEstimate(WorkspaceSession session, EstimateRequest r, String format) {
        return org.radcurate.service.report.DiagnosticsFormats.write(estimate(session, r), format);
    }

    private static LabelMatrix source(Workspace ws, Schema schema, String name, Set<String> inSplit) {
        Source s = ws.sources().find(name).orElseThrow(() -> new IllegalArgumentException("no source '" + name
                + "'; the workspace has " + ws.sources().list().stream().map(Source::name).toList()));
        if (!s.schema().equals(schema.name())) {
            throw new IllegalArgumentException("source '" + name + "' labels " + s.schema() + ", not " + schema.name());
        }
        return matrix(schema, ws.labels().states(s.id()), inSplit);
    }

    static java.util.Optional<Source> workingGold(Workspace ws, Schema schema) {
        return ws.sources().list(SourceKind.GOLD, schema.name()).stream().findFirst();
    }

    private static Set<String> split(Workspace ws, Split split) {
        return split == null ? null : new HashSet<>(ws.reports().list(split).stream().map(x -> x.id()).toList());
    }

    static LabelMatrix matrix(Schema schema, Map<String, Map<String, MentionState>> states, Set<String> keep) {
        List<String> findings = schema.findings().stream().map(Finding::name).toList();
        LabelMatrix.Builder b = LabelMatrix.builder(findings);
        states.forEach((id, row) -> {
            if (keep == null || keep.contains(id)) {
                b.report(id);
                row.forEach((f, s) -> {
                    if (findings.contains(f)) {
                        b.put(id, f, s);
                    }
                });
            }
        });
        return b.build();
    }
}
