package org.radcurate.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.Concept;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Finding;
import org.radcurate.domain.LlmAnswerRecord;
import org.radcurate.domain.GoldSet;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.persistence.Workspace;

/**
 * Correcting labels into gold. Every edit is one transaction that writes the annotator's own
 * source, the working gold and an audit entry, committed before the call returns.
 */
public final class AnnotationService {
    public static final String ANNOTATOR_PREFIX = "annotator:";

    private final Workspace ws;
    private final Schema schema;

    public AnnotationService(WorkspaceSession session) {
        this.ws = session.workspace();
        this.schema = Schemas.active(ws);
    }

    public Schema schema() {
        return schema;
    }

    public ReportWork load(String reportId, String annotator) {
        Report report = ws.reports().find(reportId)
                .orElseThrow(() -> new IllegalArgumentException("no report " + reportId + " in the workspace"));
        Map<Long, List<Label>> bySource = ws.labels().forReportAllSources(reportId);
        List<Source> teachers = new ArrayList<>();
        List<Source> students = new ArrayList<>();
        Source mine = annotatorSource(annotator).orElse(null);
        Source gold = goldSource().orElse(null);
        for (Source s : ws.sources().list()) {
            if (s.schema().equals(schema.name()) && s.kind() == SourceKind.TEACHER) {
                teachers.add(s);
            } else if (s.schema().equals(schema.name()) && s.kind() == SourceKind.STUDENT) {
                students.add(s);
            }
        }
        List<ReportWork.Row> rows = new ArrayList<>();
        for (Finding f : schema.findings()) {
            rows.add(new ReportWork.Row(f, labelsOf(teachers, bySource, f), labelsOf(students, bySource, f),
                    stateOf(mine, bySource, f), stateOf(gold, bySource, f)));
        }
        ConceptSet concepts = gold == null ? new ConceptSet(reportId, List.of())
                : ws.labels().concepts(gold.id(), reportId);
        Map<String, ConceptSet> suggested = new LinkedHashMap<>();
        for (Source t : teachers) {
            ConceptSet set = ws.labels().concepts(t.id(), reportId);
            if (!set.concepts().isEmpty()) {
                suggested.put(t.name(), set);
            }
        }
        Map<String, LlmAnswerRecord> answers = new LinkedHashMap<>();
        for (Source t : ws.sources().list(SourceKind.TEACHER)) {
            if (t.schema().equals(schema.name())) {
                ws.llm().answer(t.id(), reportId).ifPresent(a -> answers.put(t.name(), a));
            }
        }
        var entry = ws.annotations().get(reportId, annotator);
        java.util.Set<String> confirmed = new java.util.HashSet<>();
        if (mine != null) {
            bySource.getOrDefault(mine.id(), List.of()).forEach(l -> confirmed.add(l.finding()));
        }
        return new ReportWork(report, schema, teachers, students, rows, concepts, entry.status(), entry.comment(),
                suggested, answers, entry.flagged(), confirmed);
    }

    /**
     * {@link #load} for showing the report to the annotator now, recording when it was shown (for the time ledger;
     * look-ahead reads use {@link #load} and record nothing).
     */
    public ReportWork open(String reportId, String annotator) {
        ReportWork w = load(reportId, annotator);
        // a read-only workspace (open in another window) is read, not written: no view time is recorded
        if (annotator != null && !annotator.isBlank() && !ws.readOnly()) {
            ws.transaction(() -> ws.annotationEvents().shown(annotator, reportId, java.time.Instant.now()));
        }
        return w;
    }

    /** The annotation queue for a filter, with the annotator's progress over the whole workspace. */
    public AnnotationQueue queue(QueueFilter filter, String annotator) {
        return AnnotationQueue.build(ws, schema, filter, annotator);
    }

