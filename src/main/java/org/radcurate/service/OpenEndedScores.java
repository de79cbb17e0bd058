package org.radcurate.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Report;
import org.radcurate.domain.Source;
import org.radcurate.domain.Split;
import org.radcurate.evaluation.Interval;
import org.radcurate.evaluation.OpenEndedResult;
import org.radcurate.evaluation.OpenEndedTask;
import org.radcurate.evaluation.PairedTest;
import org.radcurate.evaluation.Resampling;
import org.radcurate.evaluation.Summary;
import org.radcurate.persistence.Workspace;

/**
 * The open-ended task in a workspace: each source's ICD-10-CM concepts per report against a gold
 * source's, micro P/R/F1 at the full-code and the category level with bootstrap intervals, and the
 * paired test of "the last source beats the first" at the full-code level.
 */
public final class OpenEndedScores {
    /** The results in the order asked, and the paired test when two or more sources were given. */
    public record Scores(String gold, String split, List<OpenEndedResult> results, PairedTest paired) {}

    private OpenEndedScores() {}

    public static Scores score(WorkspaceSession session, String goldSource, List<String> sources, Split split,
            Resampling resampling) {
        Workspace ws = session.workspace();
        Map<String, Set<String>> gold = codes(ws, goldSource, split, true);
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("source '" + goldSource + "' labels no report"
                    + (split == null ? "" : " of split " + split.key()));
        }
        List<OpenEndedResult> results = new ArrayList<>();
        List<Map<String, Set<String>>> preds = new ArrayList<>();
        for (String name : sources) {
            Map<String, Set<String>> pred = codes(ws, name, split, false);
            preds.add(pred);
            results.add(OpenEndedTask.evaluate(name, gold, pred, resampling));
        }
        PairedTest paired = sources.size() >= 2 ? OpenEndedTask.pairedBootstrap(sources.get(0),
                sources.get(sources.size() - 1), gold, preds.get(0), preds.get(preds.size() - 1),
                OpenEndedTask.Level.FULL, resampling) : null;
        return new Scores(goldSource, split == null ? "all" : split.key(), results, paired);
    }

    /** The scores as the CLI prints them: a title, a tab-separated table per source and level, the paired test. */
    public static List<String> table(WorkspaceSession session, String goldSource, List<String> sources, Split split,
            int resamples, long seed) {
        Scores s = score(session, goldSource, sources, split, new Resampling(resamples, seed));
        List<String> out = new ArrayList<>();
        out.add("open-ended task, gold " + s.gold() + ", split " + s.split());
        out.add("source\treports\tlevel\tprecision\trecall\tf1\tf1 95% CI");
        for (OpenEndedResult r : s.results()) {
            for (Map.Entry<String, Summary> level : List.of(Map.entry("code", r.fullCode()),
                    Map.entry("category", r.category()))) {
                Summary v = level.getValue();
                out.add(String.format(Locale.ROOT, "%s\t%d\t%s\t%.3f\t%.3f\t%.3f\t%s", r.source(), r.reports(),
                        level.getKey(), v.precision(), v.recall(), v.f1(), ci(v.ci95())));
            }
        }
        if (s.paired() != null) {
            out.add(String.format(Locale.ROOT, "%s - %s: micro-F1 difference %.3f, p = %.4f", s.paired().b(),
                    s.paired().a(), s.paired().difference(), s.paired().p()));
        }
        return out;
    }

    private static String ci(Interval i) {
        return i.isDefined() ? String.format(Locale.ROOT, "%.3f-%.3f", i.lo(), i.hi()) : "-";
    }

    /**
     * Codes per report of the split. For gold, every report the source labels counts (an empty set is
     * an answer: "nothing to code"); for a prediction, reports it has no concepts for are empty answers.
     */
    private static Map<String, Set<String>> codes(Workspace ws, String sourceName, Split split, boolean gold) {
        Source s = ws.sources().find(sourceName).orElseThrow(() -> new IllegalArgumentException(
                "no source '" + sourceName + "' in the workspace"));
        Map<String, ConceptSet> concepts = ws.labels().conceptsBySource(s.id());
        Set<String> labelled = gold ? ws.labels().states(s.id()).keySet() : Set.of();
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Report r : ws.reports().list(split)) {
            ConceptSet c = concepts.get(r.id());
            if (c != null) {
                out.put(r.id(), new TreeSet<>(c.codes()));
            } else if (!gold || labelled.contains(r.id())) {
                out.put(r.id(), Set.of());
            }
        }
        return out;
    }
}
