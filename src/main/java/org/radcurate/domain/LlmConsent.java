package org.radcurate.domain;

import java.time.Instant;

/** The workspace owner's permission to send report text to one endpoint. */
public record LlmConsent(String endpoint, String grantedBy, Instant grantedAt) {}