    /** Names of the schema's sources of one kind (annotators without their "annotator:" prefix). */
    public List<String> sourceNames(SourceKind kind) {
        List<String> out = new ArrayList<>();
        for (Source s : ws.sources().list(kind, schema.name())) {
            out.add(kind == SourceKind.ANNOTATOR && s.name().startsWith(ANNOTATOR_PREFIX)
                    ? s.name().substring(ANNOTATOR_PREFIX.length()) : s.name());
        }
        return out;
    }

    /** The frozen gold sets, by name then version. */
    public List<GoldSet> goldSets() {
        return ws.goldSets().list();
    }

    /** The audit log: listing and CSV export. */
    public AnnotationAudit audit() {
        return new AnnotationAudit(ws);
    }

    /** Cohen's (two) or Fleiss' (more) kappa between annotators, per finding and overall. */
    public AnnotationAgreement agreement(List<String> annotators) {
        return AnnotationAgreement.compute(ws, schema, annotators);
    }

    /** Cohen's kappa per finding between each annotator and each teacher (rule, LLM, imported). */
    public List<AnnotationAgreement.TeacherRow> teacherAgreement(List<String> annotators) {
        return AnnotationAgreement.teachers(ws, schema, annotators);
    }

    /** Sets a finding's state for the annotator and in the working gold; returns the gold state it replaced. */
    public MentionState setState(String annotator, String reportId, String finding, MentionState state) {
        Finding f = schema.finding(finding)
                .orElseThrow(() -> new IllegalArgumentException("no finding " + finding + " in " + schema.name()));
        return ws.transaction(() -> write(annotator, reportId, f, state, "set"));
    }

    /** Copies one source's states for every finding of the report; returns the gold states replaced. */
    public Map<String, MentionState> acceptSource(String annotator, String reportId, String sourceName) {
        Source source = ws.sources().find(sourceName)
                .orElseThrow(() -> new IllegalArgumentException("no source " + sourceName));
        return ws.transaction(() -> {
            Map<String, MentionState> states = new HashMap<>();
            ws.labels().forReport(source.id(), reportId).forEach(l -> states.put(l.finding(), l.state()));
            Map<String, MentionState> before = new LinkedHashMap<>();
            for (Finding f : schema.findings()) {
                before.put(f.name(), write(annotator, reportId, f, states.getOrDefault(f.name(), MentionState.ABSENT),
                        "accept " + sourceName));
            }
            return before;
        });
    }

    /** Restores earlier gold states (undo or redo), audited as such. */
    public void restore(String annotator, String reportId, Map<String, MentionState> states, String action) {
        ws.transaction(() -> states.forEach((finding, state) -> write(annotator, reportId,
                schema.finding(finding).orElseThrow(), state, action)));
    }

    /**
     * Sets the report's status for the annotator. DONE also records, in the annotator's own source, the
     * gold state of each finding the annotator left untouched: it is what they saw and accepted, and
     * agreement needs every finding of a done report.
     */
    public void setStatus(String annotator, String reportId, AnnotationStatus status) {
        setStatus(annotator, reportId, status, "status");
    }

    /** {@link #setStatus(String, String, AnnotationStatus)} audited as {@code action} ("undo status", "redo status"). */
    public void setStatus(String annotator, String reportId, AnnotationStatus status, String action) {
        ws.transaction(() -> {
            if (status == AnnotationStatus.DONE) {
                confirmUntouched(annotator, reportId);
            }
            var entry = ws.annotations().get(reportId, annotator);
            ws.annotations().put(reportId, annotator, status, entry.comment());
            ws.audit().append(annotator, action, reportId, "", entry.status().name(), status.name());
        });
    }

    /** Flags or unflags the report for the annotator: a mark for follow-up, kept whatever its status. */
    public void setFlag(String annotator, String reportId, boolean flagged) {
        setFlag(annotator, reportId, flagged, "flag");
    }

