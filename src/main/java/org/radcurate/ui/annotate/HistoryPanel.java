package org.radcurate.ui.annotate;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.radcurate.domain.AuditEvent;
import org.radcurate.domain.GoldSet;
import org.radcurate.ui.common.AnnotateCss;

/** The audit log (this report's, or the newest of all), the frozen gold sets, and CSV export. */
final class HistoryPanel extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    HistoryPanel(AuditModel model) {
        setId("historyPanel");
        setSpacing(6);
        setPadding(new Insets(8));
        ToggleButton all = new ToggleButton("All reports");
        all.setId("auditAll");
        all.getStyleClass().add("small");
        all.selectedProperty().bindBidirectional(model.everythingProperty());
        Button export = new Button("Export CSV…", Icons.of(Icons.EXPORT));
        export.setId("exportAudit");
        export.getStyleClass().add("small");
        export.setOnAction(e -> model.exportCsv());
        Label title = new Label("Audit log");
        title.getStyleClass().add(AnnotateCss.PANEL_TITLE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, title, grow, all, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        ListView<AuditEvent> events = new ListView<>(model.events());
        events.setId("auditList");
        events.setPlaceholder(new Label("No changes recorded"));
        events.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AuditEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : TIME.format(e.at()) + "  " + e.who() + "  " + e.action()
                        + (e.reportId().isEmpty() ? "" : "  " + e.reportId()) + (e.target().isEmpty() ? "" : " · "
                        + e.target()) + "  " + (e.before().isEmpty() ? "∅" : e.before()) + " → "
                        + (e.after().isEmpty() ? "∅" : e.after()));
            }
        });
        VBox.setVgrow(events, Priority.ALWAYS);
        ListView<GoldSet> sets = new ListView<>(model.goldSets());
        sets.setId("goldSetList");
        sets.setPrefHeight(70);
        sets.setPlaceholder(new Label("No gold set frozen yet (Ctrl+G)"));
        sets.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(GoldSet g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? null : g.reference() + "  ·  " + g.reportCount() + " reports  ·  "
                        + TIME.format(g.createdAt()) + (g.note().isEmpty() ? "" : "  ·  " + g.note()));
            }
        });
        Label setsTitle = new Label("Gold sets (frozen)");
        setsTitle.getStyleClass().add(AnnotateCss.PANEL_TITLE);
        getChildren().addAll(bar, events, setsTitle, sets);
    }
}
