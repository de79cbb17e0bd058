package org.radcurate.service;

import java.util.List;
import org.radcurate.domain.ScoringScope;
import org.radcurate.domain.Split;
import org.radcurate.domain.UncertaintyPolicy;

/**
 * What to compare: sources (in column order) against a frozen gold set on a split (null: every report),
 * under a policy, on a task, with bootstrap resamples and seed. When {@code teacher} and {@code student} are
 * both given, the paired test asks whether the student beats the teacher on micro F1. The scope says which gold
 * reports each source is scored on (every one, or those it labelled).
 */
public record CompareRequest(String goldSet, Split split, UncertaintyPolicy policy, EvaluationService.Task task,
        List<String> sources, String teacher, String student, int resamples, long seed, ScoringScope scope) {

    /** Scored on every gold report, as {@code eval} scores by default. */
    public CompareRequest(String goldSet, Split split, UncertaintyPolicy policy, EvaluationService.Task task,
            List<String> sources, String teacher, String student, int resamples, long seed) {
        this(goldSet, split, policy, task, sources, teacher, student, resamples, seed, ScoringScope.ALL);
    }

    public CompareRequest {
        scope = scope == null ? ScoringScope.ALL : scope;
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("choose at least one source to compare");
        }
        if ((teacher == null) != (student == null)) {
            throw new IllegalArgumentException("name both a teacher and a student, or neither");
        }
        if (teacher != null && (!sources.contains(teacher) || !sources.contains(student))) {
            throw new IllegalArgumentException("the teacher and the student must be among the compared sources");
        }
        if (teacher != null && teacher.equals(student)) {
            throw new IllegalArgumentException("the teacher and the student must be different sources");
        }
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples must be 0 or more");
        }
    }

    /** The split as stored with the evaluation: its key, or {@code all}. */
    public String splitKey() {
        return split == null ? "all" : split.key();
    }
}
