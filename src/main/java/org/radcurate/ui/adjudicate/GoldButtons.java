package org.radcurate.ui.adjudicate;

import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import org.radcurate.domain.MentionState;
import org.radcurate.ui.common.AnnotateCss;

/** The adjudicator's four gold buttons in a grid row; off while the workspace is open read-only. */
final class GoldButtons extends TableCell<AdjudicationRow, AdjudicationRow> {
    private final AdjudicateViewModel vm;

    GoldButtons(AdjudicateViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void updateItem(AdjudicationRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        HBox box = new HBox(2);
        for (MentionState s : MentionState.values()) {
            Button b = new Button(s.name().substring(0, 1));
            b.setId("adj-gold-" + row.name().replace(' ', '_') + "-" + s.name());
            b.getStyleClass().addAll(AnnotateCss.GOLD_BUTTON, AnnotateCss.state(s));
            b.setFocusTraversable(false);
            b.disableProperty().bind(vm.editableProperty().not());
            b.pseudoClassStateChanged(AnnotateCss.CHOSEN, row.gold() == s);
            row.goldProperty().addListener((o, was, now) -> b.pseudoClassStateChanged(AnnotateCss.CHOSEN,
                    now == s));
            b.setOnAction(e -> vm.setGold(row, s));
            box.getChildren().add(b);
        }
        setGraphic(box);
    }
}
