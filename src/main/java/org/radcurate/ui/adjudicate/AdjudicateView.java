package org.radcurate.ui.adjudicate;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.radcurate.domain.MentionState;
import org.radcurate.service.AnnotationAgreement;
import org.radcurate.ui.common.AnnotateCss;
import org.radcurate.ui.common.HelpOverlay;
import org.radcurate.ui.common.ReportPane;

/**
 * Adjudication: reports several annotators labelled (left), the report (centre), the annotators' labels
 * side by side with gold (right, top) and kappa per finding (right, bottom). Keys: ↑/↓ finding, P/N/U/A
 * gold, 1–9 take that annotator's label, ←/→ report, D next disagreement, Ctrl+Z/Ctrl+Y undo/redo, F1 or ?
 * the key reference.
 */
public final class AdjudicateView extends BorderPane {
    private final AdjudicateViewModel vm;
    private final ListView<AnnotationAgreement.Item> list = new ListView<>();
    private final ReportPane report = new ReportPane();
    private final TableView<AdjudicationRow> grid = new TableView<>();
    private final HBox annotatorBoxes = new HBox(8);
    private final Label message = new Label();
    private boolean syncing;

    public AdjudicateView(AdjudicateViewModel vm) {
        this.vm = vm;
        createView();
        bind();
    }

