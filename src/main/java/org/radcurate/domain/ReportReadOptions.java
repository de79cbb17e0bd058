package org.radcurate.domain;

import java.util.List;

/**
 * How to read reports: which column or field holds the id, the full text or the sections, and
 * the split; defaults apply when a value is null or empty.
 */
public record ReportReadOptions(
        String idColumn, String textColumn, List<String> sectionColumns, String splitColumn, Split defaultSplit,
        String dataset) {

    public ReportReadOptions {
        idColumn = idColumn == null || idColumn.isBlank() ? "id" : idColumn;
        sectionColumns = List.copyOf(sectionColumns == null ? List.of() : sectionColumns);
        splitColumn = splitColumn == null || splitColumn.isBlank() ? "split" : splitColumn;
        defaultSplit = defaultSplit == null ? Split.NONE : defaultSplit;
    }

    public static ReportReadOptions defaults() {
        return new ReportReadOptions(null, null, null, null, null, null);
    }

    public ReportReadOptions withDataset(String name) {
        return new ReportReadOptions(idColumn, textColumn, sectionColumns, splitColumn, defaultSplit, name);
    }
}
