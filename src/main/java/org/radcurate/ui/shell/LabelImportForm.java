package org.radcurate.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.LabelColumn;
import org.radcurate.domain.SourceKind;
import org.radcurate.service.LabelPreview;
import org.radcurate.service.UserMessages;
import org.radcurate.ui.common.Jobs;
import org.radcurate.ui.common.ViewModelPart;

/**
 * File > Import Labels: the source's name and kind, the schema (found from the file's columns, changeable), a
 * preview of which column becomes which finding with a warning for any that is not read or stops the import,
 * and, for gold, whether to freeze it as a gold set at once (Compare scores against frozen gold sets only).
 */
@ViewModelPart
public final class LabelImportForm {
    /** Previews the file in a schema (null: the one its columns fit best); run on the interactive lane. */
    interface Previewer {
        LabelPreview preview(Path file, String schema) throws Exception;
    }

    private final Previewer preview;
    private final Jobs jobs;
    private final java.util.function.Supplier<List<String>> schemaNames;
    private Path file;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<SourceKind> kind = new SimpleObjectProperty<>(SourceKind.TEACHER);
    private final ObservableList<String> schemas = FXCollections.observableArrayList();
    private final ObjectProperty<String> schema = new SimpleObjectProperty<>();
    private final ObservableList<LabelColumn> columns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanProperty freeze = new SimpleBooleanProperty(true);
    private final StringProperty goldSetName = new SimpleStringProperty("");
    private LabelPreview shown;
    private boolean previewing;

    LabelImportForm(Jobs jobs, Previewer preview,
            java.util.function.Supplier<List<String>> schemaNames) {
        this.jobs = jobs;
        this.schemaNames = schemaNames;
        this.preview = preview;
        schema.addListener((o, was, now) -> {
            if (!previewing && now != null && file != null && (shown == null || !now.equals(shown.schema()))) {
                read(now);
            }
        });
        for (javafx.beans.Observable o : List.of(name, kind, goldSetName, freeze)) {
            o.addListener(x -> validate());
        }
        name.addListener((o, was, now) -> {
            if (goldSetName.get().isEmpty() || goldSetName.get().equals(was)) {
                goldSetName.set(now);
            }
        });
    }

    /** A new file: its name suggests the source name and, when it says "gold", the kind. */
    void load(Path chosen) {
        file = chosen;
        shown = null;
        problem.set("");
        String stem = chosen.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        name.set(stem);
        goldSetName.set(stem);
        kind.set(stem.toLowerCase(Locale.ROOT).contains("gold") ? SourceKind.GOLD : SourceKind.TEACHER);
        freeze.set(true);
        columns.clear();
        summary.set("Reading the columns of " + chosen.getFileName() + "…");
        read(null);
    }

    private void read(String schemaName) {
        Path f = file;
        jobs.submit((p, c) -> java.util.Map.entry(preview.preview(f, schemaName), schemaNames.get()), p -> { }, read -> {
            if (f == file) {
                schemas.setAll(read.getValue());
                show(read.getKey());
            }
        }, e -> {
            if (f == file) {
                shown = null;
                columns.clear();
                summary.set("");
                problem.set("Cannot read " + f.getFileName() + ": " + UserMessages.describe(e));
            }
        });
    }

    private void show(LabelPreview p) {
        shown = p;
        previewing = true;
        try {
            schema.set(p.schema());
        } finally {
            previewing = false;
        }
        columns.setAll(p.columns());
        long notRead = p.columns().stream().filter(c -> c.use() == LabelColumn.Use.NOT_READ).count();
        StringBuilder s = new StringBuilder();
        s.append(p.findingColumns()).append(p.findingColumns() == 1 ? " column" : " columns")
                .append(" read as findings of ").append(p.schema())
                .append(p.detected() ? " (the schema that fits the columns best)" : "").append('.');
        if (notRead > 0) {
            s.append(" Not read: ").append(String.join(", ", p.columns().stream()
                    .filter(c -> c.use() == LabelColumn.Use.NOT_READ).map(LabelColumn::column).toList())).append('.');
        }
        if (!p.findingsWithoutColumn().isEmpty()) {
            s.append(" No column for ").append(String.join(", ", p.findingsWithoutColumn()))
                    .append(": left not mentioned.");
        }
        summary.set(s.toString());
        validate();
    }

    private void validate() {
        if (shown == null) {
            if (problem.get().isEmpty() || !problem.get().startsWith("Cannot read")) {
                problem.set("");
            }
            return;
        }
        if (shown.findingColumns() == 0) {
            problem.set("No column of " + shown.schema() + " is in this file: choose the schema it is labelled in.");
        } else if (shown.stops()) {
            LabelColumn first = shown.columns().stream().filter(c -> c.use() == LabelColumn.Use.STOPS).findFirst()
                    .orElseThrow();
            problem.set("Column " + first.column() + ": " + first.note() + ".");
        } else if (name.get() == null || name.get().isBlank()) {
            problem.set("Name the source.");
        } else if (kind.get() == SourceKind.GOLD && freeze.get() && goldSetName.get().isBlank()) {
            problem.set("Name the gold set, or untick freezing.");
        } else {
            problem.set("");
        }
    }

    /** Whether the import can start: the preview is read and nothing in it stops the import. */
    boolean ready() {
        return shown != null && problem.get().isEmpty();
    }

    Path file() {
        return file;
    }

    /** Freeze only applies to gold. */
    boolean freezes() {
        return kind.get() == SourceKind.GOLD && freeze.get();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<SourceKind> kindProperty() {
        return kind;
    }

    public ObservableList<String> schemas() {
        return schemas;
    }

    public ObjectProperty<String> schemaProperty() {
        return schema;
    }

    /** Each column of the file and how it is read in the chosen schema. */
    public ObservableList<LabelColumn> columns() {
        return columns;
    }

    /** One paragraph: how many columns become findings, which are not read, which findings have no column. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the file cannot be imported as chosen; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** For gold: freeze it as a gold set once imported, so Compare can score against it. */
    public BooleanProperty freezeProperty() {
        return freeze;
    }

    public StringProperty goldSetNameProperty() {
        return goldSetName;
    }
}
