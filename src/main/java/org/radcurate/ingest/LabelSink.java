package org.radcurate.ingest;

/** Receives label rows one at a time as a reader streams them. */
@FunctionalInterface
public interface LabelSink {
    void accept(LabelRecord record, ReadPosition position);
}
