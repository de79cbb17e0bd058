package org.radcurate.service;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.labeling.llm.ApiKey;
import org.radcurate.labeling.llm.ClientSettings;
import org.radcurate.labeling.llm.LlmClient;
import org.radcurate.labeling.llm.LlmTask;
import org.radcurate.labeling.llm.Pricing;
import org.radcurate.service.llm.FakeChatServer;

/**
 * {@code bench llm}: a whole LLM teacher run over a fresh workspace against a fake server on
 * loopback that answers each request after a fixed latency. With C requests in flight the ideal is
 * C / latency reports per second; the run reports what it sustained and the used heap (after a
 * garbage collection) at each tenth of the run, which stays flat when nothing accumulates.
 */
public final class LlmBenchmark {
    private LlmBenchmark() {}

    public record Result(int reports, int concurrency, long latencyMs, double seconds, double reportsPerSecond,
            double idealPerSecond, int maxInFlight, List<Long> heapMiB, double processCpuSeconds, double writerCpuSeconds) {
        public String describe() {
            return String.format(Locale.ROOT, "llm: %,d reports, %d in flight, server latency %d ms: %.2f s = %.1f reports/s "
                    + "(ideal %.0f, %.1f%%); most in flight at the server %d; used heap after GC at each tenth (MiB) %s; "
                    + "CPU %.2f s for the whole process (client, fake server, workspace) = %.2f ms per report, "
                    + "of which the workspace thread %.2f s = %.2f ms per report",
                    reports, concurrency, latencyMs, seconds, reportsPerSecond, idealPerSecond, 100 * reportsPerSecond / idealPerSecond,
                    maxInFlight, heapMiB, processCpuSeconds, 1000 * processCpuSeconds / reports, writerCpuSeconds,
                    1000 * writerCpuSeconds / reports);
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    public static Result run(int reports, int concurrency, long latencyMs, Path workDir) throws IOException, InterruptedException {
        Path csv = workDir.resolve("llm-bench-reports.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,findings,impression\n");
            for (int i = 1; i <= reports; i++) {
                w.write(i + ",\"Report " + i + ": the heart size is normal. Small left pleural effusion " + (i % 7)
                        + " cm.\",\"Effusion, no pneumothorax.\"\n");
            }
        }
        Path file = workDir.resolve("llm-bench.radcurate");
        Files.deleteIfExists(file);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Long> heap = new ArrayList<>();
        try (FakeChatServer server = FakeChatServer.withLatency((req, user, n) ->
                FakeChatServer.Reply.ok("[Pleural Effusion]", 400, 6), latencyMs); WorkspaceSession session = WorkspaceSession.open(file)) {
            session.imports().importReports(csv, null, ReportReadOptions.defaults(), ProgressListener.NONE, () -> false);
            ClientSettings settings = ClientSettings.defaults().withConcurrency(concurrency)
                    .withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1));
            LlmRun run = new LlmRun(server.endpoint(), FakeChatServer.MODEL, ApiKey.none(), settings, Pricing.FREE,
                    BuiltInSchemas.CHEXPERT14, List.of(LlmTask.MULTIPLE_CHOICE), Map.of());
            LlmClient client = new LlmClient(run.endpoint(), run.model(), run.key(), run.settings());
            long[] nextSample = {reports / 10};
            long start = System.nanoTime();
            long cpu0 = processCpuNanos();
            long writer0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            LlmLabelService.Result r = LlmLabelService.labelWorkspace(session.workspace(), run, client, p -> {
                if (p.step() >= nextSample[0]) {
                    nextSample[0] += reports / 10;
                    System.gc();
                    heap.add(memory.getHeapMemoryUsage().getUsed() >> 20);
                }
            }, () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            double writer = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - writer0) / 1e9;
            if (r.asked() != reports) {
                throw new IllegalStateException("the benchmark asked " + r.asked() + " of " + reports + " reports");
            }
            double ideal = concurrency * 1000.0 / latencyMs;
            return new Result(reports, concurrency, latencyMs, seconds, reports / seconds, ideal, server.maxInFlight(), heap, cpu, writer);
        }
    }
}
