package org.radcurate.ingest;

import org.radcurate.domain.Report;

/** Receives reports one at a time as a reader streams them. */
@FunctionalInterface
public interface ReportSink {
    void accept(Report report, ReadPosition position);
}