    private void createView() {
        setId("adjudicateView");
        getStyleClass().add(AnnotateCss.ROOT);
        getStylesheets().add(AdjudicateView.class.getResource(AnnotateCss.STYLESHEET).toExternalForm());
        Button refresh = new Button("Refresh");
        refresh.setId("adjudicateRefresh");
        refresh.setOnAction(e -> vm.refresh());
        Button undo = new Button("Undo");
        undo.setId("adjudicateUndo");
        undo.disableProperty().bind(vm.history().canUndoProperty().not().or(vm.editableProperty().not()));
        undo.setOnAction(e -> vm.undo());
        Button redo = new Button("Redo");
        redo.setId("adjudicateRedo");
        redo.disableProperty().bind(vm.history().canRedoProperty().not().or(vm.editableProperty().not()));
        redo.setOnAction(e -> vm.redo());
        ToggleButton only = new ToggleButton("Disagreements only");
        only.setId("adjudicateDisagreementsOnly");
        only.selectedProperty().bindBidirectional(vm.disagreementsOnlyProperty());
        Label who = new Label("Annotators:");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        for (var b : List.of(refresh, undo, redo)) {
            b.setFocusTraversable(false);
        }
        only.setFocusTraversable(false);
        Button keys = new Button("Keys");
        keys.setId("adjudicateHelpButton");
        keys.setTooltip(new Tooltip("Keyboard reference (F1 or ?)"));
        keys.setFocusTraversable(false);
        keys.setOnAction(e -> vm.toggleHelp());
        Button adjudicator = new Button();
        adjudicator.setId("adjudicatorButton");
        adjudicator.setFocusTraversable(false);
        adjudicator.textProperty().bind(javafx.beans.binding.Bindings.when(vm.adjudicatorProperty().isEmpty())
                .then("Set adjudicator").otherwise(javafx.beans.binding.Bindings.concat("Adjudicator: ",
                        vm.adjudicatorProperty())));
        adjudicator.setTooltip(new Tooltip("Who decides gold here (audited under this name); Annotate works as the "
                + "same name"));
        adjudicator.setOnAction(e -> vm.switchAdjudicator());
        ToolBar bar = new ToolBar(refresh, undo, redo, only, who, annotatorBoxes, grow, adjudicator, keys);
        Label readOnly = new Label();
        readOnly.setId("adjudicateReadOnly");
        readOnly.getStyleClass().add(AnnotateCss.MUTED);
        readOnly.setWrapText(true);
        readOnly.setPadding(new Insets(2, 10, 2, 10));
        readOnly.textProperty().bind(vm.readOnlyNoticeProperty());
        readOnly.visibleProperty().bind(vm.readOnlyNoticeProperty().isNotEmpty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        setTop(new VBox(bar, readOnly));
        list.setId("adjudicateList");
        list.setItems(vm.items());
        list.setPlaceholder(new Label("No report has labels from two annotators yet"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AnnotationAgreement.Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                // two short lines instead of one long one, so a narrow list cuts nothing off
                Label id = new Label(item.reportId());
                id.getStyleClass().add(AnnotateCss.QUEUE_ID);
                Label detail = new Label(item.annotators() + " annotators" + (item.disagreements() > 0
                        ? " · " + item.disagreements() + " differ" : " · agree"));
                detail.getStyleClass().add(AnnotateCss.MUTED);
                setGraphic(new VBox(1, id, detail));
            }
        });
        list.setMinWidth(200);
        SplitPane.setResizableWithParent(list, false);
        grid.setId("adjudicateGrid");
        grid.setItems(vm.rows());
        grid.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        grid.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AdjudicationRow r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(AnnotateCss.DISAGREE, !empty && r != null && r.disagreement());
            }
        });
        SplitPane right = new SplitPane(grid, new KappaPane(vm));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.6);
        SplitPane main = new SplitPane(list, report, right);
        main.setDividerPositions(0.16, 0.5);
        HelpOverlay help = new HelpOverlay(AdjudicateKeys.ROWS, vm::hideHelp);
        help.visibleProperty().bind(vm.helpVisibleProperty());
        setCenter(new StackPane(main, help));
        message.setId("adjudicateMessage");
        HBox status = new HBox(message);
        status.getStyleClass().add(AnnotateCss.STATUS_BAR);
        status.setPadding(new Insets(4, 10, 4, 10));
        setBottom(status);
    }

    private void bind() {
        message.textProperty().bind(vm.messageProperty());
        vm.annotators().addListener((javafx.beans.InvalidationListener) o -> annotatorChecks());
        vm.included().addListener((javafx.beans.InvalidationListener) o -> {
            annotatorChecks();
            columns();
        });
        vm.workProperty().addListener((o, was, now) -> report.show(now, vm.spans()));
        vm.positionProperty().addListener((o, was, now) -> {
            syncing = true;
            list.getSelectionModel().select(now.intValue());
            syncing = false;
        });
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!syncing && now.intValue() >= 0 && now.intValue() != vm.positionProperty().get()) {
                vm.go(now.intValue());
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            syncing = true;
            if (now.intValue() >= 0) {
                grid.getSelectionModel().select(now.intValue());
            }
            syncing = false;
        });
        grid.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!syncing && now.intValue() >= 0) {
                vm.select(now.intValue());
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        columns();
    }

    private void annotatorChecks() {
        annotatorBoxes.getChildren().clear();
        for (String a : vm.annotators()) {
            CheckBox c = new CheckBox(a);
            c.setId("include-" + a);
            c.setSelected(vm.included().contains(a));
            c.setFocusTraversable(false);
            c.selectedProperty().addListener((o, was, now) -> vm.include(a, now));
            annotatorBoxes.getChildren().add(c);
        }
        annotatorBoxes.setAlignment(Pos.CENTER_LEFT);
    }

    private void columns() {
        grid.getColumns().clear();
        TableColumn<AdjudicationRow, String> finding = KappaPane.col("Finding", AdjudicationRow::displayName);
        finding.setMinWidth(130);
        finding.setPrefWidth(170);
        grid.getColumns().add(finding);
        int k = 1;
        for (String a : vm.included()) {
            grid.getColumns().add(AnnotatorColumn.of(vm, a, k++));
        }
        TableColumn<AdjudicationRow, AdjudicationRow> gold = new TableColumn<>("Gold");
        gold.setSortable(false);
        gold.setMinWidth(156);
        gold.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        gold.setCellFactory(c -> new GoldButtons(vm));
        grid.getColumns().add(gold);
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        boolean ctrl = e.isShortcutDown();
        KeyCode k = e.getCode();
        Runnable action = null;
        if (k == KeyCode.F1 || (!ctrl && k == KeyCode.SLASH && e.isShiftDown())) {
            action = vm::toggleHelp;
        } else if (k == KeyCode.ESCAPE && vm.helpVisibleProperty().get()) {
            action = vm::hideHelp;
        } else if (ctrl && k == KeyCode.Z && !e.isShiftDown()) {
            action = vm::undo;
        } else if (ctrl && (k == KeyCode.Y || k == KeyCode.Z)) {
            action = vm::redo;
        } else if (!ctrl) {
            action = switch (k) {
                case UP, K -> () -> vm.moveFinding(-1);
                case DOWN, J -> () -> vm.moveFinding(1);
                case P -> () -> vm.setGold(MentionState.POSITIVE);
                case N -> () -> vm.setGold(MentionState.NEGATIVE);
                case U -> () -> vm.setGold(MentionState.UNCERTAIN);
                case A -> () -> vm.setGold(MentionState.ABSENT);
                case RIGHT, PAGE_DOWN -> vm::next;
                case LEFT, PAGE_UP -> vm::previous;
                case D -> vm::nextDisagreement;
                default -> k.isDigitKey() && k != KeyCode.DIGIT0 && k != KeyCode.NUMPAD0
                        ? () -> vm.take(Integer.parseInt(k.getChar().isEmpty() ? "1" : k.getChar()) - 1) : null;
            };
        }
        if (action != null) {
            action.run();
            e.consume();
        }
    }
}
