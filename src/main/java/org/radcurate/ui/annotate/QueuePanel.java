package org.radcurate.ui.annotate;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.radcurate.domain.Split;
import org.radcurate.service.QueueFilter;
import org.radcurate.service.QueueItem;
import org.radcurate.ui.common.AnnotateCss;
import org.radcurate.ui.common.DisplayConverter;

/** The queue: filter and order, the virtualised list of reports, and progress (done of total). */
final class QueuePanel extends VBox {
    private final AnnotateViewModel vm;
    private final ListView<QueueItem> list = new ListView<>();
    private boolean syncing;

    QueuePanel(AnnotateViewModel vm) {
        this.vm = vm;
        createView();
        bind();
    }

    private void createView() {
        setId("queuePanel");
        getStyleClass().add(AnnotateCss.PANEL);
        setSpacing(6);
        setPadding(new Insets(8));
        setMinWidth(200);
        QueueFilters f = vm.filters();
        ComboBox<QueueFilters.StatusChoice> status = combo("queueStatus", QueueFilters.StatusChoice.values());
        status.valueProperty().bindBidirectional(f.statusProperty());
        ComboBox<Split> split = new ComboBox<>();
        split.setId("queueSplit");
        split.getItems().add(null);
        split.getItems().addAll(Split.values());
        split.setConverter(DisplayConverter.of("All splits", Split::key));
        split.valueProperty().bindBidirectional(f.splitProperty());
        ComboBox<String> finding = new ComboBox<>();
        finding.setId("queueFinding");
        finding.setConverter(DisplayConverter.of("Any finding", s -> s));
        f.findings().addListener((javafx.beans.InvalidationListener) o -> {
            finding.getItems().setAll((String) null);
            finding.getItems().addAll(f.findings());
        });
        finding.valueProperty().bindBidirectional(f.findingProperty());
        ComboBox<QueueFilter.Order> order = combo("queueOrder", QueueFilter.Order.values());
        order.setConverter(DisplayConverter.of(QueueFilters::describe));
        order.valueProperty().bindBidirectional(f.orderProperty());
        Button shuffle = new Button("Reshuffle");
        shuffle.setId("queueShuffle");
        shuffle.getStyleClass().add("small");
        shuffle.setTooltip(new Tooltip("A new seed for the random order"));
        shuffle.visibleProperty().bind(f.orderProperty().isEqualTo(QueueFilter.Order.RANDOM));
        shuffle.managedProperty().bind(shuffle.visibleProperty());
        shuffle.setOnAction(e -> f.seedProperty().set(f.seedProperty().get() + 1));
        CheckBox disagree = new CheckBox("Teacher–student disagreements only");
        disagree.setId("queueDisagreement");
        disagree.setWrapText(true);
        // a VBox short of height shrinks every child to its minimum, one line for a Labeled: keep the wrapped lines
        disagree.setMinHeight(Region.USE_PREF_SIZE);
        disagree.selectedProperty().bindBidirectional(f.disagreementOnlyProperty());
        CheckBox flagged = new CheckBox("Flagged only");
        flagged.setTooltip(new Tooltip("Flagged reports, done or not (the status choice above still applies)"));
        flagged.setId("queueFlagged");
        flagged.setWrapText(true);
        flagged.setMinHeight(Region.USE_PREF_SIZE);
        flagged.selectedProperty().bindBidirectional(f.flaggedOnlyProperty());
        for (var c : java.util.List.of(status, split, finding, order)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        list.setId("queueList");
        list.setItems(vm.queue());
        list.setCellFactory(l -> new QueueCell());
        list.setPlaceholder(new Label("No reports match"));
        VBox.setVgrow(list, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar();
        bar.setId("progressBar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> vm.totalProperty().get() == 0 ? 0 : (double) vm.doneProperty().get() / vm.totalProperty().get(),
                vm.doneProperty(), vm.totalProperty()));
        Label progress = new Label();
        progress.setId("progressText");
        progress.textProperty().bind(vm.progressTextProperty());
        Label title = new Label("Queue");
        title.getStyleClass().add(AnnotateCss.PANEL_TITLE);
        getChildren().addAll(title, status, flagged, split, finding, order, shuffle, disagree, list, progress, bar);
    }

    private void bind() {
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!syncing && now.intValue() >= 0 && now.intValue() != vm.positionProperty().get()) {
                vm.go(now.intValue());
            }
        });
        vm.positionProperty().addListener((o, was, now) -> syncSelection());
        vm.queue().addListener((javafx.beans.InvalidationListener) o -> syncSelection());
    }

    private void syncSelection() {
        syncing = true;
        try {
            int p = vm.positionProperty().get();
            if (p < 0 || p >= vm.queue().size()) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != p) {
                list.getSelectionModel().select(p);
                list.scrollTo(Math.max(0, p - 3));
            }
        } finally {
            syncing = false;
        }
    }

    @SafeVarargs
    private static <T> ComboBox<T> combo(String id, T... items) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.getItems().addAll(items);
        return c;
    }

    private static final class QueueCell extends ListCell<QueueItem> {
        @Override
        protected void updateItem(QueueItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label id = new Label(item.reportId());
            id.getStyleClass().add(AnnotateCss.QUEUE_ID);
            Label split = new Label(item.split().key());
            split.getStyleClass().add(AnnotateCss.MUTED);
            Label status = new Label(item.status().name().toLowerCase(Locale.ROOT));
            status.getStyleClass().addAll(AnnotateCss.BADGE, "status-" + item.status().name().toLowerCase(Locale.ROOT));
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox top = new HBox(6, id, split, grow, status);
            top.setAlignment(Pos.CENTER_LEFT);
            if (item.flagged()) {
                Label flag = new Label("flag");
                flag.setId("queueFlag-" + item.reportId());
                flag.getStyleClass().addAll(AnnotateCss.BADGE, "badge-flag");
                flag.setTooltip(new Tooltip("Flagged for follow-up (F removes the flag)"));
                top.getChildren().add(top.getChildren().size() - 1, flag);
            }
            if (item.disagreements() > 0) {
                Label d = new Label(item.disagreements() + "≠");
                d.getStyleClass().addAll(AnnotateCss.BADGE, "badge-disagree");
                d.setTooltip(new Tooltip(item.disagreements() + " findings where the sources disagree"));
                top.getChildren().add(3, d);
            }
            if (!Double.isNaN(item.uncertainty())) {
                Label u = new Label(String.format(Locale.ROOT, "½±%.2f", item.uncertainty()));
                u.getStyleClass().add(AnnotateCss.MUTED);
                u.setTooltip(new Tooltip("The student's probability nearest 0.5 is this far from it"));
                top.getChildren().add(3, u);
            }
            Label preview = new Label(item.preview());
            preview.getStyleClass().add(AnnotateCss.MUTED);
            preview.setMaxWidth(180);
            VBox box = new VBox(1, top, preview);
            box.getStyleClass().add(AnnotateCss.QUEUE_CELL);
            setGraphic(box);
        }
    }
}
