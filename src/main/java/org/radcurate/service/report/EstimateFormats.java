package org.radcurate.service.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.radcurate.evaluation.GoldSizeEstimator.Estimate;
import org.radcurate.evaluation.GoldSizeEstimator.Line;
import org.radcurate.evaluation.GoldSizeEstimator.Point;

/** The gold-size estimate as text, CSV (one row per line and curve point) or JSON. */
final class EstimateFormats {
    static final List<String> HEADER = List.of("line", "positives", "f1_a", "f1_b", "difference", "difference_lo",
            "difference_hi", "reports", "half_width_a", "half_width_b", "difference_half_width",
            "reports_for_target", "reports_to_separate", "caveat");

    private EstimateFormats() {}

    /** "never" for Long.MAX_VALUE. */
    static String size(long n) {
        return n == Long.MAX_VALUE ? "never" : String.valueOf(n);
    }

    static String csv(Estimate e) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Line l : e.lines()) {
            List<Point> points = new ArrayList<>(l.curve());
            if (l.check() != null) {
                points.add(l.check());
            }
            for (Point p : points) {
                rows.add(List.of(l.name(), String.valueOf(l.positives()), String.valueOf(l.f1A()),
                        String.valueOf(l.f1B()), String.valueOf(l.difference()), String.valueOf(l.differenceCi().lo()),
                        String.valueOf(l.differenceCi().hi()), String.valueOf(p.reports()),
                        String.valueOf(p.halfWidthA()), String.valueOf(p.halfWidthB()),
                        String.valueOf(p.differenceHalfWidth()), size(l.reportsForTarget()),
                        size(l.reportsToSeparate()), l.caveat()));
            }
        }
        return DiagnosticsFormats.csv(rows);
    }

    static String json(Estimate e) {
        ObjectNode root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        root.put("a", e.a()).put("b", e.b()).put("goldReports", e.goldReports()).put("targetHalfWidth", e.target());
        root.putObject("bootstrap").put("resamples", e.resampling().resamples()).put("seed", e.resampling().seed());
        ArrayNode lines = root.putArray("lines");
        for (Line l : e.lines()) {
            ObjectNode o = lines.addObject().put("name", l.name()).put("positives", l.positives())
                    .put("f1A", l.f1A()).put("f1B", l.f1B()).put("difference", l.difference());
            DiagnosticsFormats.ci(o, "ciA", l.ciA());
            DiagnosticsFormats.ci(o, "ciB", l.ciB());
            DiagnosticsFormats.ci(o, "differenceCi95", l.differenceCi());
            o.put("separated", l.separated()).put("widthConstant", l.widthConstant())
                    .put("differenceConstant", l.differenceConstant());
            if (l.reportsForTarget() == Long.MAX_VALUE) {
                o.putNull("reportsForTarget");
            } else {
                o.put("reportsForTarget", l.reportsForTarget());
            }
            if (l.reportsToSeparate() == Long.MAX_VALUE) {
                o.putNull("reportsToSeparate");
            } else {
                o.put("reportsToSeparate", l.reportsToSeparate());
            }
            o.put("reliable", l.reliable()).put("caveat", l.caveat());
            ArrayNode curve = o.putArray("curve");
            l.curve().forEach(p -> point(curve.addObject(), p));
            if (l.check() != null) {
                point(o.putObject("check"), l.check());
            }
        }
        return DiagnosticsFormats.write(root);
    }

    private static void point(ObjectNode o, Point p) {
        o.put("reports", p.reports()).put("halfWidthA", p.halfWidthA()).put("halfWidthB", p.halfWidthB())
                .put("differenceHalfWidth", p.differenceHalfWidth());
    }

    static String table(Estimate e) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s vs %s on %d gold reports; target ±%.3f; %d resamples, seed %d%n",
                e.a(), e.b(), e.goldReports(), e.target(), e.resampling().resamples(), e.resampling().seed()));
        out.append(String.format(Locale.ROOT, "%-22s %5s %7s %7s %-24s %8s %14s %14s  %s%n", "line", "pos", "±now",
                "F1 b-a", "difference [95% CI]", "sep.now", "more for ±tgt", "more to sep.", "caveat"));
        for (Line l : e.lines()) {
            double now = l.curve().get(l.curve().size() - 1).halfWidth();
            out.append(String.format(Locale.ROOT, "%-22s %5d %7.3f %+7.3f %-24s %8s %14s %14s  %s%n", l.name(),
                    l.positives(), now, l.difference(), DiagnosticsFormats.interval(l.differenceCi()),
                    l.separated() ? "yes" : "no", size(Estimate.more(l.reportsForTarget(), e.goldReports())),
                    size(Estimate.more(l.reportsToSeparate(), e.goldReports())), l.caveat()));
        }
        Point c = e.micro().check();
        if (c != null) {
            out.append(String.format(Locale.ROOT, "cross-check: a direct bootstrap of %d reports gives micro-F1 ±%.4f"
                    + " (target ±%.3f)%n", c.reports(), c.halfWidth(), e.target()));
        }
        return out.toString();
    }
}
