package org.radcurate.ingest;

/** Where a reader is: file and line of the current record, and work done of total (bytes or files). */
public record ReadPosition(String file, long line, long done, long total) {}
