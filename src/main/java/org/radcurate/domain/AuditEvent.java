package org.radcurate.domain;

import java.time.Instant;

/** One append-only audit entry: who changed what, when, from what to what. */
public record AuditEvent(
        long id, Instant at, String who, String action, String reportId, String target, String before, String after) {}
