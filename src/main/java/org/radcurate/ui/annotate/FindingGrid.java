package org.radcurate.ui.annotate;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.radcurate.domain.MentionState;
import org.radcurate.ui.common.AnnotateCss;

/**
 * The finding grid: a row per finding of the schema, a column per teacher and student (students with
 * their probability), and Gold as four buttons (the keys P, N, U, A do the same). Rows where teacher and
 * student disagree, or gold differs from the teacher, carry pseudo-classes the stylesheet marks.
 */
final class FindingGrid extends TableView<FindingRow> {
    private final BiConsumer<FindingRow, MentionState> setGold;

    FindingGrid(BiConsumer<FindingRow, MentionState> setGold) {
        this.setGold = setGold;
        setId("findingGrid");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setPlaceholder(new Label("No report on screen"));
        setRowFactory(t -> new GridRow());
        setFixedCellSize(-1);
    }

    /**
     * Rebuilds the columns for the workspace's sources, each headed by its own (short) name with the full
     * name in a tooltip, so two teachers are told apart; {@code accepted} is the teacher T accepts.
     */
    void columns(List<String> teachers, List<String> students, String accepted) {
        getColumns().clear();
        TableColumn<FindingRow, FindingRow> finding = column("Finding", r -> r);
        finding.setCellFactory(c -> new FindingCell());
        finding.setPrefWidth(170);
        finding.setMinWidth(120);
        finding.setMaxWidth(230); // spare width goes to the sources' columns, whose names need it
        getColumns().add(finding);
        for (String name : teachers) {
            boolean takenByT = name.equals(accepted);
            getColumns().add(source(SourceNames.shortName(name) + (takenByT ? " (T)" : ""), "Teacher: " + name
                    + (takenByT ? "\nT accepts this teacher's labels" : ""), r -> r.teachers().get(name)));
        }
        for (int i = 0; i < students.size(); i++) {
            String name = students.get(i);
            getColumns().add(source(SourceNames.shortName(name) + (i == 0 ? " (S)" : ""), "Student: " + name
                    + (i == 0 ? "\nS accepts this student's labels" : ""), r -> r.students().get(name)));
        }
        TableColumn<FindingRow, FindingRow> gold = column("Gold", r -> r);
        gold.setId("goldColumn");
        gold.setCellFactory(c -> new GoldCell());
        gold.setPrefWidth(156);
        gold.setMinWidth(156);
        gold.setMaxWidth(172);
        getColumns().add(gold);
    }

