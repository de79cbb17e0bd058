package org.radcurate.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Micro-F1, class weights, the run state machine, the config, the split and the masker. */
class SmallPartsTest {
    private static final int A = LabelCodec.ABSENT;
    private static final int P = LabelCodec.POSITIVE;
    private static final int N = LabelCodec.NEGATIVE;
    private static final int U = LabelCodec.UNCERTAIN;

    @Test
    void microF1CountsOnlyPositivesAndUncertainAsNegative() {
        List<int[]> gold = List.of(new int[] {P, P, N}, new int[] {U, A, P});
        List<int[]> pred = List.of(new int[] {P, N, P}, new int[] {P, A, P});
        // tp 2 (r0f0, r1f2), fp 2 (r0f2, r1f0: gold uncertain), fn 1 (r0f1): 4 / (4 + 2 + 1)
        assertEquals(4.0 / 7.0, MicroF1.of(gold, pred), 1e-12);
        assertEquals(1.0, MicroF1.of(List.of(new int[] {N, A}), List.of(new int[] {U, N})), 0.0);
    }

    @Test
    void classWeightsFavourRareClasses() {
        // finding 0: 3 absent, 1 positive over 4 reports, 2 classes present
        List<int[]> labels = List.of(new int[] {A}, new int[] {A}, new int[] {A}, new int[] {P});
        float[] w = ClassWeights.of(labels, 1, true);
        assertEquals(Math.sqrt(4.0 / 6.0), w[A], 1e-6);
        assertEquals(Math.sqrt(4.0 / 2.0), w[P], 1e-6);
        assertEquals(1f, w[N], 0f);
        assertArrayEquals(new float[] {1f, 1f, 1f, 1f}, ClassWeights.of(labels, 1, false));
    }

    @Test
    void runStateStopsEarlyAfterPatienceEpochsWithoutGain() {
        RunState s = RunState.fresh("x").afterEpoch(0.5, 2, "c1");
        assertTrue(s.improvedAt(1));
        s = s.afterEpoch(0.5, 2, "c2");
        assertFalse(s.stoppedEarly());
        s = s.afterEpoch(0.4, 2, "c3");
        assertTrue(s.stoppedEarly());
        assertEquals(1, s.bestEpoch());
        assertEquals(0.5, s.bestMicroF1(), 0.0);
        assertTrue(s.finished(TestConfigs.tiny()));
    }

