package org.radcurate.evaluation;

import org.radcurate.domain.MentionState;
import org.radcurate.domain.UncertaintyPolicy;

/**
 * The binary view of mention states under an uncertainty policy: a pair (report, finding) is positive
 * when POSITIVE, and also when UNCERTAIN under U-Ones. NEGATIVE and ABSENT are negative under every
 * policy. U-Ignore leaves out a pair where gold or prediction is UNCERTAIN: it adds to no count at all,
 * not even tn, because the pair was not judged.
 */
public final class BinaryTask {
    /** Slot of the outcome for [policy][gold][pred], -1 for a pair left out. */
    private static final int[][][] OUTCOME = outcomes();

    private BinaryTask() {}

    /** Whether a state counts as positive under the policy (U-Ignore: UNCERTAIN is not positive). */
    public static boolean isPositive(MentionState state, UncertaintyPolicy policy) {
        return state == MentionState.POSITIVE
                || (state == MentionState.UNCERTAIN && policy == UncertaintyPolicy.U_ONES);
    }

    /** Whether the pair takes part in the metric under the policy. */
    public static boolean counts(MentionState gold, MentionState pred, UncertaintyPolicy policy) {
        return policy != UncertaintyPolicy.U_IGNORE
                || (gold != MentionState.UNCERTAIN && pred != MentionState.UNCERTAIN);
    }

    /** Per-report, per-finding counts of {@code pred} against {@code gold}; pred is aligned to gold first. */
    public static CountTable table(LabelMatrix gold, LabelMatrix pred, UncertaintyPolicy policy) {
        LabelMatrix p = LabelMatrix.align(gold, pred);
        int nf = gold.findingCount();
        CountTable t = CountTable.zeroed(gold.findings(), gold.reportCount());
        int[][] outcome = OUTCOME[policy.ordinal()];
        for (int r = 0; r < gold.reportCount(); r++) {
            for (int f = 0; f < nf; f++) {
                int slot = outcome[gold.ordinal(r, f)][p.ordinal(r, f)];
                if (slot >= 0) {
                    t.add(r, f, slot, 1);
                }
            }
        }
        return t;
    }

    /** Counts summed over reports, per finding: the point estimate without resampling. */
    public static Scores scores(LabelMatrix gold, LabelMatrix pred, UncertaintyPolicy policy) {
        return table(gold, pred, policy).scores();
    }

    private static int[][][] outcomes() {
        MentionState[] s = MentionState.values();
        UncertaintyPolicy[] policies = UncertaintyPolicy.values();
        int[][][] out = new int[policies.length][s.length][s.length];
        for (UncertaintyPolicy policy : policies) {
            for (MentionState g : s) {
                for (MentionState p : s) {
                    int slot;
                    if (!counts(g, p, policy)) {
                        slot = -1;
                    } else if (isPositive(g, policy)) {
                        slot = isPositive(p, policy) ? CountTable.TP : CountTable.FN;
                    } else {
                        slot = isPositive(p, policy) ? CountTable.FP : CountTable.TN;
                    }
                    out[policy.ordinal()][g.ordinal()][p.ordinal()] = slot;
                }
            }
        }
        return out;
    }
}
