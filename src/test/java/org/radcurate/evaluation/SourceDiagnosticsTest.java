package org.radcurate.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.radcurate.domain.MentionState.ABSENT;
import static org.radcurate.domain.MentionState.NEGATIVE;
import static org.radcurate.domain.MentionState.POSITIVE;
import static org.radcurate.domain.MentionState.UNCERTAIN;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.evaluation.SourceDiagnostics.AccuracyRow;
import org.radcurate.evaluation.SourceDiagnostics.Cell;
import org.radcurate.evaluation.SourceDiagnostics.Diagnosis;
import org.radcurate.evaluation.SourceDiagnostics.PairRow;
import org.radcurate.evaluation.SourceDiagnostics.SourceRow;

/** Coverage, overlap, conflict and gold-based accuracy on the hand-computed example of {@link Fixtures}. */
class SourceDiagnosticsTest {
    private static final UncertaintyPolicy ZEROS = UncertaintyPolicy.U_ZEROS;

    /** A second teacher that labelled only r1, r2 and r4. */
    private static LabelMatrix partial() {
        return LabelMatrix.builder(Fixtures.FINDINGS)
                .row("r1", NEGATIVE, ABSENT, POSITIVE)
                .row("r2", POSITIVE, UNCERTAIN, ABSENT)
                .row("r4", ABSENT, POSITIVE, NEGATIVE)
                .build();
    }

    private static Diagnosis diagnose(Resampling resampling) {
        Map<String, LabelMatrix> sources = new LinkedHashMap<>();
        sources.put("t", Fixtures.pred());
        sources.put("p", partial());
        return SourceDiagnostics.diagnose(sources, Map.of("gold", Fixtures.gold()), ZEROS, resampling);
    }

    private static SourceRow row(Diagnosis d, String source, String finding) {
        return d.sources().stream().filter(r -> r.source().equals(source) && r.finding().equals(finding))
                .findFirst().orElseThrow();
    }

    private static PairRow pair(Diagnosis d, String source, String other, String finding) {
        return d.pairs().stream().filter(r -> r.source().equals(source) && r.other().equals(other)
                && r.finding().equals(finding)).findFirst().orElseThrow();
    }

    private static AccuracyRow accuracy(Diagnosis d, String source, String finding) {
        return d.accuracy().stream().filter(r -> r.source().equals(source) && r.finding().equals(finding))
                .findFirst().orElseThrow();
    }

    @Test
    void coverageAndPositiveRatePerSourceAndFinding() {
        Diagnosis d = diagnose(Resampling.NONE);
        // t: A = POS POS POS ABS NEG, B = POS ABS POS POS POS, C = POS UNC UNC ABS NEG
        assertEquals(new SourceRow("t", "A", 5, 4, 3), row(d, "t", "A"));
        assertEquals(new SourceRow("t", "B", 5, 4, 4), row(d, "t", "B"));
        assertEquals(new SourceRow("t", "C", 5, 4, 1), row(d, "t", "C"));
        assertEquals(0.8, row(d, "t", "C").coverageRate(), 1e-12);
        assertEquals(0.2, row(d, "t", "C").positiveRate(), 1e-12);
        // p labelled 3 reports: A = NEG POS ABS, B = ABS UNC POS, C = POS ABS NEG
        assertEquals(new SourceRow("p", "A", 3, 2, 1), row(d, "p", "A"));
        assertEquals(new SourceRow("p", "B", 3, 2, 1), row(d, "p", "B"));
        assertEquals(new SourceRow("p", "C", 3, 2, 1), row(d, "p", "C"));
    }

    @Test
    void overlapAndConflictWithEveryOtherSource() {
        Diagnosis d = diagnose(Resampling.NONE);
        // A: both speak on r1 (POS vs NEG: conflict) and r2 (POS vs POS)
        assertEquals(new PairRow("t", "p", "A", 2, 1), pair(d, "t", "p", "A"));
        // B: r4 only (POS vs POS); r2 is ABS in t
        assertEquals(new PairRow("t", "p", "B", 1, 0), pair(d, "t", "p", "B"));
        // C: r1 (POS vs POS); r2 is ABS in p, r4 ABS in t
        assertEquals(new PairRow("t", "p", "C", 1, 0), pair(d, "t", "p", "C"));
        assertEquals(new PairRow("p", "t", "A", 2, 1), pair(d, "p", "t", "A"));
        assertEquals(6, d.pairs().size());
        assertEquals(List.of("r1"), SourceDiagnostics.reports(Fixtures.pred(), partial(), "A", Cell.CONFLICT, ZEROS));
        assertEquals(List.of("r1", "r2"),
                SourceDiagnostics.reports(Fixtures.pred(), partial(), "A", Cell.OVERLAP, ZEROS));
    }

