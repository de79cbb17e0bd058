package org.radcurate.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.persistence.Workspace;

/** Imports N reports generated from the bundled samples into a fresh workspace and times it. */
public final class ImportBenchmark {
    /** The figures a run produced. */
    public record Result(int reports, long fileBytes, double seconds, double reportsPerSecond, long peakHeapMiB) {
        public String describe() {
            return String.format("import: %,d reports (%,d MiB CSV) in %.2f s = %,.0f reports/s; peak heap %d MiB",
                    reports, fileBytes >> 20, seconds, reportsPerSecond, peakHeapMiB);
        }
    }

    private ImportBenchmark() {}

    public static Result run(int reports, Path workDir) throws IOException {
        Path csv = workDir.resolve("bench-reports.csv");
        generate(reports, csv);
        Path db = workDir.resolve("bench.radcurate");
        Files.deleteIfExists(db);
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        try (Workspace ws = Workspace.open(db)) {
            new ImportService(ws).importReports(csv, ReportLayout.CSV, ReportReadOptions.defaults(),
                    ProgressListener.NONE, () -> false);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(reports, Files.size(csv), seconds, reports / seconds, peakHeapMiB());
    }

    /** Writes N reports cycling through the bundled samples with fresh ids. */
    static void generate(int n, Path out) throws IOException {
        List<CSVRecord> samples = new ArrayList<>();
        try (InputStream in = ImportBenchmark.class.getResourceAsStream("/org/radcurate/samples/reports.csv")) {
            if (in == null) {
                throw new IOException("the bundled sample reports are missing from this build");
            }
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)).forEach(samples::add);
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter p = CSVFormat.RFC4180.builder()
                        .setHeader("id", "split", "indication", "comparison", "findings", "impression").get().print(w)) {
            for (int i = 0; i < n; i++) {
                CSVRecord s = samples.get(i % samples.size());
                p.printRecord(String.format("B%07d", i + 1), s.get("split"), s.get("indication"),
                        s.get("comparison"), s.get("findings"), s.get("impression"));
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
