package org.radcurate.service.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.radcurate.domain.ScoringScope;
import org.radcurate.evaluation.Comparison;
import org.radcurate.evaluation.Counts;
import org.radcurate.evaluation.EvaluationResult;
import org.radcurate.evaluation.FindingResult;
import org.radcurate.evaluation.Interval;
import org.radcurate.evaluation.PairedTest;
import org.radcurate.evaluation.Summary;

/**
 * A {@link Comparison} as JSON, the shape {@code --format json} prints and scripts rely on:
 * <pre>
 * {"task", "gold", "policy", "reports", "bootstrap": {"resamples", "seed"},
 *  "sources": [{"name", "coverage": {"goldReports", "predictedReports", "inCommon", "scored"},
 *               "micro": {"precision", "recall", "f1", "ci95": [lo, hi], "tp", "fp", "fn"},
 *               "macro": {"precision", "recall", "f1", "ci95": [lo, hi]},
 *               "findings": [{"name", "precision", "recall", "f1", "support", "ci95", "tp", "fp", "fn", "tn"}]}],
 *  "paired": {"a", "b", "metric", "method", "difference", "ci95", "p", "resamples"}}
 * </pre>
 * Scored only where each source labelled ({@code eval --scope labelled}, the Compare screen's default), the
 * root also has {@code "scope": "labelled"} and {@code paired} has {@code "reports"}, the gold reports both
 * sources labelled; scored on every gold report, neither key is written, so that output is as it always was.
 * Values are full-precision doubles. JSON has no NaN, so an interval that was not computed is {@code null};
 * {@code paired} is present only when a paired test was run. Findings are an array to keep their order.
 */
public final class ComparisonJsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComparisonJsonWriter() {}

    public static String write(Comparison c) {
        try {
            return MAPPER.writeValueAsString(toTree(c));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode toTree(Comparison c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("task", c.task());
        root.put("gold", c.gold());
        root.put("policy", c.policy().key());
        root.put("reports", c.reports());
        ObjectNode bootstrap = root.putObject("bootstrap");
        bootstrap.put("resamples", c.resampling().resamples());
        bootstrap.put("seed", c.resampling().seed());
        ArrayNode sources = root.putArray("sources");
        for (EvaluationResult r : c.sources()) {
            ObjectNode s = sources.addObject();
            s.put("name", r.source());
            c.coverage().stream().filter(k -> k.source().equals(r.source())).findFirst().ifPresent(k -> {
                ObjectNode cov = s.putObject("coverage");
                cov.put("goldReports", k.goldReports());
                cov.put("predictedReports", k.predictedReports());
                cov.put("inCommon", k.inCommon());
                cov.put("scored", k.scored());
            });
            ObjectNode micro = summary(s.putObject("micro"), r.micro());
            micro.put("tp", r.microCounts().tp());
            micro.put("fp", r.microCounts().fp());
            micro.put("fn", r.microCounts().fn());
            summary(s.putObject("macro"), r.macro());
            ArrayNode findings = s.putArray("findings");
            for (FindingResult f : r.findings()) {
                ObjectNode o = findings.addObject();
                o.put("name", f.finding());
                o.put("precision", f.precision());
                o.put("recall", f.recall());
                o.put("f1", f.f1());
                o.put("support", f.support());
                interval(o, f.ci95());
                Counts k = f.counts();
                o.put("tp", k.tp());
                o.put("fp", k.fp());
                o.put("fn", k.fn());
                o.put("tn", k.tn());
            }
        }
        c.paired().ifPresent(p -> paired(root.putObject("paired"), p, c.scope() == ScoringScope.LABELLED));
        if (c.scope() == ScoringScope.LABELLED) {
            root.put("scope", c.scope().key());
        }
        return root;
    }

    private static ObjectNode summary(ObjectNode o, Summary s) {
        o.put("precision", s.precision());
        o.put("recall", s.recall());
        o.put("f1", s.f1());
        interval(o, s.ci95());
        return o;
    }

    private static void paired(ObjectNode o, PairedTest p, boolean withReports) {
        o.put("a", p.a());
        o.put("b", p.b());
        o.put("metric", p.metric().key());
        o.put("method", p.method());
        o.put("difference", p.difference());
        interval(o, p.ci95());
        o.put("p", p.p());
        o.put("resamples", p.resamples());
        if (withReports) {
            o.put("reports", p.reports());
        }
    }

    private static void interval(ObjectNode o, Interval ci) {
        if (ci.isDefined()) {
            o.putArray("ci95").add(ci.lo()).add(ci.hi());
        } else {
            o.putNull("ci95");
        }
    }
}
