package org.radcurate.service.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.radcurate.evaluation.GoldSizeEstimator;
import org.radcurate.evaluation.Interval;
import org.radcurate.evaluation.SourceDiagnostics.AccuracyRow;
import org.radcurate.evaluation.SourceDiagnostics.Diagnosis;
import org.radcurate.evaluation.SourceDiagnostics.PairRow;
import org.radcurate.evaluation.SourceDiagnostics.SourceRow;

/**
 * Teacher diagnostics and the gold-size estimate as a text table, CSV (RFC 4180, one row per fact with a
 * {@code kind} column: {@code source}, {@code pair}, {@code accuracy}; an undefined value is an empty field) or
 * JSON (intervals as [lo, hi], null when not computed).
 */
public final class DiagnosticsFormats {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final List<String> HEADER = List.of("kind", "source", "other", "finding", "reports", "covered",
            "positives", "overlap", "conflict", "gold_reports", "tp", "fp", "fn", "precision", "precision_lo",
            "precision_hi", "recall", "recall_lo", "recall_hi", "f1", "f1_lo", "f1_hi");

    private DiagnosticsFormats() {}

    /** The diagnosis as table, csv or json. */
    public static String write(Diagnosis d, String format) {
        return switch (format(format)) {
            case "csv" -> csv(d);
            case "json" -> json(d);
            default -> table(d);
        };
    }

    private static String format(String format) {
        String f = format == null ? "table" : format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("table", "text", "csv", "json").contains(f)) {
            throw new IllegalArgumentException("unknown format '" + format + "'; use table, csv or json");
        }
        return f;
    }

    static String csv(Diagnosis d) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (SourceRow r : d.sources()) {
            rows.add(row("source", r.source(), "", r.finding(), r.reports(), r.covered(), r.positives(), "", "", ""));
        }
        for (PairRow p : d.pairs()) {
            rows.add(row("pair", p.source(), p.other(), p.finding(), "", "", "", p.overlap(), p.conflict(), ""));
        }
        for (AccuracyRow a : d.accuracy()) {
            List<String> row = row("accuracy", a.source(), a.gold(), a.finding(), "", "", "", "", "",
                    a.goldReports());
            row.addAll(List.of(String.valueOf(a.counts().tp()), String.valueOf(a.counts().fp()),
                    String.valueOf(a.counts().fn())));
            addWithCi(row, a.precision(), a.precisionCi());
            addWithCi(row, a.recall(), a.recallCi());
            addWithCi(row, a.f1(), a.f1Ci());
            rows.add(row);
        }
        return csv(rows);
    }

    private static List<String> row(String kind, String source, String other, String finding, Object... values) {
        List<String> row = new ArrayList<>(List.of(kind, source, other, finding));
        for (Object v : values) {
            row.add(String.valueOf(v));
        }
        while (row.size() < HEADER.size() && !"accuracy".equals(kind)) {
            row.add("");
        }
        return row;
    }

    private static void addWithCi(List<String> row, double x, Interval ci) {
        row.add(String.valueOf(x));
        row.add(ci.isDefined() ? String.valueOf(ci.lo()) : "");
        row.add(ci.isDefined() ? String.valueOf(ci.hi()) : "");
    }

    static String csv(List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> r : rows) {
                p.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String json(Diagnosis d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("policy", d.policy().key());
        root.putObject("bootstrap").put("resamples", d.resampling().resamples()).put("seed", d.resampling().seed());
        ArrayNode findings = root.putArray("findings");
        d.findings().forEach(findings::add);
        ArrayNode sources = root.putArray("sources");
        for (SourceRow r : d.sources()) {
            sources.addObject().put("source", r.source()).put("finding", r.finding()).put("reports", r.reports())
                    .put("covered", r.covered()).put("positives", r.positives());
        }
        ArrayNode pairs = root.putArray("pairs");
        for (PairRow p : d.pairs()) {
            pairs.addObject().put("source", p.source()).put("other", p.other()).put("finding", p.finding())
                    .put("overlap", p.overlap()).put("conflict", p.conflict());
        }
        ArrayNode accuracy = root.putArray("accuracy");
        for (AccuracyRow a : d.accuracy()) {
            ObjectNode o = accuracy.addObject().put("source", a.source()).put("gold", a.gold())
                    .put("finding", a.finding()).put("goldReports", a.goldReports()).put("tp", a.counts().tp())
                    .put("fp", a.counts().fp()).put("fn", a.counts().fn()).put("precision", a.precision())
                    .put("recall", a.recall()).put("f1", a.f1());
            ci(o, "precisionCi95", a.precisionCi());
            ci(o, "recallCi95", a.recallCi());
            ci(o, "f1Ci95", a.f1Ci());
        }
        return write(root);
    }

    static void ci(ObjectNode o, String name, Interval ci) {
        if (ci.isDefined()) {
            o.putArray(name).add(ci.lo()).add(ci.hi());
        } else {
            o.putNull(name);
        }
    }

    static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String table(Diagnosis d) {
        StringBuilder out = new StringBuilder();
        out.append("policy ").append(d.policy().key()).append(", ").append(d.resampling().resamples())
                .append(" bootstrap resamples, seed ").append(d.resampling().seed()).append('\n');
        String lastSource = "";
        for (SourceRow r : d.sources()) {
            if (!r.source().equals(lastSource)) {
                lastSource = r.source();
                out.append('\n').append(r.source()).append(" (").append(r.reports()).append(" reports)\n");
                out.append(String.format(Locale.ROOT, "  %-26s %8s %8s  %-30s %s%n", "finding", "covered", "pos.rate",
                        "conflicts (of overlap)", "vs gold: P / R / F1 [95% CI] (gold reports)"));
            }
            StringBuilder conflicts = new StringBuilder();
            for (PairRow p : d.pairs()) {
                if (p.source().equals(r.source()) && p.finding().equals(r.finding())) {
                    conflicts.append(conflicts.isEmpty() ? "" : ", ").append(p.other()).append(' ')
                            .append(p.conflict()).append('/').append(p.overlap());
                }
            }
            StringBuilder acc = new StringBuilder();
            for (AccuracyRow a : d.accuracy()) {
                if (a.source().equals(r.source()) && a.finding().equals(r.finding())) {
                    acc.append(acc.isEmpty() ? "" : "; ").append(a.gold()).append(' ').append(accuracy(a));
                }
            }
            out.append(String.format(Locale.ROOT, "  %-26s %8d %8.3f  %-30s %s%n", r.finding(), r.covered(),
                    r.positiveRate(), conflicts, acc));
        }
        return out.toString();
    }

    /** "0.912 / 0.880 / 0.896 [0.850, 0.931] (n 120)". */
    public static String accuracy(AccuracyRow a) {
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f %s (n %d)", a.precision(), a.recall(), a.f1(),
                interval(a.f1Ci()), a.goldReports());
    }

    public static String interval(Interval ci) {
        return ci.isDefined() ? String.format(Locale.ROOT, "[%.3f, %.3f]", ci.lo(), ci.hi()) : "";
    }

    /** The estimate as table, csv or json. */
    public static String write(GoldSizeEstimator.Estimate e, String format) {
        return switch (format(format)) {
            case "csv" -> EstimateFormats.csv(e);
            case "json" -> EstimateFormats.json(e);
            default -> EstimateFormats.table(e);
        };
    }
}
