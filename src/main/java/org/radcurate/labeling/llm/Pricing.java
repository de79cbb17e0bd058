package org.radcurate.labeling.llm;

import java.util.Locale;

/** Optional prices per million prompt and completion tokens, so a run shows its cost before and after. */
public record Pricing(double promptPerMillion, double completionPerMillion) {
    public static final Pricing FREE = new Pricing(0, 0);

    public Pricing {
        if (promptPerMillion < 0 || completionPerMillion < 0 || Double.isNaN(promptPerMillion) || Double.isNaN(completionPerMillion)) {
            throw new IllegalArgumentException("prices must be 0 or more");
        }
    }

    public double cost(long promptTokens, long completionTokens) {
        return promptTokens / 1e6 * promptPerMillion + completionTokens / 1e6 * completionPerMillion;
    }

    public boolean free() {
        return promptPerMillion == 0 && completionPerMillion == 0;
    }

    public static String format(double cost) {
        return String.format(Locale.ROOT, "%.4f", cost);
    }
}
