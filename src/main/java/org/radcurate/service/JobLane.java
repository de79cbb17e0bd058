package org.radcurate.service;

/**
 * Where a background job runs. Short reads and writes (loading a report, an edit, a queue count)
 * share the interactive lane; each kind of long job has its own lane, runs one at a time there, and
 * reads and writes the workspace through its own connection, so an edit never waits behind it.
 */
public enum JobLane {
    INTERACTIVE("Interactive", false),
    IMPORT("Import", true),
    LABEL("Labelling", true),
    TRAIN("Training", true),
    EVALUATE("Evaluation", true),
    EXPORT("Export", true),
    LLM("LLM", true);

    private final String title;
    private final boolean longRunning;

    JobLane(String title, boolean longRunning) {
        this.title = title;
        this.longRunning = longRunning;
    }

    public String title() {
        return title;
    }

    /** Long jobs are listed in the job list and cancelled and awaited when the workspace closes. */
    public boolean longRunning() {
        return longRunning;
    }
}
