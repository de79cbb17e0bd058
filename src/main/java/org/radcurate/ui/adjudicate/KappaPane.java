package org.radcurate.ui.adjudicate;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.radcurate.service.AnnotationAgreement;
import org.radcurate.ui.common.AnnotateCss;

/** Below the adjudication grid: kappa overall and per finding, and each annotator against each teacher. */
final class KappaPane extends VBox {
    KappaPane(AdjudicateViewModel vm) {
        super(6);
        TableView<AnnotationAgreement.Row> kappa = new TableView<>(vm.kappas());
        kappa.setId("kappaTable");
        kappa.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        kappa.getColumns().add(col("Finding", r -> r.finding()));
        kappa.getColumns().add(col("Items", r -> String.valueOf(r.items())));
        kappa.getColumns().add(col("Kappa", r -> AdjudicateViewModel.format(r.kappa())));
        kappa.setPlaceholder(new Label("Kappa needs two annotators"));
        Label overall = new Label();
        overall.setId("kappaOverall");
        overall.getStyleClass().add(AnnotateCss.KAPPA);
        overall.setWrapText(true);
        overall.textProperty().bind(vm.overallProperty());
        TableView<AnnotationAgreement.TeacherRow> teachers = new TableView<>(vm.teacherKappas());
        teachers.setId("teacherKappaTable");
        teachers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        teachers.getColumns().add(col("Annotator", r -> r.annotator()));
        teachers.getColumns().add(col("Teacher", r -> r.teacher()));
        teachers.getColumns().add(col("Finding", r -> r.finding()));
        teachers.getColumns().add(col("Items", r -> String.valueOf(r.items())));
        teachers.getColumns().add(col("Cohen's kappa", r -> AdjudicateViewModel.format(r.kappa())));
        teachers.setPlaceholder(new Label("No teacher labels the annotators' reports"));
        Label teacherTitle = new Label("Each annotator against each teacher (positive vs not)");
        getChildren().addAll(overall, kappa, teacherTitle, teachers);
        setPadding(new Insets(6));
        VBox.setVgrow(kappa, Priority.ALWAYS);
        VBox.setVgrow(teachers, Priority.ALWAYS);
    }

    /** A plain, unsortable text column. */
    static <S> TableColumn<S, String> col(String title, java.util.function.Function<S, String> f) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(f.apply(cell.getValue())));
        return c;
    }
}
