package org.radcurate.domain;

import java.time.Instant;

/** A named producer of labels in a workspace; {@code detail} holds version, model or file. */
public record Source(long id, String name, SourceKind kind, String schema, String detail, Instant createdAt) {}
