package org.radcurate.service.report;

import static org.radcurate.domain.MentionState.ABSENT;
import static org.radcurate.domain.MentionState.NEGATIVE;
import static org.radcurate.domain.MentionState.POSITIVE;
import static org.radcurate.domain.MentionState.UNCERTAIN;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.evaluation.Comparison;
import org.radcurate.evaluation.Evaluator;
import org.radcurate.evaluation.LabelMatrix;
import org.radcurate.evaluation.Resampling;

/**
 * The 3-finding, 5-report example of the evaluation tests: under U-Zeros the teacher has
 * A 2/1/1/1 (F1 2/3), B 2/2/0/1 (F1 2/3), C 0/1/1/3 (F1 0), micro F1 8/14, macro F1 4/9; the student is
 * gold itself (all F1 1). Supports: A 3, B 2, C 1.
 */
final class ReportFixtures {
    private ReportFixtures() {}

    static LabelMatrix gold() {
        return LabelMatrix.builder(List.of("A", "B", "C"))
                .row("r1", POSITIVE, NEGATIVE, UNCERTAIN)
                .row("r2", POSITIVE, ABSENT, POSITIVE)
                .row("r3", UNCERTAIN, POSITIVE, ABSENT)
                .row("r4", NEGATIVE, POSITIVE, NEGATIVE)
                .row("r5", POSITIVE, UNCERTAIN, ABSENT)
                .build();
    }

    static LabelMatrix teacher() {
        return LabelMatrix.builder(List.of("A", "B", "C"))
                .row("r1", POSITIVE, POSITIVE, POSITIVE)
                .row("r2", POSITIVE, ABSENT, UNCERTAIN)
                .row("r3", POSITIVE, POSITIVE, UNCERTAIN)
                .row("r4", ABSENT, POSITIVE, ABSENT)
                .row("r5", NEGATIVE, POSITIVE, NEGATIVE)
                .build();
    }

    static Comparison comparison(Resampling resampling, String teacherName) {
        Map<String, LabelMatrix> sources = new LinkedHashMap<>();
        sources.put(teacherName, teacher());
        sources.put("student", gold());
        boolean paired = resampling.enabled();
        return Evaluator.compare("binary", "gold@1", gold(), sources, UncertaintyPolicy.U_ZEROS, resampling,
                paired ? teacherName : null, paired ? "student" : null);
    }
}
