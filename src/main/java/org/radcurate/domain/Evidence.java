package org.radcurate.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a label was given: offsets into the stored report text of the sentence, the mention and the
 * cue (negation or uncertainty trigger; -1 when there is none), and the rule that fired.
 */
public record Evidence(
        int sentenceStart, int sentenceEnd, int mentionStart, int mentionEnd, int cueStart, int cueEnd, String rule) {

    public Evidence {
        rule = rule == null ? "" : rule;
        if (rule.contains(";") || rule.contains("|")) {
            throw new IllegalArgumentException("rule names may not contain ';' or '|': " + rule);
        }
    }

    public boolean hasCue() {
        return cueStart >= 0;
    }

    /** Compact text form used for storage: s,e,m,e,c,e,rule entries joined by '|'. */
    public static String encode(List<Evidence> evidence) {
        StringBuilder b = new StringBuilder();
        for (Evidence e : evidence) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(e.sentenceStart).append(';').append(e.sentenceEnd).append(';')
                    .append(e.mentionStart).append(';').append(e.mentionEnd).append(';')
                    .append(e.cueStart).append(';').append(e.cueEnd).append(';').append(e.rule);
        }
        return b.toString();
    }

    public static List<Evidence> decode(String encoded) {
        List<Evidence> out = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String item : encoded.split("\\|")) {
            String[] p = item.split(";", 7);
            if (p.length != 7) {
                throw new IllegalArgumentException("bad evidence entry: " + item);
            }
            out.add(new Evidence(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                    Integer.parseInt(p[3]), Integer.parseInt(p[4]), Integer.parseInt(p[5]), p[6]));
        }
        return out;
    }
}
