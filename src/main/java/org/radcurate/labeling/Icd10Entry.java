package org.radcurate.labeling;

/** One ICD-10-CM code of the bundled table: dotted code, long description, and whether it is billable. */
public record Icd10Entry(String code, String description, boolean billable) {}