    /** {@link #setFlag(String, String, boolean)} audited as {@code action} ("undo flag", "redo flag"). */
    public void setFlag(String annotator, String reportId, boolean flagged, String action) {
        ws.transaction(() -> {
            var entry = ws.annotations().get(reportId, annotator);
            ws.annotations().put(reportId, annotator, entry.status(), flagged, entry.comment());
            ws.audit().append(annotator, action, reportId, "", entry.flagged() ? "flagged" : "not flagged",
                    flagged ? "flagged" : "not flagged");
        });
    }

    public void setComment(String annotator, String reportId, String comment) {
        ws.transaction(() -> {
            var entry = ws.annotations().get(reportId, annotator);
            ws.annotations().put(reportId, annotator, entry.status(), comment);
            ws.audit().append(annotator, "comment", reportId, "", entry.comment(), comment);
        });
    }

    public void addConcept(String annotator, String reportId, Concept concept) {
        ws.transaction(() -> {
            Source gold = goldSourceOrCreate();
            List<Concept> list = new ArrayList<>(ws.labels().concepts(gold.id(), reportId).concepts());
            list.removeIf(c -> c.code().equals(concept.code()));
            list.add(concept);
            ws.labels().putConcepts(gold.id(), new ConceptSet(reportId, list));
            ws.audit().append(annotator, "add code", reportId, concept.code(), "", concept.phrase());
        });
    }

    public void removeConcept(String annotator, String reportId, String code) {
        ws.transaction(() -> {
            Source gold = goldSourceOrCreate();
            List<Concept> list = new ArrayList<>(ws.labels().concepts(gold.id(), reportId).concepts());
            Optional<Concept> removed = list.stream().filter(c -> c.code().equals(code)).findFirst();
            if (removed.isEmpty()) {
                return;
            }
            list.remove(removed.get());
            ws.labels().putConcepts(gold.id(), new ConceptSet(reportId, list));
            ws.audit().append(annotator, "remove code", reportId, code, removed.get().phrase(), "");
        });
    }

    /** Freezes the working gold into the next version of the named gold set. */
    public GoldSet freeze(String annotator, String name, String note) {
        return freeze(annotator, name, note, false);
    }

