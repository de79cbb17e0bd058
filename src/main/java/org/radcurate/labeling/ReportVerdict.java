package org.radcurate.labeling;

import java.util.ArrayList;
import java.util.List;
import org.radcurate.domain.Evidence;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Schema;

/**
 * From mention votes to one label per finding, as the CheXpert labeler does: positive beats
 * uncertain beats negative. No Finding is positive only when nothing but a support device is
 * positive or uncertain, counting the other abnormalities CheXpert lists under No Finding; with the hierarchy option Lung Opacity follows its children.
 */
final class ReportVerdict {
    static final List<String> OPACITY_CHILDREN = List.of("Edema", "Consolidation", "Pneumonia", "Atelectasis", "Lung Lesion");

    private final Schema schema;
    private final int noFinding;
    private final int supportDevices;
    private final int lungOpacity;
    private final int[] opacityChildren;

    ReportVerdict(Schema schema, List<RuleBook.Entry> entries, boolean hierarchy) {
        this.schema = schema;
        this.noFinding = index(entries, "No Finding");
        this.supportDevices = index(entries, "Support Devices");
        this.lungOpacity = hierarchy ? index(entries, "Lung Opacity") : -1;
        this.opacityChildren = OPACITY_CHILDREN.stream().mapToInt(c -> index(entries, c)).filter(i -> i >= 0).toArray();
    }

    private static int index(List<RuleBook.Entry> entries, String name) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).answersTo(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The mention votes of one report. */
    final class Votes {
        final MentionState[] state = new MentionState[schema.size()];
        final List<List<Evidence>> evidence = new ArrayList<>(schema.size());
        final List<List<MentionState>> evidenceState = new ArrayList<>(schema.size());

        Votes() {
            for (int i = 0; i < state.length; i++) {
                state[i] = MentionState.ABSENT;
                evidence.add(new ArrayList<>(2));
                evidenceState.add(new ArrayList<>(2));
            }
        }

        void add(int finding, MentionState s, Evidence e) {
            state[finding] = stronger(state[finding], s);
            evidence.get(finding).add(e);
            evidenceState.get(finding).add(s);
        }
    }

    Votes newVotes() {
        return new Votes();
    }

    static MentionState stronger(MentionState a, MentionState b) {
        return b.strength() > a.strength() ? b : a;
    }


    List<Label> labels(String reportId, Votes v) {
        if (lungOpacity >= 0) {
            for (int child : opacityChildren) {
                MentionState s = v.state[child];
                if ((s == MentionState.POSITIVE || s == MentionState.UNCERTAIN) && s.strength() > v.state[lungOpacity].strength()) {
                    List<Evidence> from = v.evidence.get(child);
                    for (int k = 0; k < from.size(); k++) {
                        if (v.evidenceState.get(child).get(k) == s) {
                            Evidence e = from.get(k);
                            v.add(lungOpacity, s, new Evidence(e.sentenceStart(), e.sentenceEnd(), e.mentionStart(),
                                    e.mentionEnd(), e.cueStart(), e.cueEnd(), "hierarchy:" + schema.findings().get(child).name()));
                        }
                    }
                }
            }
        }
        if (noFinding >= 0) {
            boolean anything = false;
            // No Finding's own mentions are CheXpert's "other abnormalities" (emphysema, scoliosis,
            // granuloma ...): asserted or hedged, they too mean the study has a finding.
            for (int i = 0; i < v.state.length; i++) {
                if (i != supportDevices
                        && (v.state[i] == MentionState.POSITIVE || v.state[i] == MentionState.UNCERTAIN)) {
                    anything = true;
                }
            }
            v.state[noFinding] = anything ? MentionState.ABSENT : MentionState.POSITIVE;
            v.evidence.get(noFinding).clear();
            v.evidenceState.get(noFinding).clear();
        }
        List<Label> labels = new ArrayList<>(v.state.length);
        for (int i = 0; i < v.state.length; i++) {
            labels.add(new Label(reportId, schema.findings().get(i).name(), v.state[i], null, supportingFirst(v, i)));
        }
        return labels;
    }

    /** The evidence that decided the state first, then the rest, each group in text order. */
    private static List<Evidence> supportingFirst(Votes v, int finding) {
        List<Evidence> all = v.evidence.get(finding);
        if (all.size() < 2) {
            return all;
        }
        List<Evidence> out = new ArrayList<>(all.size());
        List<MentionState> states = v.evidenceState.get(finding);
        for (int k = 0; k < all.size(); k++) {
            if (states.get(k) == v.state[finding]) {
                out.add(all.get(k));
            }
        }
        for (int k = 0; k < all.size(); k++) {
            if (states.get(k) != v.state[finding]) {
                out.add(all.get(k));
            }
        }
        return out;
    }
}
