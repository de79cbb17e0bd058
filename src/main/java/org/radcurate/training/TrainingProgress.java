package org.radcurate.training;

import java.time.Duration;

/**
 * A progress report between batches. {@code step} and {@code steps} count optimiser steps over the
 * whole run (pre-training included); {@code eta} assumes every planned epoch runs, so early
 * stopping only ever makes it shorter.
 */
public record TrainingProgress(
        int epoch, int epochs, long step, long steps, double loss, String message, Duration eta) {}
