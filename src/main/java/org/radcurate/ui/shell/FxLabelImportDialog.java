package org.radcurate.ui.shell;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.radcurate.domain.LabelColumn;
import org.radcurate.domain.SourceKind;
import org.radcurate.ui.common.Css;
import org.radcurate.ui.common.DisplayConverter;

/** File > Import Labels as a dialog over the main window: name, kind, schema, the column preview, freezing gold. */
public final class FxLabelImportDialog implements LabelImportDialog {
    static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
    private final java.util.function.Supplier<Node> anchorOf;

    /** {@code anchor} gives a node of the main window (built after the ViewModel that uses this dialog). */
    public FxLabelImportDialog(java.util.function.Supplier<Node> anchor) {
        this.anchorOf = anchor;
    }

    @Override
    public boolean show(LabelImportForm form) {
        Node anchor = anchorOf.get();
        Dialog<ButtonType> d = new Dialog<>();
        if (anchor != null && anchor.getScene() != null && anchor.getScene().getWindow() != null) {
            d.initOwner(anchor.getScene().getWindow());
            d.getDialogPane().getStylesheets().addAll(anchor.getScene().getStylesheets());
        }
        d.setTitle("Import labels");
        d.setHeaderText("Import labels from " + form.file().getFileName());
        d.setResizable(true);
        d.getDialogPane().setId("labelImportDialog");
        d.getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        d.getDialogPane().setContent(content(form));
        Node ok = d.getDialogPane().lookupButton(IMPORT);
        ok.setId("importOk");
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> !form.ready(), form.problemProperty(),
                form.columns(), form.summaryProperty()));
        d.getDialogPane().setPrefSize(860, 640);
        return d.showAndWait().filter(b -> b == IMPORT).isPresent();
    }

    private static Node content(LabelImportForm form) {
        TextField name = new TextField();
        name.setId("importName");
        name.textProperty().bindBidirectional(form.nameProperty());
        ComboBox<SourceKind> kind = new ComboBox<>();
        kind.setId("importKind");
        kind.getItems().setAll(SourceKind.TEACHER, SourceKind.STUDENT, SourceKind.ANNOTATOR, SourceKind.GOLD);
        kind.setConverter(DisplayConverter.of(k -> k.name().toLowerCase(Locale.ROOT)));
        kind.valueProperty().bindBidirectional(form.kindProperty());
        ComboBox<String> schema = new ComboBox<>(form.schemas());
        schema.setId("importSchema");
        schema.valueProperty().bindBidirectional(form.schemaProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Label[] captions = {new Label("Source name"), new Label("Kind"), new Label("Schema")};
        for (Label l : captions) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        grid.addRow(0, captions[0], name, captions[1], kind, captions[2], schema);
        GridPane.setHgrow(name, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("importSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.textProperty().bind(form.summaryProperty());
        TableView<LabelColumn> columns = new TableView<>(form.columns());
        columns.setId("importColumns");
        columns.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        columns.getColumns().add(column("Column", LabelColumn::column, 160));
        columns.getColumns().add(readAs());
        columns.getColumns().add(column("Note", LabelColumn::note, 320));
        VBox.setVgrow(columns, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("importProblem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add(Css.VALIDATION);
        problem.textProperty().bind(form.problemProperty());
        problem.visibleProperty().bind(form.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        CheckBox freeze = new CheckBox("Freeze it as gold set");
        freeze.setId("importFreeze");
        freeze.selectedProperty().bindBidirectional(form.freezeProperty());
        TextField goldSet = new TextField();
        goldSet.setId("importGoldSet");
        goldSet.textProperty().bindBidirectional(form.goldSetNameProperty());
        goldSet.disableProperty().bind(freeze.selectedProperty().not());
        HBox.setHgrow(goldSet, Priority.ALWAYS);
        Label why = new Label();
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.textProperty().bind(Bindings.when(freeze.selectedProperty())
                .then("Compare scores sources against frozen gold sets: this one can be used there as soon as it is "
                        + "imported. Importing a changed file later needs a new version.")
                .otherwise("Compare scores only against frozen gold sets: until this gold is frozen, Compare does "
                        + "not offer it."));
        VBox gold = new VBox(4, new HBox(8, freeze, goldSet), why);
        gold.visibleProperty().bind(form.kindProperty().isEqualTo(SourceKind.GOLD));
        gold.managedProperty().bind(gold.visibleProperty());
        return new VBox(8, grid, summary, columns, problem, gold);
    }

    private static TableColumn<LabelColumn, String> column(String title,
            java.util.function.Function<LabelColumn, String> value, double width) {
        TableColumn<LabelColumn, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new javafx.beans.property.SimpleStringProperty(value.apply(r.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(t -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return c;
    }

    /** The finding a column becomes, or what happens to it instead. */
    private static TableColumn<LabelColumn, String> readAs() {
        TableColumn<LabelColumn, String> c = new TableColumn<>("Read as");
        c.setPrefWidth(170);
        c.setCellValueFactory(r -> new javafx.beans.property.SimpleStringProperty(switch (r.getValue().use()) {
            case FINDING -> r.getValue().finding();
            case KEY -> "report key";
            case NOT_READ -> "not read";
            case STOPS -> "stops the import";
        }));
        return c;
    }
}
