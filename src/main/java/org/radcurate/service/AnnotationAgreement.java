package org.radcurate.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.radcurate.domain.Finding;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.evaluation.AnnotatorAgreement;
import org.radcurate.evaluation.FindingAgreement;
import org.radcurate.evaluation.LabelMatrix;
import org.radcurate.persistence.Workspace;

/**
 * Agreement between annotators on the four mention states: Cohen's kappa for two annotators, Fleiss'
 * kappa for more, per finding and overall (every report x finding pooled as one item). Items are the
 * reports every chosen annotator labelled. A kappa is NaN where it is undefined (all ratings in one
 * category), which the screen shows as a dash rather than a made-up number.
 */
public record AnnotationAgreement(List<String> annotators, List<Row> findings, Row overall, List<Item> reports) {

    /** One line of the agreement table. */
    public record Row(String finding, int items, double kappa, String measure) {}

    /**
     * Agreement of one annotator with one teacher on one finding: Cohen's kappa on positive vs not
     * (uncertain as not, the research default), over the reports the annotator labelled that the
     * teacher labelled too. Teachers differ in how they write "not mentioned" (the rule teacher
     * leaves it absent, an LLM's multiple choice says negative), so the four states would compare
     * encodings rather than judgements.
     */
    public record TeacherRow(String annotator, String teacher, String finding, int items, double kappa) {}

    /** Every annotator against every teacher of the schema, finding by finding. */
    static List<TeacherRow> teachers(Workspace ws, Schema schema, List<String> annotators) {
        List<String> names = schema.findings().stream().map(Finding::name).toList();
        List<TeacherRow> out = new ArrayList<>();
        for (String a : annotators) {
            var mine = ws.sources().find(AnnotationService.ANNOTATOR_PREFIX + a);
            if (mine.isEmpty()) {
                continue;
            }
            Map<String, Map<String, MentionState>> annotator = ws.labels().states(mine.get().id());
            for (Source t : ws.sources().list(SourceKind.TEACHER)) {
                if (!t.schema().equals(schema.name())) {
                    continue;
                }
                Map<String, Map<String, MentionState>> teacher = new LinkedHashMap<>();
                ws.labels().states(t.id()).forEach((report, row) -> {
                    if (annotator.containsKey(report)) {
                        teacher.put(report, row);
                    }
                });
                Map<String, Map<String, MentionState>> shared = new LinkedHashMap<>();
                annotator.forEach((report, row) -> {
                    if (teacher.containsKey(report)) {
                        shared.put(report, row);
                    }
                });
                if (shared.isEmpty()) {
                    continue;
                }
                Map<String, LabelMatrix> pair = new LinkedHashMap<>();
                pair.put(a, LabelMatrix.of(names, shared));
                pair.put(t.name(), LabelMatrix.of(names, teacher));
                for (FindingAgreement fa : AnnotatorAgreement.binary(pair, UncertaintyPolicy.U_ZEROS)) {
                    out.add(new TeacherRow(a, t.name(), fa.finding(), fa.completeItems(), fa.cohensKappa()));
                }
            }
        }
        return out;
    }

    /** A report at least two of the annotators labelled, and on how many findings they differ. */
    public record Item(String reportId, int annotators, int disagreements) {}

    public AnnotationAgreement {
        annotators = List.copyOf(annotators);
        findings = List.copyOf(findings);
        reports = List.copyOf(reports);
    }

    static AnnotationAgreement compute(Workspace ws, Schema schema, List<String> annotators) {
        List<String> names = schema.findings().stream().map(Finding::name).toList();
        Map<String, Map<String, Map<String, MentionState>>> byAnnotator = new LinkedHashMap<>();
        for (String a : annotators) {
            ws.sources().find(AnnotationService.ANNOTATOR_PREFIX + a)
                    .ifPresent(s -> byAnnotator.put(a, ws.labels().states(s.id())));
        }
        List<Item> items = items(byAnnotator, names);
        if (byAnnotator.size() < 2) {
            return new AnnotationAgreement(List.copyOf(byAnnotator.keySet()), List.of(),
                    new Row("All findings", 0, Double.NaN, measure(byAnnotator.size())), items);
        }
        String measure = measure(byAnnotator.size());
        Map<String, LabelMatrix> matrices = new LinkedHashMap<>();
        Map<String, LabelMatrix> pooled = new LinkedHashMap<>();
        byAnnotator.forEach((a, states) -> {
            matrices.put(a, LabelMatrix.of(names, states));
            Map<String, Map<String, MentionState>> flat = new LinkedHashMap<>();
            states.forEach((report, row) -> names.forEach(f -> flat.put(report + "\u0000" + f,
                    Map.of("all", row.getOrDefault(f, MentionState.ABSENT)))));
            pooled.put(a, LabelMatrix.of(List.of("all"), flat));
        });
        List<Row> rows = new ArrayList<>();
        for (FindingAgreement fa : AnnotatorAgreement.fourState(matrices)) {
            rows.add(row(fa.finding(), fa, byAnnotator.size(), measure));
        }
        FindingAgreement all = AnnotatorAgreement.fourState(pooled).get(0);
        return new AnnotationAgreement(List.copyOf(byAnnotator.keySet()), rows,
                row("All findings", all, byAnnotator.size(), measure), items);
    }

    private static Row row(String finding, FindingAgreement fa, int raters, String measure) {
        return new Row(finding, fa.completeItems(), raters == 2 ? fa.cohensKappa() : fa.fleissKappa(), measure);
    }

    private static String measure(int raters) {
        return raters == 2 ? "Cohen's kappa" : "Fleiss' kappa";
    }

    private static List<Item> items(Map<String, Map<String, Map<String, MentionState>>> byAnnotator,
            List<String> findings) {
        Set<String> reports = new LinkedHashSet<>();
        byAnnotator.values().forEach(m -> reports.addAll(m.keySet()));
        List<Item> out = new ArrayList<>();
        for (String report : reports) {
            List<Map<String, MentionState>> rows = new ArrayList<>();
            byAnnotator.values().forEach(m -> {
                if (m.containsKey(report)) {
                    rows.add(m.get(report));
                }
            });
            if (rows.size() < 2) {
                continue;
            }
            int differ = 0;
            for (String f : findings) {
                differ += rows.stream().map(r -> r.getOrDefault(f, MentionState.ABSENT)).distinct().count() > 1 ? 1 : 0;
            }
            out.add(new Item(report, rows.size(), differ));
        }
        return out;
    }
}
