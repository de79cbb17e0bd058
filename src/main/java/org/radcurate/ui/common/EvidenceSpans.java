package org.radcurate.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.Evidence;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.service.ReportWork;

/** The evidence of a report's labels as character spans to colour, and a sentence describing one finding's. */
public final class EvidenceSpans {
    /** How a span is drawn. */
    public enum Kind { POSITIVE, NEGATED, UNCERTAIN, CUE, SENTENCE }

    /** [start, end) in the report text, for a finding. */
    public record Span(int start, int end, Kind kind, String finding) {}

    private EvidenceSpans() {}

    /** Mentions (coloured by the label's state) and cues of every finding's first teacher label with evidence. */
    public static List<Span> of(ReportWork work) {
        List<Span> out = new ArrayList<>();
        if (work == null) {
            return out;
        }
        for (ReportWork.Row row : work.rows()) {
            Label l = evidenceLabel(row);
            if (l == null) {
                continue;
            }
            Kind kind = kind(l.state());
            for (Evidence e : l.evidence()) {
                if (e.mentionEnd() > e.mentionStart()) {
                    out.add(new Span(e.mentionStart(), e.mentionEnd(), kind, row.finding().name()));
                }
                if (e.hasCue() && e.cueEnd() > e.cueStart()) {
                    out.add(new Span(e.cueStart(), e.cueEnd(), Kind.CUE, row.finding().name()));
                }
            }
        }
        return out;
    }

    /** The spans of one finding, with its sentences, for the strong highlight. */
    public static List<Span> selected(ReportWork work, String finding) {
        List<Span> out = new ArrayList<>();
        if (work == null || finding == null) {
            return out;
        }
        Label l = evidenceLabel(work.row(finding));
        if (l != null) {
            for (Evidence e : l.evidence()) {
                out.add(new Span(e.sentenceStart(), e.sentenceEnd(), Kind.SENTENCE, finding));
                out.add(new Span(e.mentionStart(), e.mentionEnd(), kind(l.state()), finding));
            }
        }
        return out;
    }

    /** "Pleural Effusion: negative by radcurate-rules; cue “no”, rule negation-before; mention “effusion”". */
    public static String describe(ReportWork work, String finding) {
        if (work == null || finding == null) {
            return "";
        }
        ReportWork.Row row = work.row(finding);
        String text = work.report().text();
        StringBuilder b = new StringBuilder(row.finding().displayName());
        // the same teacher whose evidence is highlighted: the first with evidence, else the first
        Map.Entry<String, Label> first = row.teachers().entrySet().stream()
                .filter(t -> !t.getValue().evidence().isEmpty()).findFirst()
                .or(() -> row.teachers().entrySet().stream().findFirst()).orElse(null);
        if (first == null) {
            return b.append(": no teacher label").toString();
        }
        b.append(": ").append(first.getValue().state().name().toLowerCase()).append(" by ").append(first.getKey());
        List<Evidence> evidence = first.getValue().evidence();
        if (evidence.isEmpty()) {
            return b.append("; no evidence in the text").toString();
        }
        Evidence e = evidence.get(0);
        b.append("; mention “").append(cut(text, e.mentionStart(), e.mentionEnd())).append('”');
        if (e.hasCue()) {
            b.append(", cue “").append(cut(text, e.cueStart(), e.cueEnd())).append('”');
        }
        if (!e.rule().isEmpty()) {
            b.append(", rule ").append(e.rule());
        }
        if (evidence.size() > 1) {
            b.append(" (+").append(evidence.size() - 1).append(" more)");
        }
        return b.toString();
    }

    private static Label evidenceLabel(ReportWork.Row row) {
        return row.teachers().values().stream().filter(l -> !l.evidence().isEmpty()).findFirst().orElse(null);
    }

    private static Kind kind(MentionState s) {
        return switch (s) {
            case NEGATIVE -> Kind.NEGATED;
            case UNCERTAIN -> Kind.UNCERTAIN;
            default -> Kind.POSITIVE;
        };
    }

    private static String cut(String text, int start, int end) {
        return start >= 0 && end <= text.length() && start < end ? text.substring(start, end) : "";
    }
}
