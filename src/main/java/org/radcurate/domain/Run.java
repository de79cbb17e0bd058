package org.radcurate.domain;

import java.time.Instant;

/**
 * A training run: kind (e.g. djl-student, llm-lora), config as JSON, device, status, the folder
 * holding its artifacts, and the student source it produced (0 when none yet).
 */
public record Run(
        long id, String name, String kind, String configJson, String device, RunStatus status,
        String artifactDir, long studentSourceId, Instant createdAt) {}
