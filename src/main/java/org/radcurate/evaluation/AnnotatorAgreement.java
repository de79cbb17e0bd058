package org.radcurate.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.UncertaintyPolicy;

/**
 * Per-finding agreement between annotators, each given as a {@link LabelMatrix}; any source (a teacher, a
 * student, gold) can stand in as an annotator. Here, unlike in scoring against gold, a report an annotator's
 * matrix lacks is "not rated" rather than ABSENT: annotators label a sample each, and a report nobody showed
 * them says nothing about their judgement.
 */
public final class AnnotatorAgreement {
    private AnnotatorAgreement() {}

    /** On the four mention states as categories. Findings are the first annotator's. */
    public static List<FindingAgreement> fourState(Map<String, LabelMatrix> annotators) {
        return compute(annotators, null);
    }

    /**
     * On the binary view under a policy: positive or not; under U-Ignore an UNCERTAIN label counts as not
     * rated.
     */
    public static List<FindingAgreement> binary(Map<String, LabelMatrix> annotators, UncertaintyPolicy policy) {
        return compute(annotators, policy);
    }

    private static List<FindingAgreement> compute(Map<String, LabelMatrix> annotators, UncertaintyPolicy policy) {
        if (annotators.size() < 2) {
            throw new IllegalArgumentException("agreement needs at least two annotators");
        }
        List<LabelMatrix> ms = new ArrayList<>(annotators.values());
        Set<String> reports = new LinkedHashSet<>();
        ms.forEach(m -> reports.addAll(m.reportIds()));
        List<String> findings = ms.get(0).findings();
        List<FindingAgreement> out = new ArrayList<>();
        for (String finding : findings) {
            Integer[][] units = new Integer[reports.size()][ms.size()];
            List<int[]> complete = new ArrayList<>();
            int u = 0;
            for (String report : reports) {
                boolean all = true;
                for (int a = 0; a < ms.size(); a++) {
                    units[u][a] = value(ms.get(a), report, finding, policy);
                    all &= units[u][a] != null;
                }
                if (all) {
                    int[] row = new int[ms.size()];
                    for (int a = 0; a < row.length; a++) {
                        row[a] = units[u][a];
                    }
                    complete.add(row);
                }
                u++;
            }
            int[][] items = complete.toArray(new int[0][]);
            double cohen = Double.NaN;
            if (ms.size() == 2) {
                int[] x = new int[items.length];
                int[] y = new int[items.length];
                for (int i = 0; i < items.length; i++) {
                    x[i] = items[i][0];
                    y[i] = items[i][1];
                }
                cohen = Agreement.cohensKappa(x, y);
            }
            double fleiss = Agreement.fleissKappa(Agreement.categoryCounts(items));
            out.add(new FindingAgreement(finding, items.length, cohen, fleiss, Agreement.krippendorffAlphaNominal(units)));
        }
        return out;
    }

    /** The category of a label, or null when the annotator gave none (or U-Ignore drops it). */
    private static Integer value(LabelMatrix m, String report, String finding, UncertaintyPolicy policy) {
        int r = m.reportIndex(report);
        int f = m.findingIndex(finding);
        if (r < 0 || f < 0) {
            return null;
        }
        MentionState s = m.state(r, f);
        if (policy == null) {
            return s.ordinal();
        }
        if (policy == UncertaintyPolicy.U_IGNORE && s == MentionState.UNCERTAIN) {
            return null;
        }
        return BinaryTask.isPositive(s, policy) ? 1 : 0;
    }
}
