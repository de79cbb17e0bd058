package org.radcurate.training;

import java.util.List;
import org.radcurate.domain.MentionState;

/** The four head classes in CheXbert's order: 0 absent, 1 positive, 2 negative, 3 uncertain. */
final class LabelCodec {
    static final int ABSENT = 0;
    static final int POSITIVE = 1;
    static final int NEGATIVE = 2;
    static final int UNCERTAIN = 3;
    private static final MentionState[] STATES = {
        MentionState.ABSENT, MentionState.POSITIVE, MentionState.NEGATIVE, MentionState.UNCERTAIN
    };

    private LabelCodec() {}

    static int index(MentionState state) {
        switch (state == null ? MentionState.ABSENT : state) {
            case POSITIVE:
                return POSITIVE;
            case NEGATIVE:
                return NEGATIVE;
            case UNCERTAIN:
                return UNCERTAIN;
            default:
                return ABSENT;
        }
    }

    static MentionState state(int index) {
        return STATES[index];
    }

    static int[] encode(List<MentionState> states) {
        int[] out = new int[states.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = index(states.get(i));
        }
        return out;
    }
}