    /**
     * Freezes the working gold into the next version of the named gold set; with {@code reviewedOnly}
     * only the reports an annotator marked done, leaving out gold that is only pre-filled.
     */
    public GoldSet freeze(String annotator, String name, String note, boolean reviewedOnly) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a gold set needs a name");
        }
        return ws.transaction(() -> {
            GoldSet g = ws.goldSets().freeze(name.strip(), note, goldSourceOrCreate().id(), schema.name(),
                    reviewedOnly);
            if (reviewedOnly && g.reportCount() == 0) {
                throw new IllegalArgumentException("no report of the working gold has been reviewed (marked done) "
                        + "yet, so there is nothing to freeze; mark reports done first, or freeze them all");
            }
            ws.audit().append(annotator, "freeze gold set", "", g.reference(), "", g.reportCount() + " reports"
                    + (reviewedOnly ? " (reviewed only)" : ""));
            return g;
        });
    }

    /** The working gold's reports: how many were reviewed (marked done by an annotator) and how many not yet. */
    public org.radcurate.domain.GoldCoverage goldCoverage() {
        return goldSource().map(g -> ws.goldSets().coverage(g.id()))
                .orElse(new org.radcurate.domain.GoldCoverage(0, 0));
    }

    /** Each annotator's states for a report (annotators who labelled it), for adjudication. */
    public Map<String, Map<String, MentionState>> annotatorStates(String reportId) {
        Map<String, Map<String, MentionState>> out = new LinkedHashMap<>();
        for (Source s : ws.sources().list(SourceKind.ANNOTATOR)) {
            if (!s.schema().equals(schema.name())) {
                continue;
            }
            List<Label> labels = ws.labels().forReport(s.id(), reportId);
            if (!labels.isEmpty()) {
                Map<String, MentionState> m = new LinkedHashMap<>();
                labels.forEach(l -> m.put(l.finding(), l.state()));
                out.put(s.name().substring(ANNOTATOR_PREFIX.length()), m);
            }
        }
        return out;
    }

    /** Sets gold only (the adjudicator's decision), audited. Returns the gold state replaced. */
    public MentionState adjudicate(String adjudicator, String reportId, String finding, MentionState state) {
        Finding f = schema.finding(finding).orElseThrow();
        return ws.transaction(() -> {
            Source gold = goldSourceOrCreate();
            MentionState before = ws.labels().find(gold.id(), reportId, f.name()).map(Label::state)
                    .orElse(MentionState.ABSENT);
            ws.labels().put(gold.id(), Label.of(reportId, f.name(), state));
            ws.audit().append(adjudicator, "adjudicate", reportId, f.name(), before.name(), state.name());
            return before;
        });
    }

    private void confirmUntouched(String annotator, String reportId) {
        Source mine = ws.sources().findOrCreate(ANNOTATOR_PREFIX + annotator, SourceKind.ANNOTATOR, schema.name(),
                "labels by " + annotator);
        Map<String, MentionState> gold = new HashMap<>();
        goldSource().ifPresent(g -> ws.labels().forReport(g.id(), reportId).forEach(l -> gold.put(l.finding(),
                l.state())));
        java.util.Set<String> touched = new java.util.HashSet<>();
        ws.labels().forReport(mine.id(), reportId).forEach(l -> touched.add(l.finding()));
        List<Label> missing = new ArrayList<>();
        for (Finding f : schema.findings()) {
            if (!touched.contains(f.name())) {
                missing.add(Label.of(reportId, f.name(), gold.getOrDefault(f.name(), MentionState.ABSENT)));
            }
        }
        ws.labels().putAll(mine.id(), missing);
    }

    private MentionState write(String annotator, String reportId, Finding f, MentionState state, String action) {
        Source mine = ws.sources().findOrCreate(ANNOTATOR_PREFIX + annotator, SourceKind.ANNOTATOR, schema.name(),
                "labels by " + annotator);
        Source gold = goldSourceOrCreate();
        MentionState before = ws.labels().find(gold.id(), reportId, f.name()).map(Label::state)
                .orElse(MentionState.ABSENT);
        ws.labels().put(mine.id(), Label.of(reportId, f.name(), state));
        ws.labels().put(gold.id(), Label.of(reportId, f.name(), state));
        if (before != state) {
            ws.audit().append(annotator, action, reportId, f.name(), before.name(), state.name());
        }
        return before;
    }

    private Optional<Source> annotatorSource(String annotator) {
        return ws.sources().find(ANNOTATOR_PREFIX + annotator);
    }

    /** The working gold for the schema: its GOLD source. */
    Optional<Source> goldSource() {
        return ws.sources().list(SourceKind.GOLD, schema.name()).stream().findFirst();
    }

    private Source goldSourceOrCreate() {
        return goldSource().orElseGet(() -> ws.sources().findOrCreate(
                ws.sources().find("gold").isPresent() ? "gold-" + schema.name() : "gold", SourceKind.GOLD,
                schema.name(), "working gold"));
    }

    private static Map<String, Label> labelsOf(List<Source> sources, Map<Long, List<Label>> bySource, Finding f) {
        Map<String, Label> out = new LinkedHashMap<>();
        for (Source s : sources) {
            bySource.getOrDefault(s.id(), List.of()).stream().filter(l -> l.finding().equals(f.name())).findFirst()
                    .ifPresent(l -> out.put(s.name(), l));
        }
        return out;
    }

    private static MentionState stateOf(Source s, Map<Long, List<Label>> bySource, Finding f) {
        if (s == null) {
            return MentionState.ABSENT;
        }
        return bySource.getOrDefault(s.id(), List.of()).stream().filter(l -> l.finding().equals(f.name()))
                .map(Label::state).findFirst().orElse(MentionState.ABSENT);
    }
}
