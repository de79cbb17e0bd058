package org.radcurate.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.MentionState;

class TrainingLabelsTest {
    private static final MentionState P = MentionState.POSITIVE;
    private static final MentionState N = MentionState.NEGATIVE;
    private static final MentionState U = MentionState.UNCERTAIN;
    private static final MentionState A = MentionState.ABSENT;

    private static TrainingExample ex(String id, MentionState... states) {
        return new TrainingExample(id, "text of " + id, List.of(states));
    }

    @Test
    void goldOverridesTheTeacherExactlyOnTheReportsItCovers() {
        TrainingLabels labels = new TrainingLabels(
                List.of(ex("r1", P, A), ex("r2", P, U), ex("r3", N, A)),
                List.of(ex("r2", A, N), ex("r4", U, P)));
        List<TrainingExample> merged = labels.merged();
        assertEquals(List.of("r1", "r2", "r3", "r4"), merged.stream().map(TrainingExample::reportId).toList());
        assertEquals(List.of(List.of(P, A), List.of(A, N), List.of(N, A), List.of(U, P)),
                merged.stream().map(TrainingExample::states).toList());
        assertEquals(List.of("teacher", "gold", "teacher", "gold"),
                merged.stream().map(TrainingExample::source).toList());
        assertEquals(1, labels.overrides());
    }

    @Test
    void positivesOnlyGoldKeepsTheTeachersNegationsWhereItSaysNotPresent() {
        // gold with no negative or uncertain anywhere (NIH-style 1/0): its absent means "not present"
        TrainingLabels labels = new TrainingLabels(
                List.of(ex("r1", N, U, P, A), ex("r2", P, N, N, U)),
                List.of(ex("r1", A, A, A, P), ex("r2", P, A, P, A), ex("r3", A, P, A, A)));
        assertEquals(List.of(List.of(N, U, A, P), List.of(P, N, P, U), List.of(A, P, A, A)),
                labels.merged().stream().map(TrainingExample::states).toList());
        assertEquals(List.of("gold", "gold", "gold"), labels.merged().stream().map(TrainingExample::source).toList());
        // the second stage of two trains on the same gold rows
        assertEquals(List.of(N, U, A, P), labels.gold().get(0).states());
        assertEquals(2, labels.overrides());
    }

    @Test
    void goldWithANegativeAnywhereIsTakenAsItIs() {
        TrainingLabels labels = new TrainingLabels(List.of(ex("r1", N, U), ex("r2", N, N)),
                List.of(ex("r1", A, A), ex("r2", A, N)));
        assertEquals(List.of(List.of(A, A), List.of(A, N)),
                labels.merged().stream().map(TrainingExample::states).toList());
    }

    @Test
    void countsSayHowManyReportsAndStatesOfEachSourceWereUsed() {
        TrainingLabels labels = new TrainingLabels(List.of(ex("r1", P, A), ex("r2", P, U), ex("r3", N, A)),
                List.of(ex("r2", A, N)));
        List<TrainingExample> merged = labels.merged();
        TrainingLabels.Counts c = TrainingLabels.counts(merged.subList(0, 2), merged.subList(2, 3), labels.overrides());
        assertEquals(1, c.goldOverridesTeacher());
        assertEquals(1, c.train().get("teacher").reports());
        assertEquals(Map.of(P, 1, N, 0, U, 0, A, 1), c.train().get("teacher").states());
        assertEquals(Map.of(P, 0, N, 1, U, 0, A, 1), c.train().get("gold").states());
        assertEquals(Map.of(P, 0, N, 1, U, 0, A, 1), c.validation().get("teacher").states());
        assertEquals(0, c.validation().get("gold").reports());
    }

    @Test
    void thePresentTargetFoldsNegatedAndUncertainIntoNotPresent() {
        TrainingConfig present = TestConfigs.tiny().withTarget(TrainingConfig.PRESENT);
        List<int[]> rows = StudentTrainer.labels(List.of(ex("r1", P, N), ex("r2", U, A)), present);
        assertEquals(List.of(List.of(1, 0), List.of(0, 0)), rows.stream()
                .map(r -> java.util.Arrays.stream(r).boxed().toList()).toList());
        List<int[]> states = StudentTrainer.labels(List.of(ex("r1", P, N), ex("r2", U, A)), TestConfigs.tiny());
        assertEquals(List.of(List.of(1, 2), List.of(3, 0)), states.stream()
                .map(r -> java.util.Arrays.stream(r).boxed().toList()).toList());
    }
}
