package org.radcurate.service;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.radcurate.domain.Report;
import org.radcurate.domain.Schema;
import org.radcurate.labeling.RuleLabeler;

/** Rule-labeler throughput: one thread after a warm-up, then every core; JVM start-up reported apart. */
public final class LabelBenchmark {
    private LabelBenchmark() {}

    /** Labels the reports of {@code in} (or the bundled samples when null) {@code rounds} times per mode. */
    public static String run(Path in, Schema schema, int rounds) throws IOException {
        long jvmStartMs = ManagementFactory.getRuntimeMXBean().getUptime();
        List<Report> reports;
        if (in == null) {
            Path tmp = Files.createTempFile("radcurate-bench", ".csv");
            ImportBenchmark.generate(300, tmp);
            reports = LabelService.readAll(tmp, null);
            Files.deleteIfExists(tmp);
        } else {
            reports = LabelService.readAll(in, null);
        }
        long loadStart = System.nanoTime();
        RuleLabeler labeler = LabelService.labeler(schema, false, false, List.of());
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        for (int i = 0; i < 3; i++) {
            reports.forEach(labeler::label);
        }
        double single = best(rounds, () -> reports.forEach(labeler::label), reports.size());
        int cores = Runtime.getRuntime().availableProcessors();
        labeler.labelAll(reports, cores);
        double parallel = best(rounds, () -> labeler.labelAll(reports, cores), reports.size());
        long chars = reports.stream().mapToLong(r -> r.text().length()).sum();
        return String.format("label %s: %,d reports (mean %,d chars); one thread %,.0f reports/s; %d threads %,.0f "
                        + "reports/s; JVM start %,d ms, rule load %.0f ms",
                schema.name(), reports.size(), chars / Math.max(1, reports.size()), single, cores, parallel,
                jvmStartMs, loadMs);
    }

    private static double best(int rounds, Runnable work, int n) {
        double bestRate = 0;
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            work.run();
            bestRate = Math.max(bestRate, n / ((System.nanoTime() - t) / 1e9));
        }
        return bestRate;
    }
}
