package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Run;
import org.radcurate.domain.RunStatus;
import org.radcurate.domain.Split;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.evaluation.Comparison;
import org.radcurate.evaluation.Resampling;
import org.radcurate.evaluation.Summary;

/** A 2 x 2 sweep of tiny students on the sample workspace's rule teacher, scored on its test split. */
class SweepServiceTest {
    /** A model that trains 80 reports for two epochs in well under a second. */
    static final Map<String, String> TINY = Map.ofEntries(Map.entry("layers", "1"), Map.entry("width", "16"),
            Map.entry("heads", "2"), Map.entry("ffn", "32"), Map.entry("maxTokens", "48"),
            Map.entry("vocabSize", "200"), Map.entry("epochs", "2"), Map.entry("mlmEpochs", "0"),
            Map.entry("batchSize", "8"), Map.entry("patience", "0"));

    @TempDir
    static Path dir;
    static WorkspaceSession session;
    static String teacher;
    static List<SweepPoint> points;
    static final List<Progress> progress = new ArrayList<>();

    @BeforeAll
    static void sweep() throws Exception {
        Path file = SampleWorkspace.createIfMissing(dir.resolve("sample.radcurate"), ProgressListener.NONE);
        session = WorkspaceSession.open(file);
        teacher = LabelService.labelWorkspace(session, false, false, 1, ProgressListener.NONE, () -> false).target();
        SweepRequest request = new SweepRequest(teacher, Split.TRAIN, SampleWorkspace.GOLD_SET, Split.TEST,
                List.of(40, 80), List.of(1e-2, 3e-3), TINY, 7, 200);
        points = SweepService.run(session, request, progress::add, () -> false);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void trainsEveryGridPointUnderItsOwnName() throws Exception {
        assertEquals(List.of("sweep-40-1e-2", "sweep-40-3e-3", "sweep-80-1e-2", "sweep-80-3e-3"),
                points.stream().map(SweepPoint::runName).toList());
        assertEquals(List.of(40, 40, 80, 80), points.stream().map(SweepPoint::samples).toList());
        assertEquals(List.of(1e-2, 3e-3, 1e-2, 3e-3), points.stream().map(SweepPoint::learningRate).toList());
        ObjectMapper json = new ObjectMapper();
        for (SweepPoint p : points) {
            Run run = TrainingService.runs(session).stream().filter(r -> r.name().equals(p.runName())).findFirst()
                    .orElseThrow();
            assertEquals(RunStatus.FINISHED, run.status());
            JsonNode config = json.readTree(run.configJson());
            assertEquals(p.samples(), config.get("maxSamples").asInt());
            assertEquals(p.learningRate(), config.get("learningRate").asDouble());
            assertEquals(7, config.get("seed").asLong());
            assertEquals(2, TrainingService.timeline(session, run.id()).size(), "two epochs each");
        }
    }

    @Test
    void eachPointIsTheMicroF1ThatComparingItsStudentGives() {
        for (SweepPoint p : points) {
            Comparison c = EvaluationService.compareWorkspace(session, SampleWorkspace.GOLD_SET,
                    List.of("student:" + p.runName()), Split.TEST, UncertaintyPolicy.U_ZEROS, new Resampling(200, 7),
                    EvaluationService.Task.LABELS);
            Summary micro = c.sources().get(0).micro();
            assertEquals(micro.f1(), p.microF1(), 0.0, p.runName());
            assertEquals(micro.ci95().lo(), p.lo(), 0.0, p.runName());
            assertEquals(micro.ci95().hi(), p.hi(), 0.0, p.runName());
            assertEquals(60, c.reports(), "the sample workspace's test split");
        }
    }

    @Test
    void listsTheSweepAgainFromRunsAndEvaluations() {
        List<SweepPoint> stored = SweepService.stored(session);
        List<SweepPoint> expected = new ArrayList<>(points);
        expected.sort(java.util.Comparator.comparingDouble(SweepPoint::learningRate)
                .thenComparingInt(SweepPoint::samples));
        assertEquals(expected.stream().map(SweepPoint::runName).toList(),
                stored.stream().map(SweepPoint::runName).toList());
        for (int i = 0; i < expected.size(); i++) {
            SweepPoint e = expected.get(i);
            SweepPoint s = stored.get(i);
            assertEquals(List.of(e.samples(), e.learningRate(), e.microF1(), e.lo(), e.hi(), e.evaluationId()),
                    List.of(s.samples(), s.learningRate(), s.microF1(), s.lo(), s.hi(), s.evaluationId()));
        }
    }

    @Test
    void reportsProgressAcrossTheWholeGrid() {
        Progress last = progress.get(progress.size() - 1);
        assertEquals(last.total(), last.step());
        assertEquals(4000, last.total());
        assertTrue(last.message().startsWith("run 4 of 4 (sweep-80-3e-3): micro-F1 "), last.message());
        assertEquals(points, progress.stream().map(SweepService::point).flatMap(java.util.Optional::stream).toList(),
                "each finished point is reported as it finishes");
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i).step() >= progress.get(i - 1).step(), "never runs backwards");
        }
    }

    @Test
    void writesRatesShortly() {
        assertEquals("3e-4", SweepService.rate(3e-4));
        assertEquals("1.5e-3", SweepService.rate(0.0015));
        assertEquals("1e-2", SweepService.rate(0.01));
        assertEquals("sweep-100-3e-4", SweepService.runName(100, 3e-4));
        assertEquals(3e-4, Double.parseDouble(SweepService.rate(3e-4)));
    }
}
