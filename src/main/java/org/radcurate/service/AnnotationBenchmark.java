package org.radcurate.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.radcurate.domain.Finding;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.persistence.Workspace;

/**
 * The annotation budget of DESIGN.md section 7, measured: a workspace of N generated reports labelled by
 * the rule teacher and a synthetic student; then opening it (session, service, queue), building the
 * queue in two orders, 1,000 "next report" loads in random order, and 200 durable edits.
 */
public final class AnnotationBenchmark {
    private AnnotationBenchmark() {}

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("radcurate-annotate-bench");
        System.out.println(run(n, dir));
    }

    /** Builds the workspace in workDir (reused when present) and returns one line of figures. */
    public static String run(int reports, Path workDir) throws IOException {
        return run(reports, workDir, false);
    }

    /**
     * As {@link #run(int, Path)}; with {@code duringTraining} a student trains on the training lane (its own
     * connection and thread, the quick-cpu preset on 2,000 teacher-labelled reports) for the whole
     * measurement, as in the app when a radiologist annotates while a run goes on.
     */
    public static String run(int reports, Path workDir, boolean duringTraining) throws IOException {
        Path db = workDir.resolve("annotate-bench-" + reports + ".radcurate");
        if (!Files.exists(db)) {
            build(reports, workDir, db);
        }
        long t0 = System.nanoTime();
        try (WorkspaceSession session = WorkspaceSession.open(db)) {
            AnnotationService service = new AnnotationService(session);
            AnnotationQueue queue = service.queue(QueueFilter.all(), "bench");
            double openMs = ms(t0);
            long t1 = System.nanoTime();
            service.queue(QueueFilter.all().withOrder(QueueFilter.Order.STUDENT_UNCERTAINTY), "bench");
            double uncertaintyMs = ms(t1);
            long t2 = System.nanoTime();
            int disagreeing = service.queue(QueueFilter.all().withDisagreementOnly(true), "bench").items().size();
            double disagreementMs = ms(t2);
            // the loads and edits below run while the student trains (it starts after the queues are built)
            try (BackgroundTraining training = duringTraining ? BackgroundTraining.start(session) : null) {
            Random random = new Random(42);
            List<String> ids = queue.items().stream().map(QueueItem::reportId).toList();
            for (int i = 0; i < 50; i++) {
                service.load(ids.get(random.nextInt(ids.size())), "bench"); // warm-up
            }
            // during training: five times as many, so that the measurement spans many training batches
            double[] loads = new double[duringTraining ? 5000 : 1000];
            for (int i = 0; i < loads.length; i++) {
                long s = System.nanoTime();
                service.load(ids.get(random.nextInt(ids.size())), "bench");
                loads[i] = ms(s);
            }
            double[] edits = new double[duringTraining ? 1000 : 200];
            List<Finding> findings = service.schema().findings();
            MentionState[] states = MentionState.values();
            for (int i = 0; i < edits.length; i++) {
                long s = System.nanoTime();
                service.setState("bench", ids.get(random.nextInt(ids.size())),
                        findings.get(random.nextInt(findings.size())).name(), states[random.nextInt(4)]);
                edits[i] = ms(s);
            }
            String during = training == null ? "" : "; during training (" + training.describe() + ")";
            return String.format(java.util.Locale.ROOT, "annotate%s: %,d reports; open + queue %.0f ms; queue by student "
                    + "uncertainty %.0f ms; disagreement filter %.0f ms (%,d reports); next report median %.2f ms, "
                    + "p95 %.2f ms (%,d random loads); edit committed median %.2f ms, p95 %.2f ms (%,d edits, "
                    + "WAL, synchronous=FULL)", during, ids.size(), openMs, uncertaintyMs, disagreementMs, disagreeing,
                    percentile(loads, 50), percentile(loads, 95), loads.length, percentile(edits, 50),
                    percentile(edits, 95), edits.length);
            }
        }
    }

    private static void build(int reports, Path workDir, Path db) throws IOException {
        Path csv = workDir.resolve("annotate-bench-reports.csv");
        ImportBenchmark.generate(reports, csv);
        Path building = workDir.resolve(db.getFileName() + ".building");
        Files.deleteIfExists(building);
        try (WorkspaceSession session = WorkspaceSession.open(building)) {
            Workspace ws = session.workspace();
            new ImportService(ws).importReports(csv, ReportLayout.CSV, ReportReadOptions.defaults(),
                    ProgressListener.NONE, () -> false);
            LabelService.labelWorkspace(session, LabelService.labeler(session.activeSchema(), false, false,
                    List.of()), 2, ProgressListener.NONE, () -> false);
            Random random = new Random(7);
            List<String> findings = session.activeSchema().findings().stream().map(Finding::name).toList();
            ws.transaction(() -> {
                Source student = ws.sources().findOrCreate("bench-student", SourceKind.STUDENT,
                        session.activeSchema().name(), "synthetic probabilities");
                List<Label> batch = new ArrayList<>();
                ws.reports().forEach(r -> {
                    for (String f : findings) {
                        double p = random.nextDouble();
                        batch.add(new Label(r.id(), f, p >= 0.5 ? MentionState.POSITIVE : MentionState.NEGATIVE, p,
                                List.of()));
                    }
                    if (batch.size() >= 14_000) {
                        ws.labels().putAll(student.id(), batch);
                        batch.clear();
                    }
                });
                ws.labels().putAll(student.id(), batch);
            });
        }
        Files.move(building, db);
        Files.deleteIfExists(csv);
    }

    /** A training run on the training lane for as long as the measurement lasts; closing cancels and awaits it. */
    private static final class BackgroundTraining implements AutoCloseable {
        private final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        private final java.util.concurrent.atomic.AtomicLong batches = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CompletableFuture<String> ended = new java.util.concurrent.CompletableFuture<>();

        static BackgroundTraining start(WorkspaceSession session) {
            BackgroundTraining t = new BackgroundTraining();
            String teacher = session.workspace().sources().list(SourceKind.TEACHER).get(0).name();
            java.util.Map<String, String> parameters = new java.util.HashMap<>(
                    TrainingService.parameters(org.radcurate.training.TrainingConfig.QUICK_CPU));
            parameters.put("maxSamples", "2000");
            parameters.put("epochs", "1000");
            parameters.put("patience", "0");
            Thread thread = new Thread(() -> {
                try {
                    TrainingService.train(session.lane(JobLane.TRAIN), new TrainingService.Request(
                            "bench-during-annotation-" + System.nanoTime(), teacher, null, parameters), p -> {
                                if (p.detail() instanceof org.radcurate.domain.ProgressDetail.Batch) {
                                    t.batches.incrementAndGet();
                                    t.started.countDown();
                                }
                            }, t.stop::get);
                    t.ended.complete("finished");
                } catch (java.util.concurrent.CancellationException e) {
                    t.ended.complete("cancelled");
                } catch (Exception e) {
                    t.ended.complete("failed: " + e.getMessage());
                } finally {
                    t.started.countDown();
                }
            }, "bench-training");
            thread.setDaemon(true);
            thread.start();
            try {
                t.started.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (t.ended.isDone()) {
                throw new IllegalStateException("the background training run ended before it trained: "
                        + t.ended.join());
            }
            return t;
        }

        String describe() {
            return batches.get() + " batches trained meanwhile on the training lane";
        }

        @Override
        public void close() {
            stop.set(true);
            ended.join();
        }
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
