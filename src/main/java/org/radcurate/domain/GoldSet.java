package org.radcurate.domain;

import java.time.Instant;

/** A frozen, versioned snapshot of gold labels. Never changes once created. */
public record GoldSet(long id, String name, int version, String note, String schema, int reportCount, Instant createdAt) {
    /** name@version, as metrics cite it. */
    public String reference() {
        return name + "@" + version;
    }
}
