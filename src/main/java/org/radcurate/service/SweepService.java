package org.radcurate.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radcurate.domain.EvaluationRecord;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Run;
import org.radcurate.domain.UncertaintyPolicy;

/**
 * Learning-curve sweeps: a grid of student runs over sample counts and learning rates, each predicted and
 * scored against a frozen gold set (micro-F1 under U-Zeros, with a bootstrap interval).
 *
 * <p>A sweep stores nothing of its own: each point is an ordinary run named {@code sweep-<n>-<lr>} (e.g.
 * {@code sweep-200-3e-4}), its student source {@code student:sweep-200-3e-4} and a stored evaluation of that
 * source alone, so {@link #stored} lists a sweep again from the workspace. Running a sweep again reuses what
 * exists: a finished run with the same config returns at once, a cancelled one resumes from its checkpoint.
 */
public final class SweepService {
    public static final String PREFIX = "sweep-";
    /** Built-in points are sweep-N-RATE, LLM points sweep-llm-N-RATE. */
    private static final Pattern NAME = Pattern.compile("sweep-(?:llm-)?(\\d+)-(.+)");
    /** Progress steps per grid point, so the bar moves within a run. */
    private static final long SCALE = 1000;

    private SweepService() {}

    /** The run name of one grid point: {@code sweep-<samples>-<rate>}, the rate as e.g. 3e-4 or 1.5e-3. */
    public static String runName(int samples, double learningRate) {
        return PREFIX + samples + "-" + rate(learningRate);
    }

    /** A learning rate in short scientific notation: 3e-4, 1.5e-3, 1e-2 (Java reads it back). */
    public static String rate(double learningRate) {
        BigDecimal d = new BigDecimal(Double.toString(learningRate)).stripTrailingZeros();
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - d.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
    }

    /**
     * Trains, predicts and scores every (sample count, learning rate), sample counts outermost; returns the
     * points in that order. Cancel stops at the next batch; points done so far stay stored.
     */
    public static List<SweepPoint> run(WorkspaceSession session, SweepRequest request, ProgressListener progress,
            BooleanSupplier cancelled) throws IOException {
        return sweep(session, request, new Student(session, request), progress, cancelled);
    }

    /**
     * The same grid with LLM students: each point is a LoRA run {@code sweep-llm-<n>-<lr>} (see {@link LlmSweep}),
     * scored on the multiple-choice task (the study's 13 findings plus Normal).
     */
    public static List<SweepPoint> runLlm(WorkspaceSession session, SweepRequest request, LlmSweep.Options llm,
            ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        return sweep(session, request, new LlmSweep(session, request, llm), progress, cancelled);
    }

    /** How one kind of student trains and predicts a grid point; the sweep does the rest alike for every kind. */
    interface PointRunner {
        String runName(int samples, double learningRate);

        EvaluationService.Task task();

        void train(String name, int samples, double learningRate, ProgressListener progress, BooleanSupplier cancelled)
                throws IOException;

        void predict(String name, BooleanSupplier cancelled) throws IOException;
    }

    /** The built-in student: the request's parameters with maxSamples, learningRate and seed set. */
    private record Student(WorkspaceSession session, SweepRequest request) implements PointRunner {
        @Override
        public String runName(int samples, double learningRate) {
            return SweepService.runName(samples, learningRate);
        }

        @Override
        public EvaluationService.Task task() {
            return EvaluationService.Task.LABELS;
        }

        @Override
        public void train(String name, int n, double lr, ProgressListener progress, BooleanSupplier cancelled)
                throws IOException {
            Map<String, String> parameters = new LinkedHashMap<>(request.parameters());
            parameters.put("maxSamples", Integer.toString(n));
            parameters.put("learningRate", Double.toString(lr));
            parameters.put("seed", Long.toString(request.seed()));
            TrainingService.train(session, new TrainingService.Request(name, request.teacher(),
                    request.trainingSplit(), parameters), progress, cancelled);
        }

        @Override
        public void predict(String name, BooleanSupplier cancelled) throws IOException {
            TrainingService.predict(session, name, ProgressListener.NONE, cancelled);
        }
    }

