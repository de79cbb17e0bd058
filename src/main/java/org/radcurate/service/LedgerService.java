package org.radcurate.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.radcurate.domain.Finding;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.TimeLedger;
import org.radcurate.domain.TimeLedger.Event;
import org.radcurate.domain.TimeLedger.Kind;
import org.radcurate.persistence.Workspace;

/**
 * The radiologists' time ledger: seconds per report and per correction type for each annotator, from the audit
 * log's edit times and the times reports were shown (idle gaps left out; see {@link TimeLedger}), and how often
 * each annotator corrected each teacher.
 */
public final class LedgerService {
    private LedgerService() {}

    /**
     * One annotator's corrections of one teacher over the reports both labelled: a correction is a finding where
     * they differ as positive, uncertain or not present (NEGATIVE and ABSENT both say "not present").
     */
    public record TeacherCorrections(String annotator, String teacher, int reports, int corrections,
            Map<Kind, Integer> byKind) {
        public TeacherCorrections {
            byKind = Map.copyOf(byKind);
        }

        /** Corrections per 100 reports of the teacher (0 with no reports). */
        public double per100() {
            return reports == 0 ? 0 : 100.0 * corrections / reports;
        }
    }

    /** The ledger: per annotator, per annotator and teacher, and the idle threshold used. */
    public record Ledger(Duration idle, List<TimeLedger.AnnotatorTime> annotators, List<TeacherCorrections> teachers) {
        public Ledger {
            annotators = List.copyOf(annotators);
            teachers = List.copyOf(teachers);
        }
    }

    /** The ledger of the workspace's active schema. */
    public static Ledger ledger(WorkspaceSession session, Duration idle) {
        Workspace ws = session.workspace();
        Schema schema = Schemas.active(ws);
        List<TimeLedger.AnnotatorTime> times = TimeLedger.compute(events(ws, schema), idle);
        return new Ledger(idle, times, corrections(ws, schema));
    }

    /** Every timed event: the audit log's report entries (edits classed by before and after) and reports shown. */
    static List<Event> events(Workspace ws, Schema schema) {
        Set<String> findings = schema.findings().stream().map(Finding::name).collect(Collectors.toSet());
        List<Event> out = new ArrayList<>();
        ws.audit().forEach(a -> {
            if (a.reportId().isEmpty()) {
                return;
            }
            Kind kind = Kind.REVIEW;
            if (findings.contains(a.target())) {
                MentionState before = MentionState.parse(a.before()).orElse(null);
                MentionState after = MentionState.parse(a.after()).orElse(null);
                if (before != null && after != null) {
                    kind = Kind.of(before, after);
                }
            }
            out.add(new Event(a.at(), a.who(), a.reportId(), kind));
        });
        ws.annotationEvents().forEach(s -> out.add(new Event(s.at(), s.annotator(), s.reportId(), Kind.REVIEW)));
        return out;
    }

    static List<TeacherCorrections> corrections(Workspace ws, Schema schema) {
        List<TeacherCorrections> out = new ArrayList<>();
        List<Source> teachers = ws.sources().list(SourceKind.TEACHER, schema.name());
        for (Source annotator : ws.sources().list(SourceKind.ANNOTATOR, schema.name())) {
            Map<String, Map<String, MentionState>> mine = ws.labels().states(annotator.id());
            String who = annotator.name().startsWith(AnnotationService.ANNOTATOR_PREFIX)
                    ? annotator.name().substring(AnnotationService.ANNOTATOR_PREFIX.length()) : annotator.name();
            for (Source teacher : teachers) {
                Map<String, Map<String, MentionState>> theirs = ws.labels().states(teacher.id());
                int reports = 0;
                int corrections = 0;
                Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
                for (Map.Entry<String, Map<String, MentionState>> e : mine.entrySet()) {
                    Map<String, MentionState> t = theirs.get(e.getKey());
                    if (t == null) {
                        continue;
                    }
                    reports++;
                    for (Map.Entry<String, MentionState> f : e.getValue().entrySet()) {
                        MentionState before = t.getOrDefault(f.getKey(), MentionState.ABSENT);
                        Kind k = Kind.of(before, f.getValue());
                        if (k != Kind.REVIEW && k != Kind.NEGATIVE_OR_ABSENT) {
                            corrections++;
                            byKind.merge(k, 1, Integer::sum);
                        }
                    }
                }
                out.add(new TeacherCorrections(who, teacher.name(), reports, corrections, byKind));
            }
        }
        return out;
    }
}
