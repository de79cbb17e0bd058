package org.radcurate.service.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radcurate.domain.ScoringScope;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.evaluation.Comparison;
import org.radcurate.evaluation.Counts;
import org.radcurate.evaluation.Coverage;
import org.radcurate.evaluation.EvaluationResult;
import org.radcurate.evaluation.FindingResult;
import org.radcurate.evaluation.Interval;
import org.radcurate.evaluation.Metric;
import org.radcurate.evaluation.PairedTest;
import org.radcurate.evaluation.Resampling;
import org.radcurate.evaluation.Summary;

/**
 * Reads back what {@link ComparisonJsonWriter} wrote, so a stored evaluation can be shown and exported again
 * exactly: values are full-precision doubles and per-finding counts are stored, so {@code write(read(json))}
 * equals {@code json}. Micro tn is not stored; it is the sum of the findings' tn, as it was when computed.
 */
public final class ComparisonJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ComparisonJsonReader() {}

    public static Comparison read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a stored evaluation: " + e.getOriginalMessage(), e);
        }
        UncertaintyPolicy policy = UncertaintyPolicy.parse(root.path("policy").asText())
                .orElseThrow(() -> new IllegalArgumentException("unknown policy " + root.path("policy")));
        Resampling resampling = new Resampling(root.path("bootstrap").path("resamples").asInt(),
                root.path("bootstrap").path("seed").asLong());
        List<EvaluationResult> sources = new ArrayList<>();
        List<Coverage> coverage = new ArrayList<>();
        for (JsonNode s : root.path("sources")) {
            sources.add(source(s));
            JsonNode k = s.get("coverage");
            if (k != null && k.isObject()) {
                coverage.add(new Coverage(s.path("name").asText(), k.path("goldReports").asInt(),
                        k.path("predictedReports").asInt(), k.path("inCommon").asInt(), k.path("scored").asInt()));
            }
        }
        int reports = root.path("reports").asInt();
        Optional<PairedTest> paired = root.has("paired") ? Optional.of(paired(root.get("paired"), reports))
                : Optional.empty();
        // absent in evaluations scored on every gold report (and in those stored before scopes existed)
        ScoringScope scope = ScoringScope.parse(root.path("scope").asText("all"));
        return new Comparison(root.path("task").asText(), root.path("gold").asText(), policy, reports, resampling,
                sources, paired, coverage, scope);
    }

    private static EvaluationResult source(JsonNode s) {
        List<FindingResult> findings = new ArrayList<>();
        long tn = 0;
        for (JsonNode f : s.path("findings")) {
            Counts k = new Counts(f.path("tp").asLong(), f.path("fp").asLong(), f.path("fn").asLong(),
                    f.path("tn").asLong());
            tn += k.tn();
            findings.add(new FindingResult(f.path("name").asText(), k, interval(f)));
        }
        JsonNode micro = s.path("micro");
        Counts microCounts = new Counts(micro.path("tp").asLong(), micro.path("fp").asLong(),
                micro.path("fn").asLong(), tn);
        return new EvaluationResult(s.path("name").asText(), findings, microCounts, summary(micro),
                summary(s.path("macro")));
    }

    private static Summary summary(JsonNode o) {
        return new Summary(o.path("precision").asDouble(), o.path("recall").asDouble(), o.path("f1").asDouble(),
                interval(o));
    }

    private static PairedTest paired(JsonNode o, int goldReports) {
        Metric metric = "macro-f1".equals(o.path("metric").asText()) ? Metric.MACRO_F1 : Metric.MICRO_F1;
        return new PairedTest(o.path("a").asText(), o.path("b").asText(), metric, o.path("method").asText(),
                o.path("difference").asDouble(), interval(o), o.path("p").asDouble(), o.path("resamples").asInt(),
                o.path("reports").asInt(goldReports));
    }

    private static Interval interval(JsonNode o) {
        JsonNode ci = o.get("ci95");
        if (ci == null || !ci.isArray() || ci.size() != 2) {
            return Interval.NONE;
        }
        return new Interval(ci.get(0).asDouble(), ci.get(1).asDouble());
    }
}