    private static List<SweepPoint> sweep(WorkspaceSession session, SweepRequest request, PointRunner runner,
            ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        List<SweepPoint> points = new ArrayList<>();
        long total = request.size() * SCALE;
        for (int n : request.sampleCounts()) {
            for (double lr : request.learningRates()) {
                int index = points.size();
                String name = runner.runName(n, lr);
                String where = "run " + (index + 1) + " of " + request.size() + " (" + name + ")";
                long[] done = {index * SCALE};
                ProgressListener inner = p -> {
                    // status and epoch lines carry no total; they keep the bar where the last batch left it
                    done[0] = Math.max(done[0], index * SCALE + Math.round(Math.max(0, p.fraction()) * SCALE * 0.9));
                    progress.onProgress(new Progress(done[0], total, where + ": " + p.message(), p.detail()));
                };
                runner.train(name, n, lr, inner, cancelled);
                checkCancelled(cancelled);
                progress.onProgress(new Progress(index * SCALE + SCALE * 9 / 10, total, where + ": predicting", null));
                runner.predict(name, cancelled);
                checkCancelled(cancelled);
                progress.onProgress(new Progress(index * SCALE + SCALE * 95 / 100, total, where + ": scoring", null));
                SweepPoint point = score(session, request, n, lr, name, runner.task(), cancelled);
                points.add(point);
                progress.onProgress(new Progress((index + 1) * SCALE, total, String.format(java.util.Locale.ROOT,
                        "%s: micro-F1 %.3f", where, point.microF1()), point));
            }
        }
        return points;
    }

    /**
     * The sweep points in the workspace: every run named {@code sweep-<n>-<lr>} whose student has been scored
     * on its own, with that source's latest evaluation; ordered by learning rate, then sample count.
     */
    public static List<SweepPoint> stored(WorkspaceSession session) {
        Map<String, EvaluationRecord> latest = new HashMap<>();
        for (EvaluationRecord e : EvaluationService.history(session)) {
            if (e.sources().size() == 1) {
                latest.put(e.sources().get(0), e);
            }
        }
        List<SweepPoint> points = new ArrayList<>();
        for (Run run : TrainingService.runs(session)) {
            Matcher m = NAME.matcher(run.name());
            EvaluationRecord e = latest.get(TrainingService.STUDENT_PREFIX + run.name());
            if (!m.matches() || e == null) {
                continue;
            }
            try {
                int samples = Integer.parseInt(m.group(1));
                double lr = Double.parseDouble(m.group(2));
                points.add(point(EvaluationService.show(e), samples, lr, run.name()));
            } catch (IllegalArgumentException notASweepRun) {
                // a run that only looks like a sweep point (e.g. "sweep-10-final") is left out
            }
        }
        points.sort(Comparator.comparingDouble(SweepPoint::learningRate).thenComparingInt(SweepPoint::samples));
        return points;
    }

    /** The point a progress event of {@link #run} reports when one finishes, if it is such an event. */
    public static java.util.Optional<SweepPoint> point(Progress progress) {
        return progress.detail(SweepPoint.class);
    }

    private static SweepPoint score(WorkspaceSession session, SweepRequest request, int samples, double lr,
            String name, EvaluationService.Task task, BooleanSupplier cancelled) {
        CompareRequest compare = new CompareRequest(request.goldSet(), request.evaluationSplit(),
                UncertaintyPolicy.U_ZEROS, task,
                List.of(TrainingService.STUDENT_PREFIX + name), null, null, request.resamples(), request.seed());
        return point(EvaluationService.evaluate(session, compare, ProgressListener.NONE, cancelled), samples, lr,
                name);
    }

    private static SweepPoint point(EvaluationView view, int samples, double lr, String name) {
        EvaluationView.Cell micro = view.rows().stream().filter(r -> r.kind() == EvaluationView.RowKind.MICRO)
                .findFirst().orElseThrow().cells().get(0);
        return new SweepPoint(samples, lr, micro.f1(), micro.lo(), micro.hi(), name, view.evaluationId());
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("sweep cancelled; finished points stay stored");
        }
    }
}
