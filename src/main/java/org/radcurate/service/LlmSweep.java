package org.radcurate.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.radcurate.domain.ProgressListener;

/**
 * A learning-curve point as an LLM student: an instruction dataset of {@code n} open-ended and
 * {@code n} multiple-choice records from the sweep's teacher on its training split (seeded by the
 * sweep's seed, written to {@code <workspace>.datasets/sweep-llm-N-RATE.*}), a LoRA run of the
 * recipe at the point's learning rate, and its answers on the evaluation split as
 * {@code student:sweep-llm-N-RATE}. A finished run is reused; a stopped one resumes.
 */
public final class LlmSweep implements SweepService.PointRunner {
    public static final String PREFIX = "sweep-llm-";

    /**
     * The LoRA side of a sweep: the local base model, the interpreter (null: the first detected), the
     * recipe's settings (the sweep sets learning_rate and seed) and the inference settings for predict.
     */
    public record Options(Path baseModel, Path python, Map<String, String> recipeSettings,
            Map<String, String> inferenceSettings) {
        public Options {
            if (baseModel == null || baseModel.toString().isBlank()) {
                throw new IllegalArgumentException("choose the base model's folder for the LLM runs");
            }
            recipeSettings = Map.copyOf(recipeSettings == null ? Map.of() : recipeSettings);
            inferenceSettings = Map.copyOf(inferenceSettings == null ? Map.of() : inferenceSettings);
            for (String set : new String[] {"learning_rate", "seed"}) {
                if (recipeSettings.containsKey(set)) {
                    throw new IllegalArgumentException("the sweep sets " + set + " itself; leave it out of the settings");
                }
            }
        }
    }

    private final WorkspaceSession session;
    private final SweepRequest request;
    private final Options options;

    LlmSweep(WorkspaceSession session, SweepRequest request, Options options) {
        this.session = session;
        this.request = request;
        this.options = options;
    }

    /** The run name of one LLM grid point: {@code sweep-llm-<samples>-<rate>}. */
    public static String name(int samples, double learningRate) {
        return PREFIX + samples + "-" + SweepService.rate(learningRate);
    }

    @Override
    public String runName(int samples, double learningRate) {
        return name(samples, learningRate);
    }

    @Override
    public EvaluationService.Task task() {
        return EvaluationService.Task.MULTIPLE_CHOICE;
    }

    @Override
    public void train(String name, int n, double lr, ProgressListener progress, BooleanSupplier cancelled)
            throws IOException {
        Path folder = Path.of(session.file().toAbsolutePath() + ".datasets");
        LlmDatasets.Built data = LlmDatasets.build(session, new LlmDatasets.Request(request.teacher(),
                request.trainingSplit(), n, n, request.seed(), folder, name));
        Map<String, String> settings = new LinkedHashMap<>(options.recipeSettings());
        settings.put("learning_rate", Double.toString(lr));
        settings.put("seed", Long.toString(request.seed()));
        LlmTraining.train(session, new LlmTraining.Request(name, data.alpaca(), options.baseModel(), options.python(),
                settings, "python", 1, null), progress, cancelled);
    }

    /**
     * Answers the evaluation split. A run none of whose multiple-choice answers the parser can read has
     * no labels to score: that is said plainly here rather than as "no reports in common" later.
     */
    @Override
    public void predict(String name, BooleanSupplier cancelled) throws IOException {
        LlmTraining.Predicted p = LlmTraining.predict(session, name, request.evaluationSplit(), options.python(),
                options.inferenceSettings(), ProgressListener.NONE, cancelled);
        if (p.reports() > 0 && p.multipleChoiceFailures() == p.reports()) {
            String split = request.evaluationSplit() == null ? "all" : request.evaluationSplit().key();
            throw new IllegalStateException("run " + name + " gave no readable multiple-choice answer for the "
                    + p.reports() + " reports of split " + split + ", so there is nothing to score; train it on more "
                    + "samples or steps, or read its answers in answers-" + split + ".jsonl in the run's folder");
        }
    }
}
