package org.radcurate.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;

/**
 * One source's mention states for a set of reports and findings: dense, immutable, row-major
 * ({@code report * findingCount + finding}), one byte per cell holding the {@link MentionState} ordinal.
 * Dense bytes keep 100,000 reports x 14 findings at 1.4 MB and let the metrics loop without boxing.
 *
 * <p>A report that is present has a state for every finding; a label nobody gave is ABSENT, as a blank
 * cell in the CheXpert CSV convention.
 */
public final class LabelMatrix {
    private static final MentionState[] STATES = MentionState.values();
    private static final byte ABSENT = (byte) MentionState.ABSENT.ordinal();

    private final List<String> reportIds;
    private final List<String> findings;
    private final byte[] states;
    private final Map<String, Integer> reportIndex;
    private final Map<String, Integer> findingIndex;

    private LabelMatrix(List<String> reportIds, List<String> findings, byte[] states) {
        this.reportIds = List.copyOf(reportIds);
        this.findings = List.copyOf(findings);
        this.states = states;
        this.reportIndex = index(this.reportIds, "report");
        this.findingIndex = index(this.findings, "finding");
    }

    /** Reports in the map's iteration order; pass a LinkedHashMap or TreeMap for a stable order. */
    public static LabelMatrix of(List<String> findings, Map<String, Map<String, MentionState>> labels) {
        Builder b = builder(findings);
        labels.forEach((report, row) -> {
            b.report(report);
            row.forEach((finding, state) -> b.put(report, finding, state));
        });
        return b.build();
    }

    /** Reports in first-seen order; labels for findings outside {@code findings} are rejected. */
    public static LabelMatrix fromLabels(List<String> findings, Collection<Label> labels) {
        Builder b = builder(findings);
        labels.forEach(l -> b.put(l.reportId(), l.finding(), l.state()));
        return b.build();
    }

    public static Builder builder(List<String> findings) {
        return new Builder(findings);
    }

    /**
     * {@code pred} re-indexed onto gold's reports and findings, so cell (r, f) of both refers to the same
     * pair. The gold set decides what is evaluated: a gold report that {@code pred} lacks counts as all
     * ABSENT (a source that said nothing about a report missed its positives, it did not abstain), and
     * reports or findings that only {@code pred} has are dropped.
     */
    public static LabelMatrix align(LabelMatrix gold, LabelMatrix pred) {
        if (gold.reportIds.equals(pred.reportIds) && gold.findings.equals(pred.findings)) {
            return pred;
        }
        int nf = gold.findings.size();
        int[] column = new int[nf];
        for (int f = 0; f < nf; f++) {
            column[f] = pred.findingIndex.getOrDefault(gold.findings.get(f), -1);
        }
        byte[] out = new byte[gold.reportIds.size() * nf];
        Arrays.fill(out, ABSENT);
        for (int r = 0; r < gold.reportIds.size(); r++) {
            Integer pr = pred.reportIndex.get(gold.reportIds.get(r));
            if (pr == null) {
                continue;
            }
            for (int f = 0; f < nf; f++) {
                if (column[f] >= 0) {
                    out[r * nf + f] = pred.states[pr * pred.findings.size() + column[f]];
                }
            }
        }
        return new LabelMatrix(gold.reportIds, gold.findings, out);
    }

    /** The reports of this matrix whose id is in {@code keep}, in this matrix's order. */
    public LabelMatrix restrict(java.util.Set<String> keep) {
        List<String> ids = new ArrayList<>();
        int nf = findings.size();
        byte[] out = new byte[states.length];
        for (int r = 0; r < reportIds.size(); r++) {
            if (keep.contains(reportIds.get(r))) {
                System.arraycopy(states, r * nf, out, ids.size() * nf, nf);
                ids.add(reportIds.get(r));
            }
        }
        return ids.size() == reportIds.size() ? this
                : new LabelMatrix(ids, findings, Arrays.copyOf(out, ids.size() * nf));
    }

    public List<String> reportIds() {
        return reportIds;
    }

    public List<String> findings() {
        return findings;
    }

    public int reportCount() {
        return reportIds.size();
    }

    public int findingCount() {
        return findings.size();
    }

    public boolean hasReport(String reportId) {
        return reportIndex.containsKey(reportId);
    }

    /** Index of the report, or -1. */
    public int reportIndex(String reportId) {
        return reportIndex.getOrDefault(reportId, -1);
    }

    /** Index of the finding, or -1. */
    public int findingIndex(String finding) {
        return findingIndex.getOrDefault(finding, -1);
    }

    public MentionState state(int report, int finding) {
        return STATES[ordinal(report, finding)];
    }

    /** The state, or ABSENT for an unknown report; an unknown finding is an error (a typo, not a blank). */
    public MentionState state(String reportId, String finding) {
        Integer f = findingIndex.get(finding);
        if (f == null) {
            throw new IllegalArgumentException("unknown finding: " + finding);
        }
        Integer r = reportIndex.get(reportId);
        return r == null ? MentionState.ABSENT : state(r, f);
    }

    /** The MentionState ordinal at (report, finding), for loops that must not allocate. */
    int ordinal(int report, int finding) {
        return states[report * findings.size() + finding];
    }

    @Override
    public String toString() {
        return "LabelMatrix[" + reportIds.size() + " reports x " + findings.size() + " findings]";
    }

    private static Map<String, Integer> index(List<String> names, String what) {
        Map<String, Integer> index = new HashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            if (index.put(names.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate " + what + ": " + names.get(i));
            }
        }
        return index;
    }

    /** Collects labels report by report; a report is created all ABSENT on first mention. */
    public static final class Builder {
        private final List<String> findings;
        private final Map<String, Integer> findingIndex;
        private final Map<String, byte[]> rows = new LinkedHashMap<>();

        private Builder(List<String> findings) {
            this.findings = List.copyOf(findings);
            this.findingIndex = index(this.findings, "finding");
        }

        /** Adds the report (all ABSENT) if it is new. */
        public Builder report(String reportId) {
            rows.computeIfAbsent(reportId, id -> {
                byte[] row = new byte[findings.size()];
                Arrays.fill(row, ABSENT);
                return row;
            });
            return this;
        }

        public Builder put(String reportId, String finding, MentionState state) {
            Integer f = findingIndex.get(finding);
            if (f == null) {
                throw new IllegalArgumentException("unknown finding: " + finding);
            }
            report(reportId);
            rows.get(reportId)[f] = (byte) (state == null ? MentionState.ABSENT : state).ordinal();
            return this;
        }

        /** Sets a whole row in finding order. */
        public Builder row(String reportId, MentionState... states) {
            if (states.length != findings.size()) {
                throw new IllegalArgumentException("row has " + states.length + " states, expected " + findings.size());
            }
            for (int f = 0; f < states.length; f++) {
                put(reportId, findings.get(f), states[f]);
            }
            return this;
        }

        public LabelMatrix build() {
            int nf = findings.size();
            byte[] states = new byte[rows.size() * nf];
            int r = 0;
            for (byte[] row : rows.values()) {
                System.arraycopy(row, 0, states, r++ * nf, nf);
            }
            return new LabelMatrix(new ArrayList<>(rows.keySet()), findings, states);
        }
    }
}