    private static <T> TableColumn<FindingRow, T> column(String title, Function<FindingRow, T> value) {
        TableColumn<FindingRow, T> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    private static TableColumn<FindingRow, org.radcurate.domain.Label> source(String title, String tip,
            Function<FindingRow, org.radcurate.domain.Label> value) {
        TableColumn<FindingRow, org.radcurate.domain.Label> c = column(title, value);
        Label header = new Label(title);
        header.setTooltip(new Tooltip(tip));
        c.setGraphic(header);
        c.setText("");
        c.setPrefWidth(150);
        c.setMinWidth(110);
        c.setMaxWidth(200);
        c.setCellFactory(col -> new SourceCell());
        return c;
    }

    static String shortName(MentionState s) {
        return switch (s) {
            case POSITIVE -> "Positive";
            case NEGATIVE -> "Negative";
            case UNCERTAIN -> "Uncertain";
            case ABSENT -> "—";
        };
    }

    private static final class GridRow extends TableRow<FindingRow> {
        private final javafx.beans.value.ChangeListener<Boolean> differs = (o, a, b) -> refreshMarks();

        @Override
        protected void updateItem(FindingRow row, boolean empty) {
            FindingRow old = getItem();
            if (old != null) {
                old.goldDiffersProperty().removeListener(differs);
            }
            super.updateItem(row, empty);
            if (row != null && !empty) {
                row.goldDiffersProperty().addListener(differs);
            }
            refreshMarks();
        }

        private void refreshMarks() {
            FindingRow row = isEmpty() ? null : getItem();
            pseudoClassStateChanged(AnnotateCss.DISAGREE, row != null && row.sourcesDisagree());
            pseudoClassStateChanged(AnnotateCss.GOLD_DIFFERS, row != null && row.goldDiffersProperty().get());
        }
    }

    private static final class FindingCell extends TableCell<FindingRow, FindingRow> {
        @Override
        protected void updateItem(FindingRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(row.displayName());
            setGraphic(row.sourcesDisagree() ? Icons.of(Icons.DIFF) : null);
            setTooltip(row.sourcesDisagree() ? new Tooltip("Teacher and student disagree") : null);
        }
    }

    private static final class SourceCell extends TableCell<FindingRow, org.radcurate.domain.Label> {
        @Override
        protected void updateItem(org.radcurate.domain.Label l, boolean empty) {
            super.updateItem(l, empty);
            setText(null);
            if (empty) {
                setGraphic(null);
                return;
            }
            MentionState s = l == null ? MentionState.ABSENT : l.state();
            Label chip = new Label(shortName(s));
            chip.getStyleClass().addAll(AnnotateCss.CHIP, AnnotateCss.state(s));
            HBox box = new HBox(4, chip);
            box.setAlignment(Pos.CENTER_LEFT);
            if (l != null && l.probability() != null) {
                Label p = new Label(String.format(Locale.ROOT, "%.2f", l.probability()));
                p.getStyleClass().add(AnnotateCss.PROBABILITY);
                box.getChildren().add(p);
            }
            setGraphic(box);
        }
    }

    /** Four buttons, one per state; the chosen one is filled, a pending one is outlined until committed. */
    private final class GoldCell extends TableCell<FindingRow, FindingRow> {
        private final HBox box = new HBox(2);
        private final Button[] buttons = new Button[MentionState.values().length];
        private final javafx.beans.InvalidationListener refresh = o -> refresh();

        GoldCell() {
            for (MentionState s : MentionState.values()) {
                Button b = new Button(s == MentionState.ABSENT ? "A" : s.name().substring(0, 1));
                b.getStyleClass().addAll(AnnotateCss.GOLD_BUTTON, AnnotateCss.state(s));
                b.setFocusTraversable(false);
                b.setTooltip(new Tooltip(shortName(s).replace("—", "Absent") + " (" + b.getText() + ")"));
                b.setOnAction(e -> {
                    if (getItem() != null) {
                        getTableView().getSelectionModel().select(getIndex());
                        setGold.accept(getItem(), s);
                    }
                });
                buttons[s.ordinal()] = b;
                box.getChildren().add(b);
            }
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(FindingRow row, boolean empty) {
            FindingRow old = getItem();
            if (old != null) {
                old.goldProperty().removeListener(refresh);
                old.pendingProperty().removeListener(refresh);
                old.suggestedProperty().removeListener(refresh);
            }
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            row.goldProperty().addListener(refresh);
            row.pendingProperty().addListener(refresh);
            row.suggestedProperty().addListener(refresh);
            for (MentionState s : MentionState.values()) {
                buttons[s.ordinal()].setId("gold-" + row.name().replace(' ', '_') + "-" + s.name());
            }
            setGraphic(box);
            refresh();
        }

        private void refresh() {
            FindingRow row = getItem();
            if (row == null) {
                return;
            }
            for (MentionState s : MentionState.values()) {
                boolean chosen = row.gold() == s;
                buttons[s.ordinal()].pseudoClassStateChanged(AnnotateCss.CHOSEN, chosen);
                buttons[s.ordinal()].pseudoClassStateChanged(AnnotateCss.PENDING, chosen && row.pending());
                buttons[s.ordinal()].pseudoClassStateChanged(AnnotateCss.SUGGESTED, chosen && row.suggested());
            }
            box.setAccessibleText(row.suggested() ? "suggested, not yet reviewed" : "confirmed");
        }
    }
}
