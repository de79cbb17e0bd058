package org.radcurate.ui.compare;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.radcurate.domain.EvaluationRecord;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.ScoringScope;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.service.ErrorCases;
import org.radcurate.service.EvaluationService.Task;
import org.radcurate.service.EvaluationView;

/** How the Compare screen words its figures: one place, so ViewModel tests can check exact text. */
public final class CompareText {
    /** The conventional one-sided threshold; the p-value itself is always shown. */
    static final double ALPHA = 0.05;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private CompareText() {}

    /** Compare's notice on a workspace opened read-only. */
    public static final String READ_ONLY = "Read-only: this workspace is open for reading, so Compare scores "
            + "without storing the evaluation (File > Open Workspace opens it for writing once no other window or "
            + "process has it).";

    /** "evaluation #12", or "the evaluation (not stored)" for one scored on a read-only workspace. */
    static String name(EvaluationView v) {
        return v.stored() ? "evaluation #" + v.evaluationId() : "the evaluation (not stored)";
    }

    /** Three decimals, as metrics are read; "–" when undefined. */
    public static String num(double x) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.3f", x);
    }

    /** "0.955 [0.912, 0.987]", or the value alone without an interval. */
    public static String f1(EvaluationView.Cell c) {
        return c.hasInterval() ? num(c.f1()) + " [" + num(c.lo()) + ", " + num(c.hi()) + "]" : num(c.f1());
    }

    static String signed(double x) {
        return String.format(Locale.ROOT, "%+.3f", x);
    }

    /** p to three decimals below 0.01 (the resolution of 1,000 resamples), else two. */
    static String p(double p) {
        return String.format(Locale.ROOT, p < 0.01 ? "%.3f" : "%.2f", p);
    }

    static String metric(String key) {
        return key.replace("-f1", "-F1");
    }

    /** Whether the student beats the teacher: one-sided p under {@link #ALPHA} and a positive difference. */
    static boolean beats(EvaluationView.Verdict v) {
        return v.p() < ALPHA && v.difference() > 0;
    }

    /** The verdict in plain words, e.g. "student-X beats teacher-Y by +0.034 micro-F1 (95% CI …, p = 0.002)". */
    public static String verdict(EvaluationView.Verdict v) {
        String ci = Double.isNaN(v.lo()) ? "" : "95% CI " + signed(v.lo()) + " to " + signed(v.hi()) + ", ";
        String on = v.bothLabelled() ? ", on the " + v.reports() + " gold reports both labelled" : "";
        if (beats(v)) {
            return v.student() + " beats " + v.teacher() + " by " + signed(v.difference()) + " " + metric(v.metric())
                    + " (" + ci + "p = " + p(v.p()) + on + ")";
        }
        return "no evidence that " + v.student() + " beats " + v.teacher() + ": difference "
                + signed(v.difference()) + " " + metric(v.metric()) + " (" + ci + "p = " + p(v.p()) + on + ")";
    }

    public static String task(Task task) {
        return task == Task.MULTIPLE_CHOICE ? "Multiple choice (13 + Normal)" : "All findings";
    }

    public static String policy(UncertaintyPolicy policy) {
        return switch (policy) {
            case U_ZEROS -> "U-Zeros (uncertain = negative)";
            case U_ONES -> "U-Ones (uncertain = positive)";
            case U_IGNORE -> "U-Ignore (uncertain left out)";
        };
    }

    public static String scope(ScoringScope scope) {
        return scope == ScoringScope.LABELLED ? "Where labelled" : "All gold reports";
    }

    public static String split(String key) {
        return "all".equals(key) ? "All reports" : key;
    }

    /** The line above the table: what was compared and how. */
    static String summary(EvaluationView v) {
        return (v.stored() ? "#" + v.evaluationId() : "Not stored") + " · " + v.gold() + " · " + split(v.split()) + " · " + v.policy().key() + " · "
                + task(v.task()) + " · " + v.reports() + " reports · "
                + (v.resamples() > 0 ? v.resamples() + " resamples, seed " + v.seed() : "no resampling");
    }

    /** A stored evaluation in the history list. */
    public static String history(EvaluationRecord r) {
        return "#" + r.id() + "  " + r.goldSet() + " · " + r.split() + " · " + r.policy().key() + "\n"
                + String.join(", ", r.sources()) + " · " + WHEN.format(r.createdAt());
    }

    static String errorTitle(ErrorCases e) {
        String where = e.finding() == null ? "all findings" : e.finding();
        return e.source() + " · " + where + ": " + count(e.falsePositives().size(), "false positive") + ", "
                + count(e.falseNegatives().size(), "false negative")
                + (e.stale() ? " (labels changed since this evaluation; the lists show the current labels)" : "");
    }

    /** One error in the list: "S0005 · absent → positive", with the finding for the average rows. */
    public static String errorCase(ErrorCases.ErrorCase c, boolean withFinding) {
        return c.reportId() + " · " + (withFinding ? c.finding() + ": " : "") + "gold " + state(c.gold())
                + " → " + state(c.predicted());
    }

    static String state(MentionState s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
