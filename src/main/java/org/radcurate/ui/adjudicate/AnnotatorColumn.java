package org.radcurate.ui.adjudicate;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.radcurate.domain.MentionState;
import org.radcurate.ui.common.AnnotateCss;

/** One annotator's column in the adjudication grid: their state as a chip; its key (1 … 9) takes it as gold. */
final class AnnotatorColumn {
    private AnnotatorColumn() {}

    static TableColumn<AdjudicationRow, MentionState> of(AdjudicateViewModel vm, String annotator, int key) {
        TableColumn<AdjudicationRow, MentionState> c = new TableColumn<>(annotator + " (" + key + ")");
        c.setSortable(false);
        c.setId("annotatorColumn-" + annotator);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().annotators().get(annotator)));
        // the constrained policy gives spare width away but never takes a column below its minimum
        c.setMinWidth(96);
        c.setPrefWidth(110);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(MentionState s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                setGraphic(empty || s == null ? null : chip(s));
                setTooltip(empty ? null : new Tooltip("Key " + key + " takes this label as gold"));
                setOnMouseClicked(e -> {
                    if (!isEmpty() && e.getClickCount() == 2) {
                        vm.select(getIndex());
                        vm.take(key - 1);
                    }
                });
            }
        });
        return c;
    }

    private static Label chip(MentionState s) {
        Label chip = new Label(switch (s) {
            case POSITIVE -> "Positive";
            case NEGATIVE -> "Negative";
            case UNCERTAIN -> "Uncertain";
            case ABSENT -> "—";
        });
        chip.getStyleClass().addAll(AnnotateCss.CHIP, AnnotateCss.state(s));
        chip.setMinWidth(Region.USE_PREF_SIZE);
        return chip;
    }
}