    @Test
    void presetsAndWithers() {
        TrainingConfig quick = TrainingConfig.preset("quick-cpu");
        assertEquals("quick-cpu", quick.preset());
        assertEquals(7, quick.withEpochs(7).epochs());
        assertEquals(3L, quick.withSeed(3).seed());
        assertEquals(0.01, quick.withLearningRate(0.01).learningRate(), 0.0);
        assertEquals(500, quick.withMaxSamples(500).maxSamples());
        assertEquals(4, TrainingConfig.preset("GPU-Default").layers());
        assertThrows(IllegalArgumentException.class, () -> TrainingConfig.preset("tpu"));
        assertThrows(IllegalArgumentException.class, () -> quick.withHeads(3));
        assertTrue(quick.resumableFrom(quick.withEpochs(40).withPatience(9)));
        assertFalse(quick.resumableFrom(quick.withWidth(64)));
        assertFalse(quick.resumableFrom(quick.withAugment(quick.augment() + 1)));
        assertFalse(quick.resumableFrom(quick.withPositions("alibi".equals(quick.positions()) ? "learned" : "alibi")));
        assertEquals("alibi", quick.withPositions(" ALiBi ").positions());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> quick.withPositions("rotary"));
        assertEquals("positions must be learned or alibi", bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> quick.withAugment(-1));
    }

    @Test
    void configsSavedBeforePositionsAndAugmentReadAsTheOldModel() throws Exception {
        String old = "{\"preset\":\"quick-cpu\",\"layers\":2,\"width\":128,\"heads\":4,\"ffn\":256,"
                + "\"maxTokens\":128,\"vocabSize\":3000,\"learningRate\":0.001,\"weightDecay\":0.01,"
                + "\"batchSize\":32,\"epochs\":20,\"patience\":4,\"dropout\":0.1,\"mlmEpochs\":1,\"seed\":42,"
                + "\"validationFraction\":0.1,\"maxSamples\":0,\"classWeights\":true}";
        TrainingConfig read = new com.fasterxml.jackson.databind.ObjectMapper().readValue(old, TrainingConfig.class);
        assertEquals(TrainingConfig.LEARNED, read.positions());
        assertEquals(0.0, read.augment(), 0.0);
        assertEquals(2, read.layers());
    }

    @Test
    void alibiSlopesAreTheGeometricSeriesOfThePaper() {
        assertArrayEquals(new float[] {0.25f, 0.0625f, 0.015625f, 0.00390625f}, ReportEncoder.alibiSlopes(4), 0f);
        assertArrayEquals(new float[] {0.5f, 0.25f, 0.125f, 0.0625f, 0.03125f, 0.015625f, 0.0078125f, 0.00390625f},
                ReportEncoder.alibiSlopes(8), 0f);
    }

    @Test
    void splitIsSeededAndCapped() {
        List<TrainingExample> all = SyntheticReports.examples(50, 1);
        TrainingConfig c = TestConfigs.tiny().withValidationFraction(0.2).withMaxSamples(40);
        ExampleSplit a = ExampleSplit.of(all, c);
        ExampleSplit b = ExampleSplit.of(all, c);
        assertEquals(32, a.train().size());
        assertEquals(8, a.validation().size());
        assertEquals(a, b);
        assertTrue(a.validation().stream().noneMatch(a.train()::contains));
        assertEquals(0, ExampleSplit.of(all, c.withValidationFraction(0)).validation().size());
    }

    @Test
    void examplesFromLabelsAndPredictionsToLabels() {
        List<String> findings = List.of("Edema", "Pneumothorax", "Cardiomegaly");
        TrainingExample e = TrainingExample.fromLabels("r1", "text", findings, List.of(
                org.radcurate.domain.Label.of("r1", "Pneumothorax", org.radcurate.domain.MentionState.NEGATIVE),
                org.radcurate.domain.Label.of("r1", "Edema", org.radcurate.domain.MentionState.UNCERTAIN),
                org.radcurate.domain.Label.of("r2", "Cardiomegaly", org.radcurate.domain.MentionState.POSITIVE)));
        assertEquals(List.of(org.radcurate.domain.MentionState.UNCERTAIN, org.radcurate.domain.MentionState.NEGATIVE,
                org.radcurate.domain.MentionState.ABSENT), e.states());
        StudentPrediction p = new StudentPrediction(e.states(), List.of(0.2, 0.1, 1.0000001));
        List<org.radcurate.domain.Label> labels = p.toLabels("r1", findings);
        assertEquals("Pneumothorax", labels.get(1).finding());
        assertEquals(0.1, labels.get(1).probability(), 0.0);
        assertEquals(1.0, labels.get(2).probability(), 0.0);
    }

    @Test
    void maskerHidesAboutFifteenPercentButNeverSpecials() {
        int[] row = new int[101];
        row[0] = WordPieceTokenizer.CLS_ID;
        for (int i = 1; i < 100; i++) {
            row[i] = 5 + i;
        }
        row[100] = WordPieceTokenizer.SEP_ID;
        MlmMasker.Masked m = MlmMasker.mask(List.of(row, new int[] {2, 3}), 200, new Random(3));
        assertTrue(m.positions().length >= 5 && m.positions().length <= 30, "masked " + m.positions().length);
        for (int k = 0; k < m.positions().length; k++) {
            int t = (int) m.positions()[k];
            assertTrue(t > 0 && t < 100);
            assertEquals(row[t], m.targets()[k]);
        }
        assertArrayEquals(new int[] {2, 3}, m.rows().get(1));
    }
}
