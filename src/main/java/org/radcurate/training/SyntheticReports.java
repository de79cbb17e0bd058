package org.radcurate.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.radcurate.domain.MentionState;

/**
 * Reports written from a handful of templates (the project's own wording) with known states, for
 * tests and the benchmark when no real text is at hand.
 */
final class SyntheticReports {
    static final List<String> FINDINGS = List.of("Pleural Effusion", "Pneumothorax", "Cardiomegaly", "Edema");

    private static final String[][] POSITIVE = {
        {"There is a small left pleural effusion.", "Moderate right pleural effusion is present."},
        {"There is a right apical pneumothorax.", "A small left pneumothorax is seen."},
        {"The heart is enlarged.", "Cardiomegaly is present."},
        {"There is mild pulmonary edema.", "Interstitial edema is noted."},
    };
    private static final String[][] NEGATIVE = {
        {"No pleural effusion.", "There is no evidence of pleural effusion."},
        {"No pneumothorax.", "There is no pneumothorax."},
        {"The heart size is normal.", "No cardiomegaly."},
        {"No pulmonary edema.", "There is no edema."},
    };
    private static final String[][] UNCERTAIN = {
        {"Possible small pleural effusion.", "Cannot exclude a small pleural effusion."},
        {"Questionable tiny pneumothorax.", "A pneumothorax cannot be excluded."},
        {"The heart may be mildly enlarged.", "Possible cardiomegaly."},
        {"Possible mild edema.", "Edema is not excluded."},
    };
    private static final String[] FILLER = {
        "Clinical history: cough.", "The lungs are otherwise clear.", "Bony structures are intact.",
        "Comparison is made with the prior study.", "Lines and tubes are unchanged.",
    };

    private SyntheticReports() {}

    static List<TrainingExample> examples(int count, long seed) {
        Random random = new Random(seed);
        MentionState[] states = MentionState.values();
        List<TrainingExample> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<MentionState> labels = new ArrayList<>();
            List<String> sentences = new ArrayList<>();
            for (int f = 0; f < FINDINGS.size(); f++) {
                MentionState s = states[random.nextInt(states.length)];
                labels.add(s);
                String[][] templates = s == MentionState.POSITIVE ? POSITIVE
                        : s == MentionState.NEGATIVE ? NEGATIVE
                        : s == MentionState.UNCERTAIN ? UNCERTAIN : null;
                if (templates != null) {
                    sentences.add(templates[f][random.nextInt(2)]);
                }
            }
            sentences.add(FILLER[random.nextInt(FILLER.length)]);
            Collections.shuffle(sentences, random);
            out.add(new TrainingExample("r" + i, String.join(" ", sentences), labels));
        }
        return out;
    }
}
