package org.radcurate.labeling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Evidence;
import org.radcurate.domain.Finding;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;
import org.radcurate.domain.Split;

/**
 * Development figures on the IU X-ray dev half against its NIH gold (nih14): micro, macro and
 * per-finding F1 with uncertain counted as negative and as positive, and throughput. It asserts the
 * documented floors (micro-F1 at least 0.95 and every finding at least 0.80, uncertain as negative).
 * It reads reference data outside the project (system property {@code shared.data}, set by the
 * build to ../shared/data) and skips when that is absent, as on a clean clone. It writes its table to
 * target/labeler-dev-eval.txt and the disagreements to target/labeler-dev-errors.txt.
 */
@Tag("slow") // a whole data set: not in the fast tier (-Pfast)
class IuXrayDevEvaluationTest {

    static Path dataDir() {
        String prop = System.getProperty("shared.data");
        if (prop != null && Files.isDirectory(Path.of(prop, "iu-xray-dev"))) {
            return Path.of(prop, "iu-xray-dev");
        }
        return Path.of("/work/shared/data/iu-xray-dev");
    }

    @Test
    void nih14GoldFigures() throws IOException {
        Path dir = dataDir();
        Assumptions.assumeTrue(Files.exists(dir.resolve("reports.csv")) && Files.exists(dir.resolve("nih14-gold.csv")),
                "IU X-ray dev data not present");
        List<Report> reports = readReports(dir.resolve("reports.csv"));
        Map<String, Map<String, String>> gold = readGold(dir.resolve("nih14-gold.csv"));
        RuleLabeler labeler = RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of());
        List<LabeledReport> labeled = labeler.labelAll(reports, 1);

        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "reports %d, labeler %s%n", reports.size(), labeler.version()));
        double[] uZeros = score(reports, labeled, gold, false, table);
        double[] uOnes = score(reports, labeled, gold, true, table);
        table.append(halves(reports, labeled, gold));
        table.append(throughput(labeler, reports));
        writeErrors(reports, labeled, gold);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/labeler-dev-eval.txt"), table);
        System.out.println(table);
        assertTrue(uZeros[0] >= MICRO_F1_FLOOR, "micro-F1 (uncertain as negative) " + uZeros[0] + " below the documented "
                + MICRO_F1_FLOOR + "\n" + table);
        List<String> low = new ArrayList<>();
        List<Finding> findings = BuiltInSchemas.NIH14.findings();
        for (int f = 0; f < findings.size(); f++) {
            if (uZeros[2 + f] < FINDING_F1_FLOOR) {
                low.add(String.format(Locale.ROOT, "%s %.3f", findings.get(f).name(), uZeros[2 + f]));
            }
        }
        assertEquals(List.of(), low, "findings below F1 " + FINDING_F1_FLOOR + " (uncertain as negative)\n" + table);
    }

    /** The documented floors (docs/benchmarks.md): nih14 micro-F1 and every finding's F1, uncertain as negative. */
    static final double MICRO_F1_FLOOR = 0.95;
    static final double FINDING_F1_FLOOR = 0.80;

    static List<Report> readReports(Path csv) throws IOException {
        List<Report> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                Map<String, String> parts = new LinkedHashMap<>();
                parts.put("INDICATION", r.get("indication"));
                parts.put("COMPARISON", r.get("comparison"));
                parts.put("FINDINGS", r.get("findings"));
                parts.put("IMPRESSION", r.get("impression"));
                out.add(Report.fromSections(r.get("uid"), parts, Split.NONE, "iu-xray"));
            }
        }
        return out;
    }

    static Map<String, Map<String, String>> readGold(Path csv) throws IOException {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                out.put(r.get("filename").replace("CXR", ""), r.toMap());
            }
        }
        return out;
    }

    private static boolean predicted(Label l, boolean uncertainPositive) {
        return l.state() == MentionState.POSITIVE || (uncertainPositive && l.state() == MentionState.UNCERTAIN);
    }

    /** {micro-F1, macro-F1, then each finding's F1 in schema order}; the table is appended to {@code out}. */
    static double[] score(List<Report> reports, List<LabeledReport> labeled, Map<String, Map<String, String>> gold,
            boolean uncertainPositive, StringBuilder out) {
        List<Finding> findings = BuiltInSchemas.NIH14.findings();
        int[] tp = new int[findings.size()];
        int[] fp = new int[findings.size()];
        int[] fn = new int[findings.size()];
        for (int r = 0; r < reports.size(); r++) {
            Map<String, String> g = gold.get(reports.get(r).id());
            for (int f = 0; f < findings.size(); f++) {
                boolean truth = "1".equals(g.get(findings.get(f).csvColumn()));
                boolean pred = predicted(labeled.get(r).labels().get(f), uncertainPositive);
                if (truth && pred) {
                    tp[f]++;
                } else if (pred) {
                    fp[f]++;
                } else if (truth) {
                    fn[f]++;
                }
            }
        }
        out.append(uncertainPositive ? "\nuncertain as POSITIVE (U-Ones)\n" : "\nuncertain as NEGATIVE (U-Zeros)\n");
        out.append(String.format(Locale.ROOT, "%-20s %5s %5s %5s %6s %6s %6s%n", "finding", "tp", "fp", "fn", "P", "R", "F1"));
        int stp = 0;
        int sfp = 0;
        int sfn = 0;
        double macro = 0;
        for (int f = 0; f < findings.size(); f++) {
            double f1 = f1(tp[f], fp[f], fn[f]);
            macro += f1;
            stp += tp[f];
            sfp += fp[f];
            sfn += fn[f];
            out.append(String.format(Locale.ROOT, "%-20s %5d %5d %5d %6.3f %6.3f %6.3f%n", findings.get(f).name(),
                    tp[f], fp[f], fn[f], ratio(tp[f], tp[f] + fp[f]), ratio(tp[f], tp[f] + fn[f]), f1));
        }
        double micro = f1(stp, sfp, sfn);
        macro /= findings.size();
        out.append(String.format(Locale.ROOT, "micro-F1 %.4f (tp %d fp %d fn %d)  macro-F1 %.4f%n", micro, stp, sfp, sfn, macro));
        double[] result = new double[2 + findings.size()];
        result[0] = micro;
        result[1] = macro;
        for (int f = 0; f < findings.size(); f++) {
            result[2 + f] = f1(tp[f], fp[f], fn[f]);
        }
        return result;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** Micro-F1 (uncertain as negative) on alternate rows (first, third, ... and second, fourth, ...): a rough stability check. */
    private static String halves(List<Report> reports, List<LabeledReport> labeled, Map<String, Map<String, String>> gold) {
        StringBuilder out = new StringBuilder("\nalternate halves (by row), uncertain as negative:");
        for (int parity = 0; parity < 2; parity++) {
            List<Report> r = new ArrayList<>();
            List<LabeledReport> l = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                if (i % 2 == parity) {
                    r.add(reports.get(i));
                    l.add(labeled.get(i));
                }
            }
            double[] f = score(r, l, gold, false, new StringBuilder());
            out.append(String.format(Locale.ROOT, " %s micro-F1 %.4f macro-F1 %.4f (%d reports);",
                    parity == 0 ? "rows 1,3,5..." : "rows 2,4,6...", f[0], f[1], r.size()));
        }
        return out.append('\n').toString();
    }

    /** Best of five timed passes over ten copies of the dev reports, after three warm-up passes. */
    private static String throughput(RuleLabeler labeler, List<Report> reports) {
        List<Report> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.addAll(reports);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < 3; i++) {
            labeler.labelAll(many, 1);
            labeler.labelAll(many, cores);
        }
        double single = 0;
        double parallel = 0;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            labeler.labelAll(many, 1);
            single = Math.max(single, many.size() / ((System.nanoTime() - t0) / 1e9));
            long t1 = System.nanoTime();
            labeler.labelAll(many, cores);
            parallel = Math.max(parallel, many.size() / ((System.nanoTime() - t1) / 1e9));
        }
        return String.format(Locale.ROOT, "%nthroughput: %.0f reports/s on one thread, %.0f reports/s on %d threads"
                + " (best of 5 passes over %d reports)%n", single, parallel, cores, many.size());
    }

    /** Disagreements with their evidence, for reading error categories; never copied into the project. */
    private static void writeErrors(List<Report> reports, List<LabeledReport> labeled, Map<String, Map<String, String>> gold)
            throws IOException {
        Files.createDirectories(Path.of("target"));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of("target/labeler-dev-errors.txt")))) {
            List<Finding> findings = BuiltInSchemas.NIH14.findings();
            for (int r = 0; r < reports.size(); r++) {
                Report report = reports.get(r);
                Map<String, String> g = gold.get(report.id());
                for (int f = 0; f < findings.size(); f++) {
                    boolean truth = "1".equals(g.get(findings.get(f).csvColumn()));
                    Label l = labeled.get(r).labels().get(f);
                    boolean pred = l.state() == MentionState.POSITIVE;
                    if (truth != pred) {
                        w.printf("%s %s gold=%d pred=%s%n", truth ? "FN" : "FP", findings.get(f).name(), truth ? 1 : 0, l.state());
                        for (Evidence e : l.evidence()) {
                            w.printf("    [%s] %s%n", e.rule(), report.text().substring(e.sentenceStart(), e.sentenceEnd()));
                        }
                        if (l.evidence().isEmpty()) {
                            w.printf("    text: %s%n", report.text().replace('\n', ' '));
                        }
                    }
                }
            }
        }
    }
}