    @Test
    void uncertainPairsAreNoConflictUnderUIgnore() {
        // gold as a source beside t on A: overlap r1 r2 r3 r5; r3 is UNC in gold, r5 NEG vs POS
        LabelMatrix gold = Fixtures.gold();
        assertEquals(List.of("r3", "r5"), SourceDiagnostics.reports(Fixtures.pred(), gold, "A", Cell.CONFLICT, ZEROS));
        assertEquals(List.of("r5"), SourceDiagnostics.reports(Fixtures.pred(), gold, "A", Cell.CONFLICT,
                UncertaintyPolicy.U_IGNORE));
        assertEquals(List.of("r1", "r2", "r3", "r5"),
                SourceDiagnostics.reports(Fixtures.pred(), gold, "A", Cell.OVERLAP, ZEROS));
    }

    @Test
    void accuracyAgainstGoldWithCountsAndGoldReports() {
        Diagnosis d = diagnose(Resampling.NONE);
        AccuracyRow a = accuracy(d, "t", "A");
        assertEquals(new Counts(2, 1, 1, 1), a.counts());
        assertEquals(5, a.goldReports());
        assertEquals(2.0 / 3, a.precision(), 1e-12);
        assertEquals(2.0 / 3, a.recall(), 1e-12);
        AccuracyRow micro = accuracy(d, "t", SourceDiagnostics.MICRO);
        assertEquals(new Counts(4, 4, 2, 5), micro.counts());
        assertEquals(0.5, micro.precision(), 1e-12);
        assertEquals(4.0 / 6, micro.recall(), 1e-12);
        assertEquals(8.0 / 14, micro.f1(), 1e-12);
        // p lacks r3 and r5: scored as not mentioned, so gold's positives there are misses
        // A: r1 NEG vs POS (fn), r2 POS (tp), r3 UNC gold (tn), r4 tn, r5 POS missed (fn)
        assertEquals(new Counts(1, 0, 2, 2), accuracy(d, "p", "A").counts());
        assertEquals(5, accuracy(d, "p", "A").goldReports());
        assertEquals(List.of("r1", "r5"), SourceDiagnostics.reports(partial(), Fixtures.gold(), "A",
                Cell.FALSE_NEGATIVE, ZEROS));
        assertEquals(List.of("r3"), SourceDiagnostics.reports(Fixtures.pred(), Fixtures.gold(), "A",
                Cell.FALSE_POSITIVE, ZEROS));
        assertEquals(List.of("r1", "r2"), SourceDiagnostics.reports(Fixtures.pred(), Fixtures.gold(), "A",
                Cell.TRUE_POSITIVE, ZEROS));
    }

    @Test
    void f1IntervalsAreTheComparisonsIntervals() {
        Resampling r = new Resampling(200, 7);
        Diagnosis d = diagnose(r);
        EvaluationResult e = Evaluator.evaluate("t", Fixtures.gold(), Fixtures.pred(), ZEROS, r);
        for (String f : Fixtures.FINDINGS) {
            assertEquals(e.finding(f).orElseThrow().ci95(), accuracy(d, "t", f).f1Ci());
        }
        assertEquals(e.micro().ci95(), accuracy(d, "t", SourceDiagnostics.MICRO).f1Ci());
    }

    @Test
    void precisionIntervalIsTheDirectBootstrapOfPrecision() {
        Resampling r = new Resampling(300, 11);
        AccuracyRow micro = accuracy(diagnose(r), "t", SourceDiagnostics.MICRO);
        LabelMatrix gold = Fixtures.gold();
        LabelMatrix pred = Fixtures.pred();
        var streams = Resampler.streams(r.resamples(), r.seed());
        double[] p = new double[r.resamples()];
        for (int i = 0; i < p.length; i++) {
            long tp = 0;
            long fp = 0;
            for (int k = 0; k < gold.reportCount(); k++) {
                int rep = streams[i].nextInt(gold.reportCount());
                for (int f = 0; f < gold.findingCount(); f++) {
                    boolean pp = pred.state(rep, f) == POSITIVE;
                    boolean gp = gold.state(rep, f) == POSITIVE;
                    tp += pp && gp ? 1 : 0;
                    fp += pp && !gp ? 1 : 0;
                }
            }
            p[i] = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }
        assertEquals(Interval.percentile95(p), micro.precisionCi());
    }

    @Test
    void sourcesOfAnotherSchemaAreRefused() {
        LabelMatrix other = LabelMatrix.builder(List.of("X")).row("r1", POSITIVE).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceDiagnostics.diagnose(
                Map.of("x", other), Map.of("gold", Fixtures.gold()), ZEROS, Resampling.NONE));
        assertEquals(true, e.getMessage().contains("diagnose sources of one schema"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SourceDiagnostics.reports(Fixtures.pred(), Fixtures.gold(),
                "Nope", Cell.COVERED, ZEROS));
    }
}
