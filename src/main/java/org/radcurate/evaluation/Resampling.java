package org.radcurate.evaluation;

/**
 * How confidence intervals are computed: {@code resamples} bootstrap resamples of the reports, drawn
 * from {@code seed}. Zero resamples means point estimates only (intervals are {@link Interval#NONE}).
 */
public record Resampling(int resamples, long seed) {

    /** 1,000 resamples, seed 42: every figure the app shows can be reproduced from these two numbers. */
    public static final Resampling DEFAULT = new Resampling(1000, 42L);

    public static final Resampling NONE = new Resampling(0, 0L);

    public Resampling {
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples must be >= 0: " + resamples);
        }
    }

    public boolean enabled() {
        return resamples > 0;
    }
}
