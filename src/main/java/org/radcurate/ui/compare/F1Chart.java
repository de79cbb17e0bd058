package org.radcurate.ui.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.radcurate.service.EvaluationView;
import org.radcurate.service.EvaluationView.Row;
import org.radcurate.service.EvaluationView.RowKind;

/**
 * Per-finding F1 by source: horizontal bars, one series per source, findings down the y axis in table order
 * (horizontal, so long finding names stay readable). Within a finding the first source's bar is the lowest.
 */
final class F1Chart extends BarChart<Number, String> {
    /** Pixels per finding on the y axis: one tick label of the axis font with a little air. */
    static final int ROW_HEIGHT = 17;
    private final CategoryAxis findings;

    F1Chart() {
        super(new NumberAxis(0, 1, 0.2), new CategoryAxis());
        findings = (CategoryAxis) getYAxis();
        findings.setStartMargin(2);
        findings.setEndMargin(2);
        findings.setTickLabelGap(3);
        getXAxis().setLabel("F1");
        setId("f1Chart");
        getStyleClass().add("f1-chart");
        setAnimated(false);
        setLegendSide(Side.TOP);
        setBarGap(0);
        setCategoryGap(2);
        setMinHeight(160);
        setMinWidth(240);
    }

    void show(EvaluationView view) {
        getData().clear();
        if (view == null) {
            return;
        }
        List<String> order = new ArrayList<>();
        view.rows().stream().filter(r -> r.kind() == RowKind.FINDING).forEach(r -> order.add(r.label()));
        Collections.reverse(order);
        findings.setCategories(javafx.collections.FXCollections.observableArrayList(order));
        // the axis hides a label that would overlap its neighbour: leave every finding room for its name
        setMinHeight(Math.max(160, order.size() * ROW_HEIGHT + 90));
        for (int s = 0; s < view.sources().size(); s++) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(view.sources().get(s));
            for (Row row : view.rows()) {
                if (row.kind() == RowKind.FINDING) {
                    series.getData().add(new XYChart.Data<>(row.cells().get(s).f1(), row.label()));
                }
            }
            getData().add(series);
        }
    }
}
