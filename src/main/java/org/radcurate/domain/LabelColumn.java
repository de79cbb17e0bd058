package org.radcurate.domain;

/**
 * How an import will read one column (or JSON label key) of a label file for a schema: as a finding, as
 * the report key, as a known non-label column it skips, or as a column that stops the import (a misspelt
 * finding, or one of another schema), with why.
 */
public record LabelColumn(String column, Use use, String finding, String note) {
    public enum Use {
        /** Read as the finding named. */
        FINDING,
        /** The report id (or the report text, for CheXpert labeler output). */
        KEY,
        /** Not a label (split, text, the NIH gold's "normal"...): read past, listed as not read. */
        NOT_READ,
        /** The import refuses the file because of this column: fix the file or choose another schema. */
        STOPS
    }
}
