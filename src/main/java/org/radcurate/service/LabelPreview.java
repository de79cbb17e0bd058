package org.radcurate.service;

import java.util.List;
import org.radcurate.domain.LabelColumn;
import org.radcurate.domain.LabelLayout;

/**
 * What importing a label file would do, before it runs: the layout, the schema it would be read in (the one
 * asked for, else the one that reads most of its columns), each column's use, and the schema's findings that
 * no column carries (their labels stay "not mentioned").
 */
public record LabelPreview(LabelLayout layout, String schema, boolean detected, List<LabelColumn> columns,
        List<String> findingsWithoutColumn) {
    public LabelPreview {
        columns = List.copyOf(columns);
        findingsWithoutColumn = List.copyOf(findingsWithoutColumn);
    }

    /** Whether the import would refuse the file as it stands (a column of another schema, a misspelling, no finding). */
    public boolean stops() {
        return columns.stream().noneMatch(c -> c.use() == LabelColumn.Use.FINDING)
                || columns.stream().anyMatch(c -> c.use() == LabelColumn.Use.STOPS);
    }

    /** Columns read as findings. */
    public long findingColumns() {
        return columns.stream().filter(c -> c.use() == LabelColumn.Use.FINDING).count();
    }
}
